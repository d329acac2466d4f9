import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database';
import { containsPattern, foldForSearch, prefixPattern } from './search';
import type { Country, OrganisationKind, OrganisationTable, PersonTable } from './tables';

export type OrganisationRow = Selectable<OrganisationTable>;
export type PersonRow = Selectable<PersonTable>;

export interface OrganisationFilter {
  kinds?: OrganisationKind[];
  country?: Country;
  q?: string;
  parentId?: number;
  limit?: number;
  offset?: number;
}

export interface PersonFilter {
  q?: string;
  organisationId?: number;
  limit?: number;
  offset?: number;
}

export function findOrganisation(db: Executor, id: number) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findOrganisationsByIds(db: Executor, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([] as OrganisationRow[]);
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('id', 'in', ids)
    .orderBy('name')
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

/** A LIKE pattern with its escape character named, which both dialects need spelled out. */
const likePattern = (pattern: string) => sql<string>`${pattern} escape '\\'`;

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
  let query = filterOrganisations(db, filter).selectAll().orderBy('name').orderBy('id');
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
  o: Omit<OrganisationRow, 'id' | 'created_at' | 'updated_at' | 'search_name'>,
  now: string,
) {
  return db
    .insertInto('organisations')
    .values({ ...o, search_name: foldForSearch(o.name), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function updateOrganisation(
  db: Executor,
  id: number,
  o: Partial<Omit<OrganisationRow, 'id' | 'created_at' | 'updated_at' | 'search_name'>>,
  now: string,
) {
  return db
    .updateTable('organisations')
    .set({ ...o, ...(o.name !== undefined ? { search_name: foldForSearch(o.name) } : {}), updated_at: now })
    .where('id', '=', id)
    .execute();
}

export function listGroupMembers(db: Executor, groupId: number) {
  return db
    .selectFrom('organisation_members')
    .innerJoin('organisations', 'organisations.id', 'organisation_members.member_id')
    .selectAll('organisations')
    .where('organisation_members.group_id', '=', groupId)
    .orderBy('organisations.name')
    .orderBy('organisations.id')
    .execute();
}

export function listGroupsOf(db: Executor, memberId: number) {
  return db
    .selectFrom('organisation_members')
    .innerJoin('organisations', 'organisations.id', 'organisation_members.group_id')
    .selectAll('organisations')
    .where('organisation_members.member_id', '=', memberId)
    .orderBy('organisations.name')
    .execute();
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

export function findPerson(db: Executor, id: number) {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPeopleByIds(db: Executor, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([] as PersonRow[]);
  return db.selectFrom('people').selectAll().where('id', 'in', ids).orderBy('name').orderBy('id').execute();
}

export function findPersonByEmail(db: Executor, email: string) {
  return db.selectFrom('people').selectAll().where('email', '=', email).executeTakeFirst();
}

function filterPeople(db: Executor, filter: PersonFilter) {
  // Erased people keep their row for anonymous history but are no longer listed.
  let query = db.selectFrom('people').where('people.erased_at', 'is', null);
  const q = filter.q?.trim();
  if (q) {
    const pattern = containsPattern(q);
    query = query.where((eb) =>
      eb.or([
        eb('people.search_name', 'like', likePattern(pattern)),
        // E-mail addresses are stored in lower case.
        eb('people.email', 'like', likePattern(pattern)),
      ]),
    );
  }
  if (filter.organisationId !== undefined) {
    const organisationId = filter.organisationId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_organisations')
          .select('person_organisations.person_id')
          .whereRef('person_organisations.person_id', '=', 'people.id')
          .where('person_organisations.organisation_id', '=', organisationId),
      ),
    );
  }
  return query;
}

export function listPeople(db: Executor, filter: PersonFilter) {
  let query = filterPeople(db, filter).selectAll('people').orderBy('people.name').orderBy('people.id');
  if (filter.limit !== undefined) query = query.limit(filter.limit).offset(filter.offset ?? 0);
  else if (filter.offset) query = query.limit(1_000_000).offset(filter.offset);
  return query.execute();
}

export async function countPeople(db: Executor, filter: PersonFilter) {
  const row = await filterPeople(db, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function insertPerson(
  db: Executor,
  p: Omit<PersonRow, 'id' | 'created_at' | 'updated_at' | 'erased_at' | 'search_name'>,
  now: string,
) {
  return db
    .insertInto('people')
    .values({ ...p, search_name: foldForSearch(p.name), created_at: now, updated_at: now, erased_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function updatePerson(
  db: Executor,
  id: number,
  p: Partial<Omit<PersonRow, 'id' | 'created_at' | 'search_name'>>,
  now: string,
) {
  return db
    .updateTable('people')
    .set({ ...p, ...(p.name !== undefined ? { search_name: foldForSearch(p.name) } : {}), updated_at: now })
    .where('id', '=', id)
    .execute();
}

export function listPersonOrganisations(db: Executor, personId: number) {
  return db
    .selectFrom('person_organisations')
    .innerJoin('organisations', 'organisations.id', 'person_organisations.organisation_id')
    .select([
      'organisations.id as organisationId',
      'organisations.name as name',
      'organisations.kind as kind',
      'organisations.country as country',
      'person_organisations.role as role',
    ])
    .where('person_organisations.person_id', '=', personId)
    .orderBy('organisations.name')
    .execute();
}

export function listOrganisationPeople(db: Executor, organisationId: number) {
  return db
    .selectFrom('person_organisations')
    .innerJoin('people', 'people.id', 'person_organisations.person_id')
    .select([
      'people.id as id',
      'people.name as name',
      'people.title as title',
      'person_organisations.role as role',
    ])
    .where('person_organisations.organisation_id', '=', organisationId)
    .where('people.erased_at', 'is', null)
    .orderBy('people.name')
    .execute();
}

export function deletePersonOrganisations(db: Executor, personId: number) {
  return db.deleteFrom('person_organisations').where('person_id', '=', personId).execute();
}

export function insertPersonOrganisations(
  db: Executor,
  personId: number,
  links: { organisationId: number; role: string | null }[],
) {
  if (links.length === 0) return Promise.resolve();
  return db
    .insertInto('person_organisations')
    .values(links.map((l) => ({ person_id: personId, organisation_id: l.organisationId, role: l.role })))
    .execute();
}
