import { audit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import { inTransaction, type Executor } from '../../platform/db/database';
import { getCase } from '../cases/index';
import { findEvent } from '../gatherings/index';
import { getOrganisationsByIds, getPeopleByIds } from '../network/index';
import { getProgramme, listParticipants } from '../programmes/index';
import { LibraryError, type AuthorRef, type ItemInput, type ItemLinks, type LibraryItem } from './model';
import * as q from './queries';
import { getItem } from './reads';
import { indexItem, unindexItem } from './search-documents';
import { isTheme } from './themes';
import type { ItemStatus } from './tables';

const unique = (ids: number[] | undefined) => [...new Set(ids ?? [])];
/** Paths under /library that are pages of their own, so no item may take them as its slug. */
const reservedSlugs = new Set(['new', 'feed', 'themes', 'feed-atom']);

/** "Kunnskap om byregioner!" → "kunnskap-om-byregioner"; æ, ø and å become ae, o and a. */
export function slugFor(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'item';
}

async function freeSlug(db: Executor, wanted: string): Promise<string> {
  const base = slugFor(wanted);
  const taken = new Set(await q.slugsLike(db, base));
  if (!taken.has(base) && !reservedSlugs.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Checks themes, authors and links against the vocabulary and the other modules; returns them clean. */
async function checked(db: Executor, input: ItemInput) {
  const themes = [...new Set(input.themes ?? [])];
  if (!themes.every(isTheme)) throw new LibraryError('theme', 'themes');
  const links: ItemLinks = {
    programmeIds: unique(input.links?.programmeIds),
    eventIds: unique(input.links?.eventIds),
    participantIds: unique(input.links?.participantIds),
    caseIds: unique(input.links?.caseIds),
  };
  for (const id of links.programmeIds)
    if (!(await getProgramme(db, id))) throw new LibraryError('link', 'programmeIds');
  for (const id of links.eventIds) if (!(await findEvent(db, id))) throw new LibraryError('link', 'eventIds');
  for (const id of links.caseIds) if (!(await getCase(db, id))) throw new LibraryError('link', 'caseIds');
  if (links.participantIds.length > 0) {
    // A participant is a municipality's part in one programme, so it is linked with that programme.
    const known = new Set<number>();
    for (const programmeId of links.programmeIds)
      for (const p of await listParticipants(db, programmeId)) known.add(p.id);
    if (!links.participantIds.every((id) => known.has(id))) throw new LibraryError('link', 'participantIds');
  }
  const authors = (input.authors ?? [])
    .map((a): AuthorRef =>
      a.personId != null
        ? { personId: a.personId }
        : a.organisationId != null
          ? { organisationId: a.organisationId }
          : { name: (a.name ?? '').trim().slice(0, 200) },
    )
    .filter((a) => a.personId != null || a.organisationId != null || a.name);
  const personIds = authors.flatMap((a) => (a.personId != null ? [a.personId] : []));
  const organisationIds = authors.flatMap((a) => (a.organisationId != null ? [a.organisationId] : []));
  if ((await getPeopleByIds(db, personIds)).length !== new Set(personIds).size)
    throw new LibraryError('link', 'authorPersonIds');
  if ((await getOrganisationsByIds(db, organisationIds)).length !== new Set(organisationIds).size)
    throw new LibraryError('link', 'authorOrganisationIds');
  const tags = [...new Set((input.tags ?? []).map((t) => t.trim().slice(0, 60)).filter(Boolean))].slice(
    0,
    30,
  );
  const reference =
    input.kind === 'reference'
      ? {
          publisher: input.reference?.publisher?.trim() || null,
          doi: input.reference?.doi?.trim() || null,
          url: input.reference?.url?.trim() || null,
        }
      : {};
  return { themes, links, authors, tags, reference };
}

function columns(input: ItemInput, clean: Awaited<ReturnType<typeof checked>>) {
  return {
    kind: input.kind,
    title: input.title.trim(),
    summary: input.summary?.trim() ?? '',
    body: input.body ?? '',
    language: input.language,
    year: input.year ?? null,
    audience: input.audience,
    authors: JSON.stringify(clean.authors),
    tags: JSON.stringify(clean.tags),
    reference: JSON.stringify(clean.reference),
  };
}

/** Keeps the item as it is now as a numbered version, before a save changes it. */
async function keepVersion(db: Executor, item: LibraryItem, actorUserId: number | null, at: string) {
  const number = await q.nextVersionNumber(db, item.id);
  await q.insertVersion(db, {
    itemId: item.id,
    number,
    snapshot: JSON.stringify(item),
    savedBy: actorUserId,
    savedAt: at,
  });
}

async function mustGet(db: Executor, id: number) {
  const item = await getItem(db, id);
  if (!item) throw new LibraryError('notFound');
  return item;
}

/** Creates a draft item; it is indexed for staff at once. */
export async function createItem(
  db: Executor,
  input: ItemInput,
  actorUserId: number | null,
): Promise<{ id: number; slug: string }> {
  return inTransaction(db, async (tx) => {
    const clean = await checked(tx, input);
    const slug = await freeSlug(tx, input.slug || input.title);
    const at = nowIso();
    const id = await q.insertItem(tx, {
      ...columns(input, clean),
      slug,
      status: 'draft',
      created_by: actorUserId,
      created_at: at,
      updated_by: actorUserId,
      updated_at: at,
    });
    await q.replaceThemes(tx, id, clean.themes);
    await q.replaceLinks(tx, id, clean.links);
    await indexItem(tx, await mustGet(tx, id));
    await audit(tx, {
      actorUserId,
      action: 'library.item.create',
      subjectType: 'library_item',
      subjectId: id,
    });
    return { id, slug };
  });
}

/** Saves new content over the item; the state before is kept as a version. The slug stays. */
export async function updateItem(db: Executor, id: number, input: ItemInput, actorUserId: number | null) {
  await inTransaction(db, async (tx) => {
    const before = await mustGet(tx, id);
    const clean = await checked(tx, input);
    const at = nowIso();
    await keepVersion(tx, before, actorUserId, at);
    await q.updateItemRow(tx, id, { ...columns(input, clean), updated_by: actorUserId, updated_at: at });
    await q.replaceThemes(tx, id, clean.themes);
    await q.replaceLinks(tx, id, clean.links);
    await indexItem(tx, await mustGet(tx, id));
    await audit(tx, {
      actorUserId,
      action: 'library.item.update',
      subjectType: 'library_item',
      subjectId: id,
    });
  });
}

async function move(
  db: Executor,
  id: number,
  from: ItemStatus[],
  to: ItemStatus,
  actorUserId: number | null,
  now: Date,
) {
  await inTransaction(db, async (tx) => {
    const before = await mustGet(tx, id);
    const at = now.toISOString();
    const publishing = to === 'published';
    const moved = await q.moveStatus(tx, id, from, {
      status: to,
      updated_by: actorUserId,
      updated_at: at,
      ...(publishing
        ? { published_at: at, published_by: actorUserId, first_published_at: before.firstPublishedAt ?? at }
        : {}),
    });
    if (!moved) throw new LibraryError('status');
    await keepVersion(tx, before, actorUserId, at);
    await indexItem(tx, await mustGet(tx, id));
    await audit(tx, {
      actorUserId,
      action: `library.item.${to === 'draft' ? 'unpublish' : to === 'review' ? 'review' : 'publish'}`,
      subjectType: 'library_item',
      subjectId: id,
      details: { from: before.status },
    });
  });
}

/** Sends a draft to review. */
export function submitForReview(db: Executor, id: number, actorUserId: number | null) {
  return move(db, id, ['draft'], 'review', actorUserId, new Date());
}

/** Publishes an item in review (or a draft, when an operator skips review), recording who and when. */
export function publishItem(db: Executor, id: number, actorUserId: number | null, now = new Date()) {
  return move(db, id, ['draft', 'review'], 'published', actorUserId, now);
}

/** Takes a published item (or one in review) back to draft. */
export function unpublishItem(db: Executor, id: number, actorUserId: number | null) {
  return move(db, id, ['published', 'review'], 'draft', actorUserId, new Date());
}

/** Deletes an item with its versions and attachments, and takes it out of the index. */
export async function deleteItem(db: Executor, id: number, actorUserId: number | null) {
  await inTransaction(db, async (tx) => {
    const item = await mustGet(tx, id);
    await unindexItem(tx, id);
    await q.deleteItemRow(tx, id);
    await audit(tx, {
      actorUserId,
      action: 'library.item.delete',
      subjectType: 'library_item',
      subjectId: id,
      details: { slug: item.slug, title: item.title },
    });
  });
}
