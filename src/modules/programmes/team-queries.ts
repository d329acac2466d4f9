import type { Executor } from '../../platform/db/database';
import type { ContactRole, NominationStatus } from './tables';

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

export function listContactRows(db: Executor, participantIds: number[]) {
  if (participantIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('participant_contacts')
    .selectAll()
    .where('participant_id', 'in', participantIds)
    .orderBy('participant_id')
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

/** Participants of the programme that are one of `organisationIds` or have `personId` as a contact. */
export async function participantIdsFor(
  db: Executor,
  programmeId: number,
  organisationIds: number[],
  personId: number,
) {
  const rows = await db
    .selectFrom('programme_participants')
    .select('programme_participants.id')
    .where('programme_participants.programme_id', '=', programmeId)
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
  return rows.map((r) => r.id);
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

export async function isAdvisorOn(db: Executor, programmeId: number, personId: number) {
  const row = await db
    .selectFrom('programme_advisors')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return !!row;
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
    person_id: number;
    nominated_by_participant_id: number | null;
    motivation: string | null;
    created_at: string;
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
  row: { status: NominationStatus; decided_at: string; decided_by_user_id: number | null },
) {
  return db
    .updateTable('reference_group_nominations')
    .set(row)
    .where('id', '=', id)
    .where('status', '=', 'nominated')
    .executeTakeFirst();
}
