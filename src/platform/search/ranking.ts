import type { Executor } from '../db/database';
import {
  countMatches,
  facetRows,
  nthNewestId,
  pageRows,
  readsNewestCheaply,
  type FacetRow,
  type PageRow,
  type SearchPlan,
} from './search-sql';

/**
 * Bounds on the work per query, so a common word among 100,000 documents costs about what a rare
 * one does. Up to RANK_LIMIT matches are ranked all together. Beyond it, matches with a query term
 * in the title come first, ranked among themselves; then the RANK_LIMIT newest of the rest, ranked;
 * then the others, newest first. Both databases choose the same documents for each of these tiers,
 * so they agree on what comes first even where their scores differ.
 */
export const RANK_LIMIT = 1000;
/** Beyond this many matches, facets are counted over the newest this many and scaled to the total (SQLite). */
export const FACET_SAMPLE = 2000;

export interface Page {
  offset: number;
  limit: number;
}

/** One page of matches in the order described above. */
export async function rankedPage(
  db: Executor,
  plan: SearchPlan,
  total: number,
  page: Page,
): Promise<PageRow[]> {
  const { limit, offset } = page;
  const whole = plan.sort === 'date' ? 'date' : 'score';
  if (plan.groups === null || total <= RANK_LIMIT)
    return pageRows(db, plan, { tier: 'all', order: whole, limit, offset });
  // Newest first is a sort over every match; scores only break ties, so they are left out here.
  if (plan.sort === 'date')
    return pageRows(db, plan, { tier: 'all', order: 'date', limit, offset, unscored: true });
  const inTitle = await countMatches(db, plan, 'title');
  const rows =
    offset < inTitle ? await pageRows(db, plan, { tier: 'title', order: 'score', limit, offset }) : [];
  if (rows.length >= limit) return rows;
  const bodyOffset = Math.max(0, offset - inTitle);
  const minId = (await nthNewestId(db, plan, 'body', RANK_LIMIT)) ?? undefined;
  const ranked =
    minId === undefined || bodyOffset < RANK_LIMIT
      ? await pageRows(db, plan, {
          tier: 'body',
          order: 'score',
          limit: limit - rows.length,
          offset: bodyOffset,
          minId,
        })
      : [];
  rows.push(...ranked);
  if (rows.length >= limit || minId === undefined) return rows;
  const rest = await pageRows(db, plan, {
    tier: 'body',
    order: 'id',
    limit: limit - rows.length,
    offset: Math.max(0, bodyOffset - RANK_LIMIT),
    beforeId: minId,
  });
  return [...rows, ...rest];
}

/** The total and the facet combinations; over many matches, combinations counted on a sample. */
export async function facetCounts(
  db: Executor,
  plan: SearchPlan,
): Promise<{ total: number; rows: FacetRow[]; scale: number }> {
  const minId = readsNewestCheaply(db) ? await nthNewestId(db, plan, 'all', FACET_SAMPLE + 1) : null;
  if (minId === null) {
    const rows = await facetRows(db, plan);
    return { total: rows.reduce((n, row) => n + Number(row.n), 0), rows, scale: 1 };
  }
  const [total, rows] = [await countMatches(db, plan, 'all'), await facetRows(db, plan, minId)];
  const sampled = rows.reduce((n, row) => n + Number(row.n), 0);
  return { total, rows, scale: total / Math.max(1, sampled) };
}
