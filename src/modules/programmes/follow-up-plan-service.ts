import { inTransaction, type Executor } from '../../platform/db/database';
import * as fq from './follow-up-queries';
import { clean, followUpAudit, optionalDate, requireParticipant, requireText } from './follow-up-service';
import { happenedAt, ProgrammeError } from './model';
import { outcomeResults, type OutcomeResult } from './tables';

// The groups seed 000 asks city regions to involve (business, education, public bodies, county,
// voluntary organisations), plus residents and young people from the Guidance Pilot's processes.
export const stakeholderGroups = [
  'business',
  'education',
  'public',
  'county',
  'voluntary',
  'residents',
  'youth',
] as const;
export type StakeholderGroup = (typeof stakeholderGroups)[number];

export interface PlanActivityInput {
  title: string;
  startsOn?: string | null;
  endsOn?: string | null;
  responsible?: string | null;
  /** From `stakeholderGroups`; anything else is refused. */
  stakeholderGroups: string[];
  planningLink?: string | null;
  /** When it was written into the plan (ISO timestamp); now when absent. Only the demo loader sets it. */
  at?: string | null;
}

export interface OutcomeInput {
  result: OutcomeResult;
  reasons: string;
  /** When it was decided (ISO timestamp); now when absent. Only the demo loader sets it. */
  at?: string | null;
}

function activityValues(input: PlanActivityInput): fq.ActivityValues {
  const startsOn = optionalDate(input.startsOn, 'startsOn');
  const endsOn = optionalDate(input.endsOn, 'endsOn');
  if (startsOn && endsOn && endsOn < startsOn) throw new ProgrammeError('invalid', 'endsOn');
  const responsible = clean(input.responsible);
  const planningLink = clean(input.planningLink);
  if ((responsible?.length ?? 0) > 200) throw new ProgrammeError('invalid', 'responsible');
  if ((planningLink?.length ?? 0) > 500) throw new ProgrammeError('invalid', 'planningLink');
  const groups = [...new Set(input.stakeholderGroups.map((g) => g.trim()))];
  if (groups.some((g) => !(stakeholderGroups as readonly string[]).includes(g)))
    throw new ProgrammeError('invalid', 'stakeholderGroups');
  return {
    title: requireText(input.title, 'title', 200),
    startsOn,
    endsOn,
    responsible,
    stakeholderGroups: groups,
    planningLink,
  };
}

/** Adds an activity to the participant's process plan. */
export async function addPlanActivity(
  db: Executor,
  participantId: number,
  input: PlanActivityInput,
  actorUserId: number | null,
): Promise<number> {
  const values = activityValues(input);
  const now = happenedAt(input.at);
  return inTransaction(db, async (tx) => {
    await requireParticipant(tx, participantId);
    const id = await fq.insertActivity(tx, participantId, values, now);
    await followUpAudit(tx, actorUserId, 'programme.plan.add', participantId, { activityId: id });
    return id;
  });
}

async function requireActivity(db: Executor, participantId: number, activityId: number) {
  const activity = await fq.findActivity(db, activityId);
  if (!activity || activity.participant_id !== participantId)
    throw new ProgrammeError('notFound', 'activityId');
  return activity;
}

/** Replaces an activity of the participant's process plan. */
export async function updatePlanActivity(
  db: Executor,
  participantId: number,
  activityId: number,
  input: PlanActivityInput,
  actorUserId: number | null,
): Promise<void> {
  const values = activityValues(input);
  const now = happenedAt(input.at);
  await inTransaction(db, async (tx) => {
    await requireActivity(tx, participantId, activityId);
    await fq.updateActivity(tx, activityId, values, now);
    await followUpAudit(tx, actorUserId, 'programme.plan.update', participantId, { activityId });
  });
}

/** Removes an activity from the participant's process plan. */
export async function deletePlanActivity(
  db: Executor,
  participantId: number,
  activityId: number,
  actorUserId: number | null,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const activity = await requireActivity(tx, participantId, activityId);
    await fq.deleteActivity(tx, activityId);
    await followUpAudit(tx, actorUserId, 'programme.plan.delete', participantId, {
      activityId,
      title: activity.title,
    });
  });
}

/** Records whether the participant reached the desired result, partly or not, and why. */
export async function setOutcome(
  db: Executor,
  participantId: number,
  input: OutcomeInput,
  actorUserId: number | null,
): Promise<void> {
  if (!(outcomeResults as readonly string[]).includes(input.result))
    throw new ProgrammeError('invalid', 'result');
  const reasons = requireText(input.reasons, 'reasons');
  const now = happenedAt(input.at);
  await inTransaction(db, async (tx) => {
    await requireParticipant(tx, participantId);
    await fq.upsertOutcome(tx, {
      participantId,
      result: input.result,
      reasons,
      now,
      userId: actorUserId,
    });
    await followUpAudit(tx, actorUserId, 'programme.outcome.set', participantId, { result: input.result });
  });
}
