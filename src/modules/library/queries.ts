import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { ItemLinks } from './model';
import type { ItemAudience, ItemKind, ItemLanguage, ItemStatus, LibraryItemTable, LinkType } from './tables';

export type ItemRow = Awaited<ReturnType<typeof findItemById>> & object;

export function findItemById(db: Executor, id: number) {
  return db.selectFrom('library_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findItemBySlug(db: Executor, slug: string) {
  return db.selectFrom('library_items').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Slugs that start with `base`, to choose a free one. */
export async function slugsLike(db: Executor, base: string): Promise<string[]> {
  const rows = await db
    .selectFrom('library_items')
    .select('slug')
    .where('slug', 'like', `${base}%`)
    .execute();
  return rows.map((r) => r.slug);
}

export async function insertItem(db: Executor, values: Insertable<LibraryItemTable>): Promise<number> {
  const row = await db.insertInto('library_items').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateItemRow(db: Executor, id: number, values: Updateable<LibraryItemTable>) {
  await db.updateTable('library_items').set(values).where('id', '=', id).execute();
}

/** Moves an item from one status to another only if it still has the first (the workflow's claim). */
export async function moveStatus(
  db: Executor,
  id: number,
  from: ItemStatus[],
  values: Updateable<LibraryItemTable> & { status: ItemStatus },
): Promise<boolean> {
  const result = await db
    .updateTable('library_items')
    .set(values)
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteItemRow(db: Executor, id: number) {
  await db.deleteFrom('library_items').where('id', '=', id).execute();
}

export async function replaceThemes(db: Executor, itemId: number, themes: string[]) {
  await db.deleteFrom('library_item_themes').where('item_id', '=', itemId).execute();
  if (themes.length > 0)
    await db
      .insertInto('library_item_themes')
      .values(themes.map((theme) => ({ item_id: itemId, theme })))
      .execute();
}

export async function replaceLinks(db: Executor, itemId: number, links: ItemLinks) {
  await db.deleteFrom('library_item_links').where('item_id', '=', itemId).execute();
  const rows: { item_id: number; target_type: LinkType; target_id: number }[] = [
    ...links.programmeIds.map((id) => ({
      item_id: itemId,
      target_type: 'programme' as const,
      target_id: id,
    })),
    ...links.eventIds.map((id) => ({ item_id: itemId, target_type: 'event' as const, target_id: id })),
    ...links.participantIds.map((id) => ({
      item_id: itemId,
      target_type: 'participant' as const,
      target_id: id,
    })),
    ...links.caseIds.map((id) => ({ item_id: itemId, target_type: 'case' as const, target_id: id })),
  ];
  if (rows.length > 0) await db.insertInto('library_item_links').values(rows).execute();
}

export function themesOf(db: Executor, itemIds: number[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('library_item_themes')
    .select(['item_id', 'theme'])
    .where('item_id', 'in', itemIds)
    .orderBy('theme')
    .execute();
}

export function linksOf(db: Executor, itemIds: number[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('library_item_links')
    .select(['item_id', 'target_type', 'target_id'])
    .where('item_id', 'in', itemIds)
    .orderBy('target_id')
    .execute();
}

export interface ItemFilter {
  statuses: ItemStatus[];
  audiences: ItemAudience[];
  kind?: ItemKind;
  theme?: string;
  language?: ItemLanguage;
  year?: number;
  programmeId?: number;
  /** Published at or after (ISO). */
  publishedSince?: string;
  /** First published in [from, to) (ISO): what a digest calls new. */
  firstPublished?: { from: string; to: string };
  themes?: string[];
  programmeIds?: number[];
  limit: number;
  offset?: number;
}

/** Items matching the filter, newest first (published ones by publication, the rest by last change). */
export function listItems(db: Executor, f: ItemFilter) {
  let query = db
    .selectFrom('library_items')
    .selectAll()
    .where('status', 'in', f.statuses)
    .where('audience', 'in', f.audiences);
  if (f.kind) query = query.where('kind', '=', f.kind);
  if (f.language) query = query.where('language', '=', f.language);
  if (f.year != null) query = query.where('year', '=', f.year);
  if (f.firstPublished)
    query = query
      .where('first_published_at', '>=', f.firstPublished.from)
      .where('first_published_at', '<', f.firstPublished.to);
  if (f.theme) {
    const theme = f.theme;
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('library_item_themes').select('item_id').where('theme', '=', theme),
    );
  }
  if (f.programmeId != null) {
    const programmeId = f.programmeId;
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('library_item_links')
        .select('item_id')
        .where('target_type', '=', 'programme')
        .where('target_id', '=', programmeId),
    );
  }
  // A digest's choice: items on any chosen theme or linked to any chosen programme.
  if (f.themes || f.programmeIds) {
    const chosenThemes = f.themes ?? [];
    const chosenProgrammes = f.programmeIds ?? [];
    query = query.where((eb) =>
      eb.or([
        ...(chosenThemes.length > 0
          ? [
              eb(
                'id',
                'in',
                eb.selectFrom('library_item_themes').select('item_id').where('theme', 'in', chosenThemes),
              ),
            ]
          : []),
        ...(chosenProgrammes.length > 0
          ? [
              eb(
                'id',
                'in',
                eb
                  .selectFrom('library_item_links')
                  .select('item_id')
                  .where('target_type', '=', 'programme')
                  .where('target_id', 'in', chosenProgrammes),
              ),
            ]
          : []),
        eb.lit(false),
      ]),
    );
  }
  return query
    .orderBy('published_at', 'desc')
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit)
    .offset(f.offset ?? 0)
    .execute();
}

export async function nextVersionNumber(db: Executor, itemId: number): Promise<number> {
  const row = await db
    .selectFrom('library_item_versions')
    .select((eb) => eb.fn.max('number').as('n'))
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export async function insertVersion(
  db: Executor,
  v: { itemId: number; number: number; snapshot: string; savedBy: number | null; savedAt: string },
) {
  await db
    .insertInto('library_item_versions')
    .values({
      item_id: v.itemId,
      number: v.number,
      snapshot: v.snapshot,
      saved_by: v.savedBy,
      saved_at: v.savedAt,
    })
    .execute();
}

export function listVersions(db: Executor, itemId: number) {
  return db
    .selectFrom('library_item_versions')
    .select(['id', 'number', 'saved_by', 'saved_at'])
    .where('item_id', '=', itemId)
    .orderBy('number', 'desc')
    .execute();
}

export function findVersion(db: Executor, itemId: number, versionId: number) {
  return db
    .selectFrom('library_item_versions')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('id', '=', versionId)
    .executeTakeFirst();
}

/** Who created, changed, published or saved over items: for a login's personal-data export. */
export function itemsTouchedBy(db: Executor, userId: number) {
  return db
    .selectFrom('library_items')
    .select(['id', 'slug', 'title', 'created_by', 'updated_by', 'published_by'])
    .where((eb) =>
      eb.or([eb('created_by', '=', userId), eb('updated_by', '=', userId), eb('published_by', '=', userId)]),
    )
    .execute();
}

/** Keeps the items but no longer ties them to an erased login. */
export async function unlinkUser(db: Executor, userId: number) {
  await db.updateTable('library_items').set({ created_by: null }).where('created_by', '=', userId).execute();
  await db.updateTable('library_items').set({ updated_by: null }).where('updated_by', '=', userId).execute();
  await db
    .updateTable('library_items')
    .set({ published_by: null })
    .where('published_by', '=', userId)
    .execute();
  await db
    .updateTable('library_item_versions')
    .set({ saved_by: null })
    .where('saved_by', '=', userId)
    .execute();
  await db
    .updateTable('library_attachments')
    .set({ created_by: null })
    .where('created_by', '=', userId)
    .execute();
}
