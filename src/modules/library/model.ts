import type { ItemAudience, ItemKind, ItemLanguage, ItemStatus } from './tables';

/** An author: a person from the registry, an organisation, or a name typed in (literature). */
export interface AuthorRef {
  personId?: number;
  organisationId?: number;
  name?: string;
}

/** Where a literature reference was published. */
export interface ReferenceDetails {
  publisher?: string | null;
  doi?: string | null;
  url?: string | null;
}

export interface ItemLinks {
  programmeIds: number[];
  eventIds: number[];
  participantIds: number[];
  caseIds: number[];
}

/** What creates or changes an item. */
export interface ItemInput {
  kind: ItemKind;
  title: string;
  summary?: string | null;
  body?: string | null;
  language: ItemLanguage;
  year?: number | null;
  audience: ItemAudience;
  authors?: AuthorRef[];
  tags?: string[];
  themes?: string[];
  reference?: ReferenceDetails;
  links?: Partial<ItemLinks>;
  /** Chosen from the title when left out. */
  slug?: string | null;
}

/** An item as the rest of the app sees it. */
export interface LibraryItem {
  id: number;
  slug: string;
  kind: ItemKind;
  title: string;
  summary: string;
  body: string;
  language: ItemLanguage;
  year: number | null;
  audience: ItemAudience;
  status: ItemStatus;
  authors: AuthorRef[];
  tags: string[];
  themes: string[];
  reference: ReferenceDetails;
  links: ItemLinks;
  firstPublishedAt: string | null;
  publishedAt: string | null;
  publishedBy: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A rule of the library broken by input that passed the form; `field` says where. */
export class LibraryError extends Error {
  constructor(
    public code: 'notFound' | 'status' | 'theme' | 'link' | 'slug',
    public field = '_form',
  ) {
    super(code);
  }
}

/** Reads a stored JSON value, falling back when it is broken or of the wrong shape. */
export function parseJson<T>(json: string | null | undefined, fallback: T, ok: (v: unknown) => boolean): T {
  try {
    const value: unknown = JSON.parse(json ?? '');
    return ok(value) ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

export const parseList = (json: string) =>
  parseJson<unknown[]>(json, [], Array.isArray).filter((v): v is string => typeof v === 'string');

export const emptyLinks = (): ItemLinks => ({
  programmeIds: [],
  eventIds: [],
  participantIds: [],
  caseIds: [],
});
