import type { Generated } from 'kysely';

/** What a knowledge item is (the list; `reference` is a literature reference). */
export const itemKinds = [
  'article',
  'report',
  'reference',
  'presentation',
  'case_story',
  'session_summary',
  'news',
] as const;
export type ItemKind = (typeof itemKinds)[number];

/** Who may read a published item: everyone, or anyone logged in (network members). */
export const audiences = ['public', 'members'] as const;
export type ItemAudience = (typeof audiences)[number];

/** The workflow: draft → review → published; unpublishing goes back to draft. */
export const itemStatuses = ['draft', 'review', 'published'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

/** The language an item is written in (Nynorsk too, though the interface has none). */
export const itemLanguages = ['nb', 'nn', 'sv', 'en'] as const;
export type ItemLanguage = (typeof itemLanguages)[number];

/** What an item links to, in library_item_links.target_type. */
export const linkTypes = ['programme', 'event', 'participant', 'case'] as const;
export type LinkType = (typeof linkTypes)[number];

/** A knowledge item. Authors and tags are JSON; links and themes have tables of their own to be queried. */
export interface LibraryItemTable {
  id: Generated<number>;
  slug: string;
  kind: ItemKind;
  title: string;
  summary: string;
  /** Markdown, rendered with raw HTML escaped (markdown.ts). */
  body: string;
  language: ItemLanguage;
  year: number | null;
  audience: ItemAudience;
  status: ItemStatus;
  /** JSON array of {personId?, organisationId?, name?}. */
  authors: string;
  /** JSON array of free tags. */
  tags: string;
  /** JSON {publisher, doi, url} for a literature reference; '{}' for other kinds. */
  reference: string;
  /** Set on the first publication and kept: what feeds call `published` and the digest "new". */
  first_published_at: string | null;
  published_at: string | null;
  published_by: number | null;
  created_by: number | null;
  created_at: string;
  updated_by: number | null;
  updated_at: string;
}

export interface LibraryItemThemeTable {
  item_id: number;
  theme: string;
}

export interface LibraryItemLinkTable {
  item_id: number;
  target_type: LinkType;
  target_id: number;
}

/** The state an item had before a save: a full JSON snapshot, who saved over it, when. */
export interface LibraryItemVersionTable {
  id: Generated<number>;
  item_id: number;
  number: number;
  snapshot: string;
  saved_by: number | null;
  saved_at: string;
}

/** A file of an item, with the text read from it, kept in the database so every instance serves it. */
export interface LibraryAttachmentTable {
  id: Generated<number>;
  item_id: number;
  filename: string;
  content_type: string;
  size: number;
  data: Buffer;
  text: string;
  /** 'read', or 'unreadable' when the text could not be read (the file is kept all the same). */
  text_status: string;
  created_by: number | null;
  created_at: string;
}

/**
 * A login's weekly digest choice. The address is copied from the login when chosen, so the job
 * needs no other module's tables; it is personal data (export and erase in personal-data.ts).
 */
export interface LibraryDigestTable {
  user_id: number;
  email: string;
  locale: string;
  /** JSON arrays of programme ids and theme keys. */
  programme_ids: string;
  themes: string;
  updated_at: string;
}

/** One row per login and week sent: the claim that makes two instances send a digest once. */
export interface LibraryDigestSentTable {
  user_id: number;
  week: string;
  sent_at: string;
}

declare module '../../platform/db/schema' {
  interface Schema {
    library_items: LibraryItemTable;
    library_item_themes: LibraryItemThemeTable;
    library_item_links: LibraryItemLinkTable;
    library_item_versions: LibraryItemVersionTable;
    library_attachments: LibraryAttachmentTable;
    library_digests: LibraryDigestTable;
    library_digests_sent: LibraryDigestSentTable;
  }
}
