import { audit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import { inTransaction, isConstraintViolation, type Executor } from '../../platform/db/database';
import { getOrganisation, getPerson } from '../network/index';
import { isUniqueViolation, ProgrammeError } from './model';
import * as q from './queries';
import * as tq from './team-queries';
import type { ContactRole } from './tables';

/** The kinds of organisation that take part in a programme (issue 2: municipality, city region, county). */
export const participantKinds = ['municipality', 'city_region', 'county'] as const;

/** The programme, else `notFound`. */
export async function requireProgramme(db: Executor, programmeId: number) {
  if (!(await q.findProgrammeById(db, programmeId))) throw new ProgrammeError('notFound');
}

/** The participant when it is one of the programme's, else `notFound` on `field`. */
export async function requireParticipantOf(
  db: Executor,
  programmeId: number,
  participantId: number,
  field: string,
) {
  const participant = await tq.findParticipant(db, participantId);
  if (!participant || participant.programme_id !== programmeId) throw new ProgrammeError('notFound', field);
  return participant;
}

/** Adds a municipality, city region or county to the programme; each organisation takes part once. */
export async function addParticipant(
  db: Executor,
  programmeId: number,
  organisationId: number,
  actorUserId: number | null,
  joinedOn: string | null = null,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    await requireProgramme(tx, programmeId);
    const organisation = await getOrganisation(tx, organisationId);
    if (!organisation) throw new ProgrammeError('notFound', 'organisation_id');
    if (!(participantKinds as readonly string[]).includes(organisation.kind)) {
      throw new ProgrammeError('wrongOrganisationKind', 'organisation_id');
    }
    if (await tq.findParticipantByOrganisation(tx, programmeId, organisationId)) {
      throw new ProgrammeError('duplicateParticipant', 'organisation_id');
    }
    try {
      const { id } = await tq.insertParticipant(tx, {
        programme_id: programmeId,
        organisation_id: organisationId,
        joined_on: joinedOn,
        created_at: nowIso(),
      });
      await audit(tx, {
        actorUserId,
        action: 'programme.participant.add',
        subjectType: 'programme',
        subjectId: programmeId,
        details: { participantId: id, organisationId },
      });
      return id;
    } catch (error) {
      // Two operators adding the same organisation at once: the unique constraint decides.
      if (isConstraintViolation(error)) throw new ProgrammeError('duplicateParticipant', 'organisation_id');
      throw error;
    }
  });
}

/** Names a person as the participant's contact in a role (project leader, mayor…). */
export async function addContact(
  db: Executor,
  participantId: number,
  personId: number,
  role: ContactRole,
  actorUserId: number | null,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const participant = await tq.findParticipant(tx, participantId);
    if (!participant) throw new ProgrammeError('notFound', 'participant_id');
    if (!(await getPerson(tx, personId))) throw new ProgrammeError('notFound', 'person_id');
    if (await tq.findContact(tx, participantId, personId, role)) {
      throw new ProgrammeError('duplicateContact', 'person_id');
    }
    await tq
      .insertContact(tx, { participant_id: participantId, person_id: personId, role })
      .catch((error) => {
        throw isUniqueViolation(error) ? new ProgrammeError('duplicateContact', 'person_id') : error;
      });
    await audit(tx, {
      actorUserId,
      action: 'programme.contact.add',
      subjectType: 'programme',
      subjectId: participant.programme_id,
      details: { participantId, personId, role },
    });
  });
}

/** Adds a person to the advisor team, for the whole programme or for one participant. */
export async function addAdvisor(
  db: Executor,
  programmeId: number,
  input: { personId: number; organisationId?: number | null; participantId?: number | null },
  actorUserId: number | null,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    await requireProgramme(tx, programmeId);
    if (!(await getPerson(tx, input.personId))) throw new ProgrammeError('notFound', 'person_id');
    const organisationId = input.organisationId ?? null;
    if (organisationId != null && !(await getOrganisation(tx, organisationId))) {
      throw new ProgrammeError('notFound', 'advisor_organisation_id');
    }
    const participantId = input.participantId ?? null;
    if (participantId != null)
      await requireParticipantOf(tx, programmeId, participantId, 'advisor_participant_id');
    const team = await tq.listAdvisorRows(tx, programmeId);
    if (team.some((a) => a.person_id === input.personId && a.participant_id === participantId)) {
      throw new ProgrammeError('duplicateAdvisor', 'person_id');
    }
    const { id } = await tq
      .insertAdvisor(tx, {
        programme_id: programmeId,
        person_id: input.personId,
        organisation_id: organisationId,
        participant_id: participantId,
      })
      .catch((error: unknown) => {
        // Two operators adding the same advisor at once: the unique index decides (20261124-05).
        throw isUniqueViolation(error) ? new ProgrammeError('duplicateAdvisor', 'person_id') : error;
      });
    await audit(tx, {
      actorUserId,
      action: 'programme.advisor.add',
      subjectType: 'programme',
      subjectId: programmeId,
      details: { advisorId: id, personId: input.personId },
    });
    return id;
  });
}
