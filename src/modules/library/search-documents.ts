import type { Executor } from '../../platform/db/database';
import { indexDocument, removeDocument } from '../../platform/search/index';
import type { Audience, SearchDocument } from '../../platform/search/types';
import * as aq from './attachment-queries';
import { markdownToText } from './markdown';
import type { LibraryItem } from './model';

/** Who may find an item: readers of published items by audience, staff for drafts and review. */
export function audienceOf(item: Pick<LibraryItem, 'status' | 'audience'>): Audience {
  if (item.status !== 'published') return 'staff';
  return item.audience === 'public' ? 'public' : 'members';
}

const itemUrl = (item: LibraryItem) => `/library/${item.slug}`;

function base(item: LibraryItem): Omit<SearchDocument, 'type' | 'id' | 'title' | 'body'> {
  return {
    url: itemUrl(item),
    language: item.language,
    audience: audienceOf(item),
    programmeId: item.links.programmeIds[0] ?? null,
    kind: item.kind,
    themes: item.themes,
    year: item.year,
    date: item.publishedAt ?? item.updatedAt,
  };
}

/** The item as a search document: title, then summary, body and tags as plain text. */
export function itemDocument(item: LibraryItem): SearchDocument {
  const body = [item.summary, markdownToText(item.body), item.tags.join(', ')].filter(Boolean).join('\n\n');
  return { ...base(item), type: 'item', id: item.id, title: item.title, body };
}

/** An attachment as its own document, found by its text and linking to its item's page. */
export function attachmentDocument(
  item: LibraryItem,
  attachment: { id: number; filename: string; text: string },
): SearchDocument {
  return {
    ...base(item),
    type: 'attachment',
    id: attachment.id,
    title: `${attachment.filename} — ${item.title}`,
    body: attachment.text,
  };
}

/** (Re)indexes the item and its attachments, in the caller's transaction: audience follows status. */
export async function indexItem(db: Executor, item: LibraryItem) {
  await indexDocument(db, itemDocument(item));
  for (const a of await aq.listAttachments(db, [item.id]))
    await indexDocument(db, attachmentDocument(item, a));
}

/** Takes the item and its attachments out of the index (before the item is deleted). */
export async function unindexItem(db: Executor, itemId: number) {
  await removeDocument(db, 'item', itemId);
  for (const a of await aq.listAttachments(db, [itemId])) await removeDocument(db, 'attachment', a.id);
}

/** Indexes one new attachment of the item. */
export async function indexAttachment(
  db: Executor,
  item: LibraryItem,
  attachment: { id: number; filename: string; text: string },
) {
  await indexDocument(db, attachmentDocument(item, attachment));
}

/** Takes one removed attachment out of the index. */
export async function unindexAttachment(db: Executor, attachmentId: number) {
  await removeDocument(db, 'attachment', attachmentId);
}
