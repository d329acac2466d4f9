/**
 * The search bench's baselines (bench/library.ts), over the same stored texts the engine indexed
 * (search_texts.title and .body, visitors' documents only): what a plain `LIKE` scan and
 * PostgreSQL's own Norwegian full-text search cost on the same corpus, in the same run.
 */
import { sql } from 'kysely';
import type { Db } from '../src/platform/db/database';

export interface Stats {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentiles in ms, rounded to 0.01. */
export function percentiles(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const r = (n: number) => Math.round(n * 100) / 100;
  return { p50: r(at(50)), p95: r(at(95)), p99: r(at(99)), max: r(sorted.at(-1) ?? 0) };
}

const wordsOf = (q: string) => [...new Set(q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];

/**
 * Every word somewhere in the title or body (`LIKE '%word%'`, ANDed), newest 20 first: the
 * ordering makes it read every row, as a LIKE search that also shows a total must. SQLite's
 * lower() folds only ASCII; the corpus is lower-case but for each sentence's first letter.
 */
export async function likeQuery(db: Db, q: string): Promise<number> {
  const words = wordsOf(q);
  if (words.length === 0) return 0;
  const each = words.map((w) => sql`(lower(x.title) like ${`%${w}%`} or lower(x.body) like ${`%${w}%`})`);
  const result = await sql<{ id: number }>`
    select d.id from search_texts x join search_documents d on d.id = x.document_id
    where d.audience = 'public' and ${sql.join(each, sql` and `)}
    order by d.date desc limit 20`.execute(db);
  return result.rows.length;
}

const document = sql`to_tsvector('norwegian', x.title || ' ' || x.body)`;

/** PostgreSQL's own search with its Norwegian configuration, as a team without an engine would build it. */
export const norwegianTsvectorIndex = {
  async create(db: Db) {
    await sql`create index search_texts_norwegian on search_texts using gin ((to_tsvector('norwegian', title || ' ' || body)))`.execute(
      db,
    );
    await this.analyse(db);
  },
  async analyse(db: Db) {
    await sql`analyze`.execute(db);
  },
};

/** The ten best by ts_rank among the public matches of plainto_tsquery('norwegian', q). */
export async function norwegianTsvectorQuery(db: Db, q: string): Promise<number> {
  const query = sql`plainto_tsquery('norwegian', ${q})`;
  const result = await sql<{ id: number }>`
    select x.document_id as id from search_texts x join search_documents d on d.id = x.document_id
    where ${document} @@ ${query} and d.audience = 'public'
    order by ts_rank(${document}, ${query}) desc limit 10`.execute(db);
  return result.rows.length;
}
