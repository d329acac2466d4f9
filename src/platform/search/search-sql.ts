import { PostgresAdapter, sql, type RawBuilder } from 'kysely';
import type { Executor } from '../db/database';
import type { SearchFilters, SearchLanguage, SearchViewer } from './types';

/**
 * The search's SQL. The two databases differ only in the full-text part: SQLite joins its FTS5
 * table and ranks with bm25 (title weighted 10, body 1); PostgreSQL matches the tsvector column and
 * ranks with ts_rank (weight A = title 1.0, B = body 0.1, divided by 1 + log(length) as bm25 also
 * discounts long documents). Everything else (visibility, filters, order, facets) is one SQL text.
 * Filters and facets read the narrow search_documents; the text only for the page shown.
 */
export interface SearchPlan {
  /** Per query word the terms to OR; words are ANDed. Null lists everything visible (no words). */
  groups: string[][] | null;
  viewer: SearchViewer;
  filters: SearchFilters;
  sort: 'relevance' | 'date';
}

export interface PageRow {
  id: number;
  type: string;
  ref_id: number;
  title: string;
  body: string;
  url: string;
  language: SearchLanguage;
  kind: string | null;
  year: number | null;
  date: string | null;
  score: number;
}

export interface FacetRow {
  type: string;
  kind: string | null;
  language: string;
  programme_id: number | null;
  year: number | null;
  themes: string;
  n: number;
}

const isPostgres = (db: Executor) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Whether the newest matches can be read without reading them all: SQLite walks FTS5's rowids
 * backwards and stops; PostgreSQL's bitmap scan visits every match, so counting them all in that
 * one pass is cheaper there than a count and a sample.
 */
export const readsNewestCheaply = (db: Executor) => !isPostgres(db);

/**
 * Which matches a query reads: all of them; those with a query term in the title (ranked first
 * when there are many matches); or those without (ranked after them). Both databases select the
 * same documents for each tier, so large result sets are split alike.
 */
export type Tier = 'all' | 'title' | 'body';

function fullText(db: Executor, groups: string[][] | null, tier: Tier) {
  if (groups === null) return { from: sql`search_documents d`, match: sql`1 = 1`, score: sql`0` };
  const terms = [...new Set(groups.flat())];
  if (isPostgres(db)) {
    const text = groups.map((g) => `(${g.map((t) => `'${t}'`).join(' | ')})`).join(' & ');
    const query = sql`to_tsquery('simple', ${text})`;
    // The title's own small tsvector and GIN index: the title tier without reading the long tsvector.
    const inTitle = sql`x.title_tsv @@ to_tsquery('simple', ${terms.map((t) => `'${t}'`).join(' | ')})`;
    const matched = sql`x.tsv @@ ${query}`;
    return {
      from: sql`search_texts x join search_documents d on d.id = x.document_id`,
      match:
        tier === 'all'
          ? matched
          : tier === 'title'
            ? sql`${matched} and ${inTitle}`
            : sql`${matched} and not (${inTitle})`,
      score: sql`ts_rank(cast('{0.1, 0.1, 0.1, 1.0}' as float4[]), x.tsv, ${query}, 1)`,
    };
  }
  const text = groups.map((g) => `(${g.map((t) => `"${t}"`).join(' OR ')})`).join(' AND ');
  const inTitle = `{title_terms}: (${terms.map((t) => `"${t}"`).join(' OR ')})`;
  // One FTS5 expression per tier, so FTS5 intersects the doclists itself (a rowid IN list is far slower).
  const expression = tier === 'all' ? text : `(${text}) ${tier === 'title' ? 'AND' : 'NOT'} (${inTitle})`;
  return {
    from: sql`search_fts join search_documents d on d.id = search_fts.rowid`,
    match: sql`search_fts match ${expression}`,
    // bm25 is smaller for better matches; negated so that larger is better on both databases.
    score: sql`-bm25(search_fts, 10.0, 1.0)`,
  };
}

function visibility(viewer: SearchViewer): RawBuilder<unknown> {
  if (viewer.staff) return sql`1 = 1`;
  const allowed = [sql`d.audience = 'public'`];
  if (viewer.loggedIn) allowed.push(sql`d.audience = 'members'`);
  if (viewer.programmeIds.length > 0)
    allowed.push(sql`(d.audience = 'programme' and d.programme_id in (${sql.join(viewer.programmeIds)}))`);
  return sql`(${sql.join(allowed, sql` or `)})`;
}

function filtering(filters: SearchFilters): RawBuilder<unknown> {
  const parts = [sql`1 = 1`];
  if (filters.type !== undefined) parts.push(sql`d.type = ${filters.type}`);
  if (filters.kind !== undefined) parts.push(sql`d.kind = ${filters.kind}`);
  if (filters.language !== undefined) parts.push(sql`d.language = ${filters.language}`);
  if (filters.programmeId !== undefined) parts.push(sql`d.programme_id = ${filters.programmeId}`);
  if (filters.year !== undefined) parts.push(sql`d.year = ${filters.year}`);
  if (filters.theme !== undefined)
    parts.push(
      sql`exists (select 1 from search_document_themes t where t.document_id = d.id and t.theme = ${filters.theme})`,
    );
  return sql.join(parts, sql` and `);
}

/** Which matches a query reads, and in what order: by score, by date, or newest indexed first. */
export interface Slice {
  tier: Tier;
  order: 'score' | 'date' | 'id';
  limit: number;
  offset: number;
  /** Only documents with an id at least this (the newest matches), or below `beforeId`. */
  minId?: number;
  beforeId?: number;
  /** Leaves the score out (as 0): for ordering by date over many matches, where it only breaks ties. */
  unscored?: boolean;
}

function where(db: Executor, plan: SearchPlan, tier: Tier, ids: { minId?: number; beforeId?: number } = {}) {
  const text = fullText(db, plan.groups, tier);
  // SQLite walks the FTS5 rowids backwards (no sort), and from a given rowid, only when the
  // conditions and order name them rather than the joined id.
  const id = plan.groups === null || isPostgres(db) ? sql`d.id` : sql`search_fts.rowid`;
  const parts = [text.match, visibility(plan.viewer), filtering(plan.filters)];
  if (ids.minId !== undefined) parts.push(sql`${id} >= ${ids.minId}`);
  if (ids.beforeId !== undefined) parts.push(sql`${id} < ${ids.beforeId}`);
  return { ...text, id, where: sql.join(parts, sql` and `) };
}

/** How many visible matches there are in a tier. */
export async function countMatches(db: Executor, plan: SearchPlan, tier: Tier): Promise<number> {
  const q = where(db, plan, tier);
  const result = await sql<{ n: number }>`select count(*) as n from ${q.from} where ${q.where}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/** The id of the n-th newest visible match in a tier (ids grow as documents are indexed), or null when there are fewer. */
export async function nthNewestId(
  db: Executor,
  plan: SearchPlan,
  tier: Tier,
  n: number,
): Promise<number | null> {
  const q = where(db, plan, tier);
  const result = await sql<{ id: number }>`
    select d.id from ${q.from} where ${q.where} order by ${q.id} desc limit 1 offset ${n - 1}`.execute(db);
  const row = result.rows[0];
  return row ? Number(row.id) : null;
}

/** One slice of matches, best first (or newest first); ties go to the newest, then by type and id. */
export async function pageRows(db: Executor, plan: SearchPlan, slice: Slice): Promise<PageRow[]> {
  const q = where(db, plan, slice.tier, slice);
  // `(date is null)` first: PostgreSQL sorts nulls first in descending order, SQLite last.
  const newest = sql`(d.date is null), d.date desc`;
  const score = slice.unscored ? sql`0` : q.score;
  const order =
    slice.order === 'id'
      ? sql`${q.id} desc`
      : slice.order === 'date'
        ? sql`${newest}, score desc, d.type, d.ref_id`
        : sql`score desc, ${newest}, d.type, d.ref_id`;
  const ranked = await sql<Omit<PageRow, 'title' | 'body' | 'url'>>`
    select d.id, d.type, d.ref_id, d.language, d.kind, d.year, d.date, ${score} as score
    from ${q.from}
    where ${q.where}
    order by ${order}
    limit ${slice.limit} offset ${slice.offset}`.execute(db);
  if (ranked.rows.length === 0) return [];
  // The long text is read only for the page: joined in the ranked query it would be read for every match.
  const texts = await db
    .selectFrom('search_texts')
    .select(['document_id', 'title', 'body', 'url'])
    .where(
      'document_id',
      'in',
      ranked.rows.map((row) => row.id),
    )
    .execute();
  const textOf = new Map(texts.map((text) => [Number(text.document_id), text]));
  return ranked.rows.map((row) => {
    const text = textOf.get(Number(row.id));
    return { ...row, title: text?.title ?? '', body: text?.body ?? '', url: text?.url ?? '' };
  });
}

/**
 * The matches counted per combination of facet values (over every visible match, or only those
 * from `minId` on): one GROUP BY on the narrow table, themes included as their JSON list. The
 * caller adds the combinations up per facet; that is cheaper than six GROUP BYs and a join to the
 * themes table.
 */
export async function facetRows(db: Executor, plan: SearchPlan, minId?: number): Promise<FacetRow[]> {
  const q = where(db, plan, 'all', { minId });
  const result = await sql<FacetRow>`
    select d.type, d.kind, d.language, d.programme_id, d.year, d.themes, count(*) as n
    from ${q.from}
    where ${q.where}
    group by d.type, d.kind, d.language, d.programme_id, d.year, d.themes`.execute(db);
  return result.rows;
}
