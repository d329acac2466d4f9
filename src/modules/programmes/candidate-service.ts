import { inTransaction, type Executor } from '../../platform/db/database';
import { nominateToReferenceGroup } from './nomination-service';
import { resolvePerson, type PersonDetails } from './person-match';
import type { ContactRole } from './tables';
import { addAdvisor, addContact, requireParticipantOf } from './team-service';

// The operators' forms name people by name and e-mail rather than by picking from the whole
// registry, since an operator usually adds someone new. A participant member never comes here:
// their nominations keep the nominee as typed (nomination-service.ts proposeNominee).

export type { PersonDetails } from './person-match';

/** Names a person (found or created) as contact of one of the programme's participants, in one transaction. */
export function addContactPerson(
  db: Executor,
  programmeId: number,
  participantId: number,
  details: PersonDetails,
  role: ContactRole,
  actorUserId: number | null,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const participant = await requireParticipantOf(tx, programmeId, participantId, 'participant_id');
    const personId = await resolvePerson(tx, details, participant.organisation_id, actorUserId);
    await addContact(tx, participantId, personId, role, actorUserId);
    return personId;
  });
}

/** Adds a person (found or created) to the advisor team, in one transaction. */
export function addAdvisorPerson(
  db: Executor,
  programmeId: number,
  input: PersonDetails & { organisationId?: number | null; participantId?: number | null },
  actorUserId: number | null,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const personId = await resolvePerson(tx, input, input.organisationId ?? null, actorUserId);
    return addAdvisor(
      tx,
      programmeId,
      { personId, organisationId: input.organisationId, participantId: input.participantId },
      actorUserId,
    );
  });
}

/** An operator nominates a person (found or created) to the reference group, in one transaction. */
export function nominateCandidate(
  db: Executor,
  input: {
    programmeId: number;
    participantId: number | null;
    person: PersonDetails;
    motivation: string | null;
  },
  actorUserId: number | null,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const personId = await resolvePerson(tx, input.person, null, actorUserId);
    return nominateToReferenceGroup(
      tx,
      {
        programmeId: input.programmeId,
        personId,
        participantId: input.participantId,
        motivation: input.motivation,
      },
      actorUserId,
    );
  });
}
