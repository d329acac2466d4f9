import { audit } from '../../platform/audit/audit';
import { inTransaction, type Executor } from '../../platform/db/database';
import type { LocalizedText } from '../../platform/i18n/index';
import * as mq from './manage-queries';
import { cleanLocalized, hasText, parseLocalized, ProgrammeError, type TextInput } from './model';
import * as q from './queries';
import type { ContactRole } from './tables';
import * as tq from './team-queries';

// The operators' corrections to a programme: rename or delete a phase or step, remove a
// participant, a contact or an advisor. Each is one transaction with its audit entry, and each
// checks that what it changes belongs to the programme given (not only the route).
//
// Deleting a phase, a step or a participant also deletes the follow-up recorded on it (statuses,
// notes, feedback, plan, outcome). That is refused with `hasFollowUp` unless the caller passes
// `withFollowUp: true`, so the loss is always a deliberate choice (the confirm page's tick box).

export type { FollowUpCount } from './manage-queries';

export interface DeleteOptions {
  /** Delete the recorded follow-up too; without it, a deletion that would lose follow-up is refused. */
  withFollowUp?: boolean;
}

const json = (text: LocalizedText | undefined) => JSON.stringify(cleanLocalized(text));

function texts(input: TextInput) {
  if (!hasText(cleanLocalized(input.title))) throw new ProgrammeError('invalid', 'title');
  return { title: json(input.title), description: json(input.description) };
}

const record = (
  db: Executor,
  actorUserId: number | null,
  action: string,
  programmeId: number,
  details: Record<string, unknown>,
) => audit(db, { actorUserId, action, subjectType: 'programme', subjectId: programmeId, details });

/** Changes a phase's title and description; its steps and their follow-up stay. */
export async function renamePhase(
  db: Executor,
  programmeId: number,
  phaseId: number,
  input: TextInput,
  actorUserId: number | null,
): Promise<void> {
  const values = texts(input);
  await inTransaction(db, async (tx) => {
    const phase = await q.findPhase(tx, phaseId);
    if (phase?.programme_id !== programmeId) throw new ProgrammeError('notFound');
    await mq.updatePhaseTexts(tx, phaseId, values);
    await record(tx, actorUserId, 'programme.phase.rename', phase.programme_id, {
      phaseId,
      from: parseLocalized(phase.title),
      to: parseLocalized(values.title),
    });
  });
}

/** Changes a step's title and description; the follow-up recorded on it stays. */
export async function renameStep(
  db: Executor,
  programmeId: number,
  stepId: number,
  input: TextInput,
  actorUserId: number | null,
): Promise<void> {
  const values = texts(input);
  await inTransaction(db, async (tx) => {
    const step = await q.findStep(tx, stepId);
    if (step?.programme_id !== programmeId) throw new ProgrammeError('notFound');
    await mq.updateStepTexts(tx, stepId, values);
    await record(tx, actorUserId, 'programme.step.rename', step.programme_id, {
      stepId,
      from: parseLocalized(step.title),
      to: parseLocalized(values.title),
    });
  });
}

/** The follow-up recorded on the phase's steps; undefined when there is no such phase. */
export async function phaseFollowUp(db: Executor, phaseId: number) {
  if (!(await q.findPhase(db, phaseId))) return undefined;
  return mq.followUpOnSteps(db, await mq.stepIdsOfPhase(db, phaseId));
}

/** The follow-up recorded on the step; undefined when there is no such step. */
export async function stepFollowUp(db: Executor, stepId: number) {
  if (!(await q.findStep(db, stepId))) return undefined;
  return mq.followUpOnSteps(db, [stepId]);
}

/** The follow-up recorded for the participant; undefined when there is no such participant. */
export async function participantFollowUp(db: Executor, participantId: number) {
  if (!(await tq.findParticipant(db, participantId))) return undefined;
  return mq.followUpOfParticipant(db, participantId);
}

function refuseLoss(count: mq.FollowUpCount, options: DeleteOptions) {
  if (mq.hasFollowUp(count) && !options.withFollowUp) throw new ProgrammeError('hasFollowUp', 'confirm');
}

/** Deletes a phase with its steps, and the phases after it move up one place. */
export async function deletePhase(
  db: Executor,
  programmeId: number,
  phaseId: number,
  actorUserId: number | null,
  options: DeleteOptions = {},
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const phase = await q.findPhase(tx, phaseId);
    if (phase?.programme_id !== programmeId) throw new ProgrammeError('notFound');
    const stepIds = await mq.stepIdsOfPhase(tx, phaseId);
    const lost = await mq.followUpOnSteps(tx, stepIds);
    refuseLoss(lost, options);
    await mq.deletePhaseRow(tx, phaseId);
    const rest = await q.listPhaseRows(tx, phase.programme_id);
    for (const [index, row] of rest.entries()) await q.setPhasePosition(tx, row.id, index + 1);
    await record(tx, actorUserId, 'programme.phase.delete', phase.programme_id, {
      phaseId,
      title: parseLocalized(phase.title),
      stepIds,
      followUpDeleted: lost,
    });
  });
}

/** Deletes a step, and the steps after it in its phase move up one place. */
export async function deleteStep(
  db: Executor,
  programmeId: number,
  stepId: number,
  actorUserId: number | null,
  options: DeleteOptions = {},
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const step = await q.findStep(tx, stepId);
    if (step?.programme_id !== programmeId) throw new ProgrammeError('notFound');
    const lost = await mq.followUpOnSteps(tx, [stepId]);
    refuseLoss(lost, options);
    await mq.deleteStepRow(tx, stepId);
    const rest = await q.listStepRowsOfPhase(tx, step.phase_id);
    for (const [index, row] of rest.entries()) await q.setStepPosition(tx, row.id, index + 1);
    await record(tx, actorUserId, 'programme.step.delete', step.programme_id, {
      stepId,
      phaseId: step.phase_id,
      title: parseLocalized(step.title),
      followUpDeleted: lost,
    });
  });
}

/**
 * Takes a participant out of the programme with its contacts and the advisors assigned to it.
 * Its nominations to the reference group stay, without the nominating participant.
 */
export async function removeParticipant(
  db: Executor,
  programmeId: number,
  participantId: number,
  actorUserId: number | null,
  options: DeleteOptions = {},
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const participant = await tq.findParticipant(tx, participantId);
    if (participant?.programme_id !== programmeId) throw new ProgrammeError('notFound');
    const lost = await mq.followUpOfParticipant(tx, participantId);
    refuseLoss(lost, options);
    await mq.deleteParticipantRow(tx, participantId);
    await record(tx, actorUserId, 'programme.participant.remove', participant.programme_id, {
      participantId,
      organisationId: participant.organisation_id,
      followUpDeleted: lost,
    });
  });
}

/** Takes a person's role as the participant's contact away; their other roles stay. */
export async function removeContact(
  db: Executor,
  programmeId: number,
  participantId: number,
  personId: number,
  role: ContactRole,
  actorUserId: number | null,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const participant = await tq.findParticipant(tx, participantId);
    if (participant?.programme_id !== programmeId) throw new ProgrammeError('notFound');
    const result = await mq.deleteContactRow(tx, participantId, personId, role);
    if (Number(result.numDeletedRows) === 0) throw new ProgrammeError('notFound');
    await record(tx, actorUserId, 'programme.contact.remove', participant.programme_id, {
      participantId,
      personId,
      role,
    });
  });
}

/** Takes a person off the advisor team (one assignment: the whole programme or one participant). */
export async function removeAdvisor(
  db: Executor,
  programmeId: number,
  advisorId: number,
  actorUserId: number | null,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const advisor = await mq.findAdvisorRow(tx, advisorId);
    if (advisor?.programme_id !== programmeId) throw new ProgrammeError('notFound');
    await mq.deleteAdvisorRow(tx, advisorId);
    await record(tx, actorUserId, 'programme.advisor.remove', advisor.programme_id, {
      advisorId,
      personId: advisor.person_id,
      participantId: advisor.participant_id,
    });
  });
}
