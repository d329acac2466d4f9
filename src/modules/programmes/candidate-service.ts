import type { Executor } from '../../platform/db/database';
import { createPerson, listPeople } from '../network/index';
import { ProgrammeError } from './model';
import * as tq from './team-queries';
import { inTransaction } from './service';
import type { ContactRole } from './tables';
import { addAdvisor, addContact, nominateToReferenceGroup } from './team-service';

// The forms name people by name and e-mail rather than by picking from the whole registry: a
// participant member must not browse everyone, and an operator usually adds someone new.

export interface PersonDetails {
  name: string;
  email?: string | null;
  title?: string | null;
}

/**
 * The registered person with this e-mail, or without one the person of that exact name in the
 * organisation; otherwise a new person, linked to the organisation when given.
 */
async function resolvePerson(
  db: Executor,
  details: PersonDetails,
  organisationId: number | null,
  actorUserId: number | null,
): Promise<number> {
  const email = details.email?.trim().toLowerCase() || null;
  const name = details.name.trim();
  if (email) {
    const match = (await listPeople(db, { q: email })).find((p) => p.email?.toLowerCase() === email);
    if (match) return match.id;
  } else if (organisationId != null) {
    const match = (await listPeople(db, { q: name, organisationId })).find(
      (p) => p.name.toLowerCase() === name.toLowerCase(),
    );
    if (match) return match.id;
  }
  return createPerson(
    db,
    {
      name,
      email,
      title: details.title ?? null,
      organisations: organisationId != null ? [{ organisationId }] : [],
    },
    actorUserId,
  );
}

/** Names a person (found or created) as contact of the participant, in one transaction. */
export function addContactPerson(
  db: Executor,
  participantId: number,
  details: PersonDetails,
  role: ContactRole,
  actorUserId: number | null,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const participant = await tq.findParticipant(tx, participantId);
    if (!participant) throw new ProgrammeError('notFound', 'participant_id');
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

/** Nominates a person (found or created) to the reference group, in one transaction. */
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
