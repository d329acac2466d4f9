import type { Executor } from '../db/database';
import { queryWords } from './analyse';
import { resolveQuery } from './query';
import { facetCounts, rankedPage } from './ranking';
import type { FacetRow, SearchPlan } from './search-sql';
import { makeSnippet } from './snippets';
import type { DocumentType, FacetValue, SearchQuery, SearchResult } from './types';

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
/** Deep pages cost a full sort each; nobody reads page 500 of a search. */
const MAX_PAGE = 500;

const facetNames = ['type', 'kind', 'theme', 'language', 'programme', 'year'] as const;

function emptyFacets(): SearchResult['facets'] {
  return { type: [], kind: [], theme: [], language: [], programme: [], year: [] };
}

/**
 * Adds the combinations up per facet: most frequent first (then by value), years newest first.
 * Counted on a sample of a large result set, the counts are scaled up to estimates of the whole.
 */
function toFacets(rows: FacetRow[], scale: number): SearchResult['facets'] {
  const counts = new Map<string, Map<string, number>>(facetNames.map((name) => [name, new Map()]));
  const add = (facet: string, value: string | number | null, n: number) => {
    if (value === null) return;
    const values = counts.get(facet)!;
    values.set(String(value), (values.get(String(value)) ?? 0) + n);
  };
  for (const row of rows) {
    const n = Number(row.n);
    add('type', row.type, n);
    add('kind', row.kind, n);
    add('language', row.language, n);
    add('programme', row.programme_id === null ? null : Number(row.programme_id), n);
    add('year', row.year === null ? null : Number(row.year), n);
    for (const theme of JSON.parse(row.themes) as string[]) add('theme', theme, n);
  }
  const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || (a.value < b.value ? -1 : 1);
  const facets = emptyFacets();
  for (const name of facetNames) {
    facets[name] = [...counts.get(name)!]
      .map(([value, count]) => ({ value, count: Math.max(1, Math.round(count * scale)) }))
      .sort(byCount);
  }
  facets.year.sort((a, b) => Number(b.value) - Number(a.value));
  return facets;
}

/**
 * Searches everything the viewer may see. Query words are ANDed; each word matches any of its
 * Norwegian, Swedish and English stems; a longer word that matches nothing is read as the nearest
 * indexed word. No words lists everything visible, newest first (with filters, a browsable list).
 */
export async function search(db: Executor, query: SearchQuery): Promise<SearchResult> {
  const words = queryWords(query.q);
  const pageSize = Math.min(Math.max(1, Math.floor(query.pageSize ?? DEFAULT_PAGE_SIZE)), MAX_PAGE_SIZE);
  const page = Math.min(Math.max(1, Math.floor(query.page ?? 1)), MAX_PAGE);
  const resolved = words.length > 0 ? await resolveQuery(db, words, query.viewer.staff) : null;
  const corrections = resolved?.corrections ?? [];
  if (resolved?.hopeless) return { total: 0, items: [], facets: emptyFacets(), corrections };
  const plan: SearchPlan = {
    groups: resolved ? resolved.groups : null,
    viewer: query.viewer,
    filters: query.filters ?? {},
    sort: resolved ? (query.sort ?? 'relevance') : 'date',
  };
  const counted = await facetCounts(db, plan);
  const rows =
    counted.total === 0
      ? []
      : await rankedPage(db, plan, counted.total, { limit: pageSize, offset: (page - 1) * pageSize });
  const highlight = resolved?.highlight ?? new Set<string>();
  return {
    total: counted.total,
    facets: toFacets(counted.rows, counted.scale),
    items: rows.map((row) => ({
      type: row.type as DocumentType,
      id: Number(row.ref_id),
      title: row.title,
      url: row.url,
      language: row.language,
      kind: row.kind,
      year: row.year === null ? null : Number(row.year),
      date: row.date,
      snippet: makeSnippet(row.title, row.body, row.language, highlight),
    })),
    corrections,
  };
}
