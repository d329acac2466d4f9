import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database';
import { contactRoles, type ContactRole, type NominationStatus } from './tables';

// Every SQL statement on participants, contacts, the advisor team and the reference group. No
// rules here: the services decide, these only read and write.

// Participants and contacts

export function listParticipantRows(db: Executor, programmeId: number) {
  return db
    .selectFrom('programme_participants')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('id')
    .execute();
}

/** The participants of several programmes, for pages that show many at once (/me). */
export function listParticipantRowsOf(db: Executor, programmeIds: number[]) {
  if (programmeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('programme_participants')
    .selectAll()
    .where('programme_id', 'in', programmeIds)
    .orderBy('id')
    .execute();
}

export function findParticipant(db: Executor, id: number) {
  return db.selectFrom('programme_participants').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findParticipantByOrganisation(db: Executor, programmeId: number, organisationId: number) {
  return db
    .selectFrom('programme_participants')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export function insertParticipant(
  db: Executor,
  row: { programme_id: number; organisation_id: number; joined_on: string | null; created_at: string },
) {
  return db.insertInto('programme_participants').values(row).returning('id').executeTakeFirstOrThrow();
}

// In the order of contactRoles, then by person: without it the dialects return the rows in different
// orders (SQLite walks the primary key, PostgreSQL the table).
const roleOrder = sql`case participant_contacts.role ${sql.join(
  contactRoles.map((role, i) => sql`when ${sql.lit(role)} then ${sql.lit(i)}`),
  sql` `,
)} end`;

/** The contact people of every participant of the programme, by participant, role and person. */
export function listContactRowsOfProgramme(db: Executor, programmeId: number) {
  return db
    .selectFrom('participant_contacts')
    .innerJoin('programme_participants', 'programme_participants.id', 'participant_contacts.participant_id')
    .selectAll('participant_contacts')
    .where('programme_participants.programme_id', '=', programmeId)
    .orderBy('participant_contacts.participant_id')
    .orderBy(roleOrder)
    .orderBy('participant_contacts.person_id')
    .execute();
}

export function findContact(db: Executor, participantId: number, personId: number, role: ContactRole) {
  return db
    .selectFrom('participant_contacts')
    .selectAll()
    .where('participant_id', '=', participantId)
    .where('person_id', '=', personId)
    .where('role', '=', role)
    .executeTakeFirst();
}

export function insertContact(
  db: Executor,
  row: { participant_id: number; person_id: number; role: ContactRole },
) {
  return db.insertInto('participant_contacts').values(row).execute();
}

// Who takes part, for the permission rules

/** Participants of the programmes that are one of `organisationIds` or have `personId` as a contact. */
export async function memberParticipants(
  db: Executor,
  programmeIds: number[],
  organisationIds: number[],
  personId: number,
) {
  if (programmeIds.length === 0) return [];
  return db
    .selectFrom('programme_participants')
    .select(['programme_participants.id', 'programme_participants.programme_id'])
    .where('programme_participants.programme_id', 'in', programmeIds)
    .where((eb) => {
      const contact = eb.exists(
        eb
          .selectFrom('participant_contacts')
          .select('participant_contacts.person_id')
          .whereRef('participant_contacts.participant_id', '=', 'programme_participants.id')
          .where('participant_contacts.person_id', '=', personId),
      );
      return organisationIds.length > 0
        ? eb.or([eb('programme_participants.organisation_id', 'in', organisationIds), contact])
        : contact;
    })
    .orderBy('programme_participants.id')
    .execute();
}

/** Programmes where one of the organisations participates or the person is a contact. */
export async function programmeIdsOfMember(db: Executor, organisationIds: number[], personId: number) {
  const rows = await db
    .selectFrom('programme_participants')
    .select('programme_participants.programme_id')
    .distinct()
    .where((eb) => {
      const contact = eb.exists(
        eb
          .selectFrom('participant_contacts')
          .select('participant_contacts.person_id')
          .whereRef('participant_contacts.participant_id', '=', 'programme_participants.id')
          .where('participant_contacts.person_id', '=', personId),
      );
      return organisationIds.length > 0
        ? eb.or([eb('programme_participants.organisation_id', 'in', organisationIds), contact])
        : contact;
    })
    .execute();
  return rows.map((r) => r.programme_id);
}

// Advisor team

export function listAdvisorRows(db: Executor, programmeId: number) {
  return db
    .selectFrom('programme_advisors')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('id')
    .execute();
}

/** The person's places on advisor teams: the programme, and the participant when they guide only one. */
export function advisorRowsOfPerson(db: Executor, personId: number, programmeIds: number[] | null = null) {
  if (programmeIds?.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('programme_advisors')
    .select(['programme_id', 'participant_id'])
    .where('person_id', '=', personId);
  if (programmeIds) query = query.where('programme_id', 'in', programmeIds);
  return query.orderBy('id').execute();
}

export async function programmeIdsOfAdvisor(db: Executor, personId: number) {
  const rows = await db
    .selectFrom('programme_advisors')
    .select('programme_id')
    .distinct()
    .where('person_id', '=', personId)
    .execute();
  return rows.map((r) => r.programme_id);
}

export function insertAdvisor(
  db: Executor,
  row: {
    programme_id: number;
    person_id: number;
    organisation_id: number | null;
    participant_id: number | null;
  },
) {
  return db.insertInto('programme_advisors').values(row).returning('id').executeTakeFirstOrThrow();
}

// Reference group

export function listNominationRows(db: Executor, programmeId: number) {
  return db
    .selectFrom('reference_group_nominations')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('id')
    .execute();
}

export function findNomination(db: Executor, id: number) {
  return db.selectFrom('reference_group_nominations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findOpenNomination(db: Executor, programmeId: number, personId: number) {
  return db
    .selectFrom('reference_group_nominations')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('person_id', '=', personId)
    .where('status', '!=', 'declined')
    .executeTakeFirst();
}

export function insertNomination(
  db: Executor,
  row: {
    programme_id: number;
    person_id: number | null;
    nominated_by_participant_id: number | null;
    motivation: string | null;
    created_at: string;
    nominee_name?: string | null;
    nominee_email?: string | null;
    nominee_title?: string | null;
    nominee_organisation?: string | null;
  },
) {
  return db
    .insertInto('reference_group_nominations')
    .values({ ...row, status: 'nominated', decided_at: null, decided_by_user_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function decideNominationRow(
  db: Executor,
  id: number,
  row: {
    status: NominationStatus;
    person_id: number | null;
    decided_at: string;
    decided_by_user_id: number | null;
  },
) {
  return db
    .updateTable('reference_group_nominations')
    .set(row)
    .where('id', '=', id)
    .where('status', '=', 'nominated')
    .executeTakeFirst();
}

// Personal data

export function listNominationsOfPerson(db: Executor, personId: number) {
  return db
    .selectFrom('reference_group_nominations')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('id')
    .execute();
}

/** Forgets what was typed about the person when nominating them; the nomination and its person stay. */
export function clearNomineeDetails(db: Executor, personId: number) {
  return db
    .updateTable('reference_group_nominations')
    .set({ nominee_name: null, nominee_email: null, nominee_title: null, nominee_organisation: null })
    .where('person_id', '=', personId)
    .execute();
}
