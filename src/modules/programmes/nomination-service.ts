import { audit } from '../../platform/audit/audit';
import { inTransaction, type Executor } from '../../platform/db/database';
import { createPerson, getPerson } from '../network/index';
import { happenedAt, isUniqueViolation, ProgrammeError, type NomineeDetails } from './model';
import { findPersonByExactEmail } from './person-match';
import * as tq from './team-queries';
import { requireParticipantOf, requireProgramme } from './team-service';

// The reference group: nominations, and the operators' decisions on them.
//
// An operator nominates a registry person (`nominateToReferenceGroup`). A participant member
// proposes someone as typed (`proposeNominee`): nothing is looked up or created in the registry on
// their behalf, so they learn nothing about who is registered and cannot plant a person with an
// address someone else later gets linked to. The operator who accepts such a nomination links it to
// the registry person with exactly that e-mail (shown to them beforehand), or creates the person.

/** Refuses a second open (nominated or accepted) nomination of the person; after a decline they may be nominated again. */
async function refuseOpenNomination(db: Executor, programmeId: number, personId: number) {
  if (await tq.findOpenNomination(db, programmeId, personId))
    throw new ProgrammeError('duplicateNomination', 'person_id');
}

const uniqueAsDuplicate = (error: unknown) => {
  // Two nominations of one person at once: the partial unique index decides (20261124-05).
  throw isUniqueViolation(error) ? new ProgrammeError('duplicateNomination', 'person_id') : error;
};

/** Nominates a registry person to the reference group (operators, and the demo loader); operators decide later. */
export async function nominateToReferenceGroup(
  db: Executor,
  input: {
    programmeId: number;
    personId: number;
    participantId?: number | null;
    motivation?: string | null;
    /** When it was nominated (ISO timestamp); now when absent. Only the demo loader sets it. */
    at?: string | null;
  },
  actorUserId: number | null,
): Promise<number> {
  const now = happenedAt(input.at);
  return inTransaction(db, async (tx) => {
    await requireProgramme(tx, input.programmeId);
    if (!(await getPerson(tx, input.personId))) throw new ProgrammeError('notFound', 'person_id');
    const participantId = input.participantId ?? null;
    if (participantId != null)
      await requireParticipantOf(tx, input.programmeId, participantId, 'participant_id');
    await refuseOpenNomination(tx, input.programmeId, input.personId);
    const { id } = await tq
      .insertNomination(tx, {
        programme_id: input.programmeId,
        person_id: input.personId,
        nominated_by_participant_id: participantId,
        motivation: input.motivation?.trim() || null,
        created_at: now,
      })
      .catch(uniqueAsDuplicate);
    await audit(tx, {
      actorUserId,
      action: 'programme.nomination.create',
      subjectType: 'programme',
      subjectId: input.programmeId,
      details: { nominationId: id, personId: input.personId, participantId },
    });
    return id;
  });
}

/** A participant proposes someone for the reference group as typed; no registry person is looked up or made. */
export async function proposeNominee(
  db: Executor,
  input: {
    programmeId: number;
    participantId: number;
    nominee: NomineeDetails;
    motivation?: string | null;
    at?: string | null;
  },
  actorUserId: number | null,
): Promise<number> {
  const now = happenedAt(input.at);
  const name = input.nominee.name.trim();
  if (!name) throw new ProgrammeError('invalid', 'nominee_name');
  return inTransaction(db, async (tx) => {
    await requireParticipantOf(tx, input.programmeId, input.participantId, 'participant_id');
    const { id } = await tq.insertNomination(tx, {
      programme_id: input.programmeId,
      person_id: null,
      nominated_by_participant_id: input.participantId,
      motivation: input.motivation?.trim() || null,
      created_at: now,
      nominee_name: name,
      nominee_email: input.nominee.email?.trim().toLowerCase() || null,
      nominee_title: input.nominee.title?.trim() || null,
      nominee_organisation: input.nominee.organisation?.trim() || null,
    });
    // The typed details stay out of the audit log, which outlives erasure.
    await audit(tx, {
      actorUserId,
      action: 'programme.nomination.propose',
      subjectType: 'programme',
      subjectId: input.programmeId,
      details: { nominationId: id, participantId: input.participantId },
    });
    return id;
  });
}

/** The registry person an unlinked nomination will be linked to on accepting: exactly its e-mail, if any. */
export async function nomineeMatch(db: Executor, nominee: NomineeDetails | null) {
  return nominee?.email ? findPersonByExactEmail(db, nominee.email) : undefined;
}

/** The person an accepted nomination stands for: its own, the registry match, or a new one from what was typed. */
async function personToAccept(
  db: Executor,
  row: NonNullable<Awaited<ReturnType<typeof tq.findNomination>>>,
  actorUserId: number | null,
) {
  if (row.person_id != null) return { personId: row.person_id, created: false };
  const nominee: NomineeDetails = {
    name: row.nominee_name ?? '',
    email: row.nominee_email,
    title: row.nominee_title,
    organisation: row.nominee_organisation,
  };
  const match = await nomineeMatch(db, nominee);
  if (match) return { personId: match.id, created: false };
  const personId = await createPerson(
    db,
    { name: nominee.name, email: nominee.email, title: nominee.title },
    actorUserId,
  );
  return { personId, created: true };
}

/** An operator accepts or declines one of the programme's nominations; a decision is final. */
export async function decideNomination(
  db: Executor,
  programmeId: number,
  nominationId: number,
  decision: 'accepted' | 'declined',
  actorUserId: number | null,
  options: { at?: string | null } = {},
): Promise<void> {
  const now = happenedAt(options.at);
  await inTransaction(db, async (tx) => {
    const nomination = await tq.findNomination(tx, nominationId);
    if (!nomination || nomination.programme_id !== programmeId) throw new ProgrammeError('notFound');
    if (nomination.status !== 'nominated') throw new ProgrammeError('alreadyDecided');
    let personId = nomination.person_id;
    let created = false;
    if (decision === 'accepted') {
      ({ personId, created } = await personToAccept(tx, nomination, actorUserId));
      if (nomination.person_id == null) await refuseOpenNomination(tx, programmeId, personId);
    }
    const result = await tq
      .decideNominationRow(tx, nominationId, {
        status: decision,
        person_id: personId,
        decided_at: now,
        decided_by_user_id: actorUserId,
      })
      .catch(uniqueAsDuplicate);
    // The status check in the update itself stops two operators deciding the same nomination.
    if (Number(result.numUpdatedRows) === 0) throw new ProgrammeError('alreadyDecided');
    await audit(tx, {
      actorUserId,
      action: 'programme.nomination.decide',
      subjectType: 'programme',
      subjectId: programmeId,
      details: { nominationId, decision, personId, personCreated: created },
    });
  });
}
