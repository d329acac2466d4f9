import { filterParams, type FilterName, type SearchParams } from '../params';

/** The /search address for these parameters with some changed; the page goes back to 1 unless given. */
export function searchHref(
  params: SearchParams,
  change: { filters?: Partial<Record<FilterName, string | null>>; sort?: string; page?: number } = {},
): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  const filters: Partial<Record<FilterName, string | null>> = {
    ...filterParams(params.filters),
    ...change.filters,
  };
  for (const [name, value] of Object.entries(filters)) if (value) query.set(name, value);
  const sort = change.sort ?? params.sort;
  if (sort !== 'relevance') query.set('sort', sort);
  const page = change.page ?? 1;
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/search?${text}` : '/search';
}

/** The query as the engine read it: each corrected word replaced by what it was read as. */
export function correctedQuery(q: string, corrections: [string, string][]): string {
  let out = q;
  for (const [typed, readAs] of corrections) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'iu',
    );
    out = out.replace(pattern, readAs);
  }
  return out;
}
