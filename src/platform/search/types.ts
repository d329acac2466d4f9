/**
 * The contract of Samling's one search index (issue 4): modules hand it documents, people search
 * them. Implemented in this folder (engine.ts etc.) over SQLite FTS5 and PostgreSQL tsvector/GIN.
 */

export const documentTypes = ['item', 'attachment', 'programme', 'event', 'organisation', 'input'] as const;
export type DocumentType = (typeof documentTypes)[number];

export const searchLanguages = ['nb', 'nn', 'sv', 'en'] as const;
export type SearchLanguage = (typeof searchLanguages)[number];

/**
 * Who may find a document: `public` everyone; `members` anyone logged in (network members);
 * `programme` those who may view `programmeId` (members-only programmes); `staff` advisors and
 * operators (drafts, items in review).
 */
export const audiences = ['public', 'members', 'programme', 'staff'] as const;
export type Audience = (typeof audiences)[number];

/** One thing that can be found. (type, id) is unique: indexing it again replaces it. */
export interface SearchDocument {
  type: DocumentType;
  /** The id in its own table. */
  id: number;
  title: string;
  /** Plain text (Markdown already reduced to text by the caller). */
  body: string;
  /** Where a result links to, a path such as /library/kommunereformen. */
  url: string;
  language: SearchLanguage;
  audience: Audience;
  programmeId: number | null;
  /** The item kind (article, report, …) or the type's own kind (municipality, workshop, …). */
  kind: string | null;
  themes: string[];
  year: number | null;
  /** ISO date-time used for sorting by date (published, starts, updated). */
  date: string | null;
}

/** What the searcher may see, worked out by the caller from the request's user. */
export interface SearchViewer {
  loggedIn: boolean;
  staff: boolean;
  /** Members-only programmes this person may view. */
  programmeIds: number[];
}

export interface SearchFilters {
  type?: DocumentType;
  kind?: string;
  theme?: string;
  language?: SearchLanguage;
  programmeId?: number;
  year?: number;
}

export interface SearchQuery {
  q: string;
  viewer: SearchViewer;
  filters?: SearchFilters;
  sort?: 'relevance' | 'date';
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

/** A piece of a snippet: `hit` marks words that matched, for highlighting without raw HTML. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  type: DocumentType;
  id: number;
  title: string;
  url: string;
  language: SearchLanguage;
  kind: string | null;
  year: number | null;
  date: string | null;
  snippet: SnippetPart[];
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface SearchResult {
  total: number;
  items: SearchHit[];
  facets: {
    type: FacetValue[];
    kind: FacetValue[];
    theme: FacetValue[];
    language: FacetValue[];
    programme: FacetValue[];
    year: FacetValue[];
  };
  /** Query words that matched nothing and were read as a near word (one typo): [typed, read as]. */
  corrections: [string, string][];
}
