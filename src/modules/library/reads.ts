import type { Executor } from '../../platform/db/database';
import {
  emptyLinks,
  parseJson,
  parseList,
  type AuthorRef,
  type ItemLinks,
  type LibraryItem,
  type ReferenceDetails,
} from './model';
import * as q from './queries';
import type { ItemRow } from './queries';
import type { ItemKind, ItemLanguage } from './tables';

const isObject = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);

/** Rows with their themes and links, as items, in the rows' order. */
export async function toItems(db: Executor, rows: ItemRow[]): Promise<LibraryItem[]> {
  const ids = rows.map((r) => r.id);
  const [themeRows, linkRows] = await Promise.all([q.themesOf(db, ids), q.linksOf(db, ids)]);
  return rows.map((row) => {
    const links: ItemLinks = emptyLinks();
    for (const l of linkRows.filter((l) => l.item_id === row.id)) {
      const key = `${l.target_type}Ids` as keyof ItemLinks;
      links[key].push(l.target_id);
    }
    return {
      id: row.id,
      slug: row.slug,
      kind: row.kind,
      title: row.title,
      summary: row.summary,
      body: row.body,
      language: row.language,
      year: row.year,
      audience: row.audience,
      status: row.status,
      authors: parseJson<AuthorRef[]>(row.authors, [], Array.isArray),
      tags: parseList(row.tags),
      themes: themeRows.filter((t) => t.item_id === row.id).map((t) => t.theme),
      reference: parseJson<ReferenceDetails>(row.reference, {}, isObject),
      links,
      firstPublishedAt: row.first_published_at,
      publishedAt: row.published_at,
      publishedBy: row.published_by,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

/** The item with this id, any status, or undefined. */
export async function getItem(db: Executor, id: number): Promise<LibraryItem | undefined> {
  const row = await q.findItemById(db, id);
  return row ? (await toItems(db, [row]))[0] : undefined;
}

/** The item with this slug, any status, or undefined. */
export async function getItemBySlug(db: Executor, slug: string): Promise<LibraryItem | undefined> {
  const row = await q.findItemBySlug(db, slug);
  return row ? (await toItems(db, [row]))[0] : undefined;
}

export interface PublicItemFilter {
  kind?: ItemKind;
  theme?: string;
  language?: ItemLanguage;
  year?: number;
  programmeId?: number;
  limit?: number;
  offset?: number;
}

/** Published public items, newest first: what anyone may read, feeds and the sitemap list. */
export async function listPublicItems(db: Executor, filter: PublicItemFilter = {}): Promise<LibraryItem[]> {
  const rows = await q.listItems(db, {
    ...filter,
    statuses: ['published'],
    audiences: ['public'],
    limit: filter.limit ?? 50,
  });
  return toItems(db, rows);
}
