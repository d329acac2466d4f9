import type { ItemKind, ItemLanguage, ThemeKey } from '../../modules/library/index';

// The demo's knowledge bank as plain data (see ./types.ts for the style): authors, programmes and
// events are named by the demo's own keys, slugs and dates; the loader (../load-library.ts) turns
// them into ids and publishes each item at its own date.

/** An author: a demo person or organisation by key, or a name as a publication prints it. */
export type DemoAuthor = { person: string } | { organisation: string } | { name: string };

/** An event of a demo programme, found by the local day it starts on. */
export interface DemoEventRef {
  programme: string;
  startsOn: string;
}

export interface DemoLibraryItem {
  /** Unique in the demo; also the item's slug. */
  key: string;
  kind: ItemKind;
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  language: ItemLanguage;
  year: number;
  audience: 'public' | 'members';
  /** `published` on `publishedOn` (the default), or left as a draft or in review. */
  status?: 'published' | 'draft' | 'review';
  /** The day it was published (YYYY-MM-DD); required when published. */
  publishedOn?: string;
  authors: DemoAuthor[];
  themes: ThemeKey[];
  tags: string[];
  /** For a literature reference: where it was published; only what the seeds give. */
  reference?: { publisher?: string; doi?: string; url?: string };
  /** Programme slugs. */
  programmes?: string[];
  events?: DemoEventRef[];
  /** A plain-text file to attach (its text becomes searchable). */
  attachment?: { filename: string; text: string };
}
