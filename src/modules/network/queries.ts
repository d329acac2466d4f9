import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database';
import { containsPattern, foldForSearch, prefixPattern } from './search';
import { byName, sortKey, type Alphabet } from './sort-key';
import type { Country, OrganisationKind, OrganisationTable } from './tables';

export type OrganisationRow = Selectable<OrganisationTable>;

export interface OrganisationFilter {
  kinds?: OrganisationKind[];
  country?: Country;
  q?: string;
  parentId?: number;
  limit?: number;
  offset?: number;
  /** Norwegian order unless told otherwise. */
  alphabet?: Alphabet;
}

export function findOrganisation(db: Executor, id: number) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findOrganisationsByIds(db: Executor, ids: number[], alphabet: Alphabet = 'nb') {
  if (ids.length === 0) return Promise.resolve([] as OrganisationRow[]);
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('id', 'in', ids)
    .orderBy(byName('organisations.sort_key', alphabet))
    .orderBy('id')
    .execute();
}

export function findOrganisationByNumber(
  db: Executor,
  country: Country,
  kind: OrganisationKind,
  number: string,
) {
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('country', '=', country)
    .where('kind', '=', kind)
    .where('number', '=', number)
    .executeTakeFirst();
}

/** Every organisation of one kind in one country that has an official number, for the import's upsert. */
export function listNumbered(db: Executor, country: Country, kind: OrganisationKind) {
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('country', '=', country)
    .where('kind', '=', kind)
    .where('number', 'is not', null)
    .execute();
}

/** Columns made from the name on every write, so no caller can forget them. */
export type DerivedColumns = 'search_name' | 'sort_key';
export const derivedFrom = (name: string) => ({ search_name: foldForSearch(name), sort_key: sortKey(name) });

/** A LIKE pattern with its escape character named, which both dialects need spelled out. */
export const likePattern = (pattern: string) => sql<string>`${pattern} escape '\\'`;

function filterOrganisations(db: Executor, filter: OrganisationFilter) {
  let query = db.selectFrom('organisations');
  if (filter.kinds && filter.kinds.length > 0) query = query.where('kind', 'in', filter.kinds);
  if (filter.country) query = query.where('country', '=', filter.country);
  if (filter.parentId !== undefined) query = query.where('parent_id', '=', filter.parentId);
  const q = filter.q?.trim();
  if (q) {
    const pattern = containsPattern(q);
    query = query.where((eb) =>
      eb.or([
        eb('search_name', 'like', likePattern(pattern)),
        eb('number', 'like', likePattern(prefixPattern(q))),
      ]),
    );
  }
  return query;
}

export function listOrganisations(db: Executor, filter: OrganisationFilter) {
  let query = filterOrganisations(db, filter)
    .selectAll()
    .orderBy(byName('organisations.sort_key', filter.alphabet ?? 'nb'))
    .orderBy('id');
  if (filter.limit !== undefined) query = query.limit(filter.limit).offset(filter.offset ?? 0);
  else if (filter.offset) query = query.limit(1_000_000).offset(filter.offset);
  return query.execute();
}

export async function countOrganisations(db: Executor, filter: OrganisationFilter) {
  const row = await filterOrganisations(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function insertOrganisation(
  db: Executor,
  o: Omit<OrganisationRow, 'id' | 'created_at' | 'updated_at' | DerivedColumns>,
  now: string,
) {
  return db
    .insertInto('organisations')
    .values({ ...o, ...derivedFrom(o.name), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function updateOrganisation(
  db: Executor,
  id: number,
  o: Partial<Omit<OrganisationRow, 'id' | 'created_at' | 'updated_at' | DerivedColumns>>,
  now: string,
) {
  return db
    .updateTable('organisations')
    .set({ ...o, ...(o.name !== undefined ? derivedFrom(o.name) : {}), updated_at: now })
    .where('id', '=', id)
    .execute();
}

export function listGroupMembers(db: Executor, groupId: number, alphabet: Alphabet = 'nb') {
  return db
    .selectFrom('organisation_members')
    .innerJoin('organisations', 'organisations.id', 'organisation_members.member_id')
    .selectAll('organisations')
    .where('organisation_members.group_id', '=', groupId)
    .orderBy(byName('organisations.sort_key', alphabet))
    .orderBy('organisations.id')
    .execute();
}

export function listGroupsOf(db: Executor, memberId: number, alphabet: Alphabet = 'nb') {
  return db
    .selectFrom('organisation_members')
    .innerJoin('organisations', 'organisations.id', 'organisation_members.group_id')
    .selectAll('organisations')
    .where('organisation_members.member_id', '=', memberId)
    .orderBy(byName('organisations.sort_key', alphabet))
    .orderBy('organisations.id')
    .execute();
}

/** How many organisations have this one as their parent (county). */
export async function countChildren(db: Executor, parentId: number) {
  const row = await db
    .selectFrom('organisations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', parentId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function deleteGroupMembers(db: Executor, groupId: number) {
  return db.deleteFrom('organisation_members').where('group_id', '=', groupId).execute();
}

export function insertGroupMembers(db: Executor, groupId: number, memberIds: number[]) {
  if (memberIds.length === 0) return Promise.resolve();
  return db
    .insertInto('organisation_members')
    .values(memberIds.map((memberId) => ({ group_id: groupId, member_id: memberId })))
    .execute();
}
