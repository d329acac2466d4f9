import type { Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database';
import { derivedFrom, likePattern, type DerivedColumns } from './queries';
import { containsPattern } from './search';
import { byName, type Alphabet } from './sort-key';
import type { PersonTable } from './tables';

/** The SQL about people and their organisations; organisations themselves are in queries.ts. */

export type PersonRow = Selectable<PersonTable>;

export interface PersonFilter {
  q?: string;
  organisationId?: number;
  limit?: number;
  offset?: number;
  /** Norwegian order unless told otherwise. */
  alphabet?: Alphabet;
}

export function findPerson(db: Executor, id: number) {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPeopleByIds(db: Executor, ids: number[], alphabet: Alphabet = 'nb') {
  if (ids.length === 0) return Promise.resolve([] as PersonRow[]);
  return db
    .selectFrom('people')
    .selectAll()
    .where('id', 'in', ids)
    .orderBy(byName('people.sort_key', alphabet))
    .orderBy('id')
    .execute();
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
  let query = filterPeople(db, filter)
    .selectAll('people')
    .orderBy(byName('people.sort_key', filter.alphabet ?? 'nb'))
    .orderBy('people.id');
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
  p: Omit<PersonRow, 'id' | 'created_at' | 'updated_at' | 'erased_at' | DerivedColumns>,
  now: string,
) {
  return db
    .insertInto('people')
    .values({ ...p, ...derivedFrom(p.name), created_at: now, updated_at: now, erased_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function updatePerson(
  db: Executor,
  id: number,
  p: Partial<Omit<PersonRow, 'id' | 'created_at' | DerivedColumns>>,
  now: string,
) {
  return db
    .updateTable('people')
    .set({ ...p, ...(p.name !== undefined ? derivedFrom(p.name) : {}), updated_at: now })
    .where('id', '=', id)
    .execute();
}

export function listPersonOrganisations(db: Executor, personId: number, alphabet: Alphabet = 'nb') {
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
    .orderBy(byName('organisations.sort_key', alphabet))
    .orderBy('organisations.id')
    .execute();
}

export function listOrganisationPeople(db: Executor, organisationId: number, alphabet: Alphabet = 'nb') {
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
    .orderBy(byName('people.sort_key', alphabet))
    .orderBy('people.id')
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
