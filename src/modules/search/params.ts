import { MAX_ID } from '../../platform/http/validation';
import {
  documentTypes,
  searchLanguages,
  type DocumentType,
  type SearchFilters,
  type SearchLanguage,
} from '../../platform/search/index';

/** What a search asks for, read from a URL's query string (the page's and the API's alike). */
export interface SearchParams {
  q: string;
  filters: SearchFilters;
  sort: 'relevance' | 'date';
  page: number;
  pageSize: number;
}

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 500;
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 10;

/** The filter parameters in the order the page shows them; `programme` carries a programme's id. */
export const filterNames = ['type', 'kind', 'theme', 'language', 'programme', 'year'] as const;
export type FilterName = (typeof filterNames)[number];

/** A parameter that could not be read: its name and an English explanation (the API shows it). */
export class SearchParamError extends Error {
  constructor(
    public parameter: string,
    message: string,
  ) {
    super(message);
  }
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]{0,59}$/;

function one(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new SearchParamError(name, `${name} may be given once`);
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function whole(name: string, raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{1,10}$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw new SearchParamError(name, `${name} must be a whole number from ${min} to ${max}`);
  return Number(raw);
}

function among<T extends string>(
  name: string,
  raw: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw))
    throw new SearchParamError(name, `${name} must be one of: ${allowed.join(', ')}`);
  return raw as T;
}

function key(name: string, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!KEY_PATTERN.test(raw)) throw new SearchParamError(name, `${name} is not a known value`);
  return raw;
}

/** Reads and checks the search parameters; throws SearchParamError for the first that is wrong. */
export function parseSearchParams(query: Record<string, unknown>): SearchParams {
  const q = query.q === undefined ? '' : query.q;
  if (typeof q !== 'string') throw new SearchParamError('q', 'q may be given once');
  if (q.length > MAX_QUERY_LENGTH)
    throw new SearchParamError('q', `q may be at most ${MAX_QUERY_LENGTH} characters`);
  const filters: SearchFilters = {};
  const type = among<DocumentType>('type', one(query, 'type'), documentTypes);
  if (type) filters.type = type;
  const kind = key('kind', one(query, 'kind'));
  if (kind) filters.kind = kind;
  const theme = key('theme', one(query, 'theme'));
  if (theme) filters.theme = theme;
  const language = among<SearchLanguage>('language', one(query, 'language'), searchLanguages);
  if (language) filters.language = language;
  const programme = whole('programme', one(query, 'programme'), 1, MAX_ID);
  if (programme) filters.programmeId = programme;
  const year = whole('year', one(query, 'year'), 1000, 9999);
  if (year) filters.year = year;
  return {
    q: q.trim(),
    filters,
    sort: among('sort', one(query, 'sort'), ['relevance', 'date'] as const) ?? 'relevance',
    page: whole('page', one(query, 'page'), 1, MAX_PAGE) ?? 1,
    pageSize: whole('pageSize', one(query, 'pageSize'), 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE,
  };
}

/** The filters as URL parameters (the page's links keep them). */
export function filterParams(filters: SearchFilters): Partial<Record<FilterName, string>> {
  const out: Partial<Record<FilterName, string>> = {};
  if (filters.type) out.type = filters.type;
  if (filters.kind) out.kind = filters.kind;
  if (filters.theme) out.theme = filters.theme;
  if (filters.language) out.language = filters.language;
  if (filters.programmeId) out.programme = String(filters.programmeId);
  if (filters.year) out.year = String(filters.year);
  return out;
}
