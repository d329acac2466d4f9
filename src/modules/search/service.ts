import type { Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import { pickText, type Locale } from '../../platform/i18n/index';
import { search, type FacetValue, type SearchResult, type SearchViewer } from '../../platform/search/index';
import { themeLabel } from '../library/index';
import { getProgramme, listVisibleProgrammes } from '../programmes/index';
import { searchMessages } from './messages';
import type { SearchParams } from './params';

export const facetNames = ['type', 'kind', 'theme', 'language', 'programme', 'year'] as const;
export type FacetName = (typeof facetNames)[number];

/** A facet value with its label in the reader's language (a programme's name, a theme's label). */
export interface LabelledFacetValue extends FacetValue {
  label: string;
}

export type LabelledFacets = Record<FacetName, LabelledFacetValue[]>;

export interface SearchOutcome {
  result: SearchResult;
  facets: LabelledFacets;
  /** Names of the programmes the viewer may see, for labels of the filters in use. */
  programmeNames: Map<number, string>;
}

const isStaff = (user: RequestUser | null) => user?.role === 'advisor' || user?.role === 'operator';

/**
 * Who is searching. `programmeIds` holds every programme the user may view, public ones too: events
 * and inputs are indexed with their programme's audience, so a programme's visibility is read now.
 */
async function viewerAndProgrammes(db: Executor, user: RequestUser | null, locale: Locale) {
  const programmes = await listVisibleProgrammes(db, user);
  const programmeNames = new Map(programmes.map((p) => [p.id, pickText(p.title, locale)]));
  const viewer: SearchViewer = {
    loggedIn: user !== null,
    staff: isStaff(user),
    programmeIds: isStaff(user) ? [] : programmes.map((p) => p.id),
  };
  return { viewer, programmeNames };
}

/** The label of one facet value; programmes the viewer may not see are left out (null). */
async function labelOf(
  db: Executor,
  facet: FacetName,
  value: string,
  names: Map<number, string>,
  staff: boolean,
  locale: Locale,
): Promise<string | null> {
  const m = searchMessages(locale) as Record<string, string>;
  if (facet === 'type') return m[`type.${value}`] ?? value;
  if (facet === 'kind') return m[`kind.${value}`] ?? value;
  if (facet === 'language') return m[`language.${value}`] ?? value;
  if (facet === 'theme') return themeLabel(value, locale);
  if (facet === 'programme') {
    const id = Number(value);
    const known = names.get(id);
    if (known !== undefined || !staff) return known ?? null;
    // Staff find every programme's documents; the name of one they do not take part in is looked up.
    const programme = await getProgramme(db, id);
    return programme ? pickText(programme.title, locale) : null;
  }
  return value;
}

async function labelFacets(
  db: Executor,
  facets: SearchResult['facets'],
  names: Map<number, string>,
  staff: boolean,
  locale: Locale,
): Promise<LabelledFacets> {
  const out = {} as LabelledFacets;
  for (const facet of facetNames) {
    out[facet] = [];
    for (const value of facets[facet]) {
      const label = await labelOf(db, facet, value.value, names, staff, locale);
      if (label !== null) out[facet].push({ ...value, label });
    }
  }
  return out;
}

/** Searches everything this user may see, with facet labels in `locale`. */
export async function runSearch(
  db: Executor,
  user: RequestUser | null,
  params: SearchParams,
  locale: Locale,
): Promise<SearchOutcome> {
  const { viewer, programmeNames } = await viewerAndProgrammes(db, user, locale);
  const result = await search(db, {
    q: params.q,
    viewer,
    filters: params.filters,
    sort: params.sort,
    page: params.page,
    pageSize: params.pageSize,
  });
  const facets = await labelFacets(db, result.facets, programmeNames, viewer.staff, locale);
  return { result, facets, programmeNames };
}
