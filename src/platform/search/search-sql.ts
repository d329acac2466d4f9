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
  limit: number;
  offset: number;
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

function fullText(db: Executor, groups: string[][] | null) {
  if (groups === null) return { from: sql`search_documents d`, match: sql`1 = 1`, score: sql`0` };
  if (isPostgres(db)) {
    const text = groups.map((g) => `(${g.map((t) => `'${t}'`).join(' | ')})`).join(' & ');
    const query = sql`to_tsquery('simple', ${text})`;
    return {
      from: sql`search_texts x join search_documents d on d.id = x.document_id`,
      match: sql`x.tsv @@ ${query}`,
      score: sql`ts_rank(cast('{0.1, 0.1, 0.1, 1.0}' as float4[]), x.tsv, ${query}, 1)`,
    };
  }
  const text = groups.map((g) => `(${g.map((t) => `"${t}"`).join(' OR ')})`).join(' AND ');
  return {
    from: sql`search_fts join search_documents d on d.id = search_fts.rowid`,
    match: sql`search_fts match ${text}`,
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

function where(db: Executor, plan: SearchPlan) {
  const text = fullText(db, plan.groups);
  return { ...text, where: sql`${text.match} and ${visibility(plan.viewer)} and ${filtering(plan.filters)}` };
}

/** One page of matches, best first (or newest first); ties go to the newest, then by type and id. */
export async function pageRows(db: Executor, plan: SearchPlan): Promise<PageRow[]> {
  const q = where(db, plan);
  // `(date is null)` first: PostgreSQL sorts nulls first in descending order, SQLite last.
  const newest = sql`(d.date is null), d.date desc`;
  const order =
    plan.sort === 'date'
      ? sql`${newest}, score desc, d.type, d.ref_id`
      : sql`score desc, ${newest}, d.type, d.ref_id`;
  const ranked = await sql<Omit<PageRow, 'title' | 'body' | 'url'>>`
    select d.id, d.type, d.ref_id, d.language, d.kind, d.year, d.date, ${q.score} as score
    from ${q.from}
    where ${q.where}
    order by ${order}
    limit ${plan.limit} offset ${plan.offset}`.execute(db);
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
 * The matches counted per combination of facet values, over every visible match (not only the
 * page): one GROUP BY on the narrow table, themes included as their JSON list. The caller adds the
 * combinations up per facet; that is cheaper than six GROUP BYs and a join to the themes table.
 */
export async function facetRows(db: Executor, plan: SearchPlan): Promise<FacetRow[]> {
  const q = where(db, plan);
  const result = await sql<FacetRow>`
    select d.type, d.kind, d.language, d.programme_id, d.year, d.themes, count(*) as n
    from ${q.from}
    where ${q.where}
    group by d.type, d.kind, d.language, d.programme_id, d.year, d.themes`.execute(db);
  return result.rows;
}
