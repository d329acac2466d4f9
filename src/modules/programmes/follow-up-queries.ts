import { sql, type Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type {
  FeedbackTable,
  OutcomeResult,
  OutcomeTable,
  PlanActivityTable,
  StepNoteTable,
  StepProgressTable,
  StepStatus,
} from './tables';

export type ProgressRow = Selectable<StepProgressTable>;
export type NoteRow = Selectable<StepNoteTable>;
export type FeedbackRow = Selectable<FeedbackTable>;
export type ActivityRow = Selectable<PlanActivityTable>;
export type OutcomeRow = Selectable<OutcomeTable>;

export function findParticipantRow(db: Executor, participantId: number) {
  return db
    .selectFrom('programme_participants')
    .select(['id', 'programme_id', 'organisation_id'])
    .where('id', '=', participantId)
    .executeTakeFirst();
}

/** The step, only if it belongs to one of the programme's phases. */
export function findStepOfProgramme(db: Executor, programmeId: number, stepId: number) {
  return db
    .selectFrom('programme_steps')
    .innerJoin('programme_phases', 'programme_phases.id', 'programme_steps.phase_id')
    .select([
      'programme_steps.id as id',
      'programme_steps.title as title',
      'programme_steps.phase_id as phaseId',
    ])
    .where('programme_steps.id', '=', stepId)
    .where('programme_phases.programme_id', '=', programmeId)
    .executeTakeFirst();
}

export function findProgress(db: Executor, participantId: number, stepId: number) {
  return db
    .selectFrom('step_progress')
    .selectAll()
    .where('participant_id', '=', participantId)
    .where('step_id', '=', stepId)
    .executeTakeFirst();
}

export function upsertProgress(
  db: Executor,
  row: { participantId: number; stepId: number; status: StepStatus; now: string; userId: number | null },
) {
  const values = { status: row.status, updated_at: row.now, updated_by_user_id: row.userId };
  return db
    .insertInto('step_progress')
    .values({ participant_id: row.participantId, step_id: row.stepId, ...values })
    .onConflict((oc) => oc.columns(['participant_id', 'step_id']).doUpdateSet(values))
    .execute();
}

export async function insertNote(
  db: Executor,
  n: {
    participantId: number;
    stepId: number;
    noteDate: string;
    body: string;
    userId: number | null;
    now: string;
  },
) {
  const row = await db
    .insertInto('step_notes')
    .values({
      participant_id: n.participantId,
      step_id: n.stepId,
      note_date: n.noteDate,
      body: n.body,
      author_user_id: n.userId,
      created_at: n.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertFeedback(
  db: Executor,
  f: {
    participantId: number;
    stepId: number;
    body: string;
    fromCentre: boolean;
    replyToId: number | null;
    userId: number | null;
    now: string;
  },
) {
  const row = await db
    .insertInto('step_feedback')
    .values({
      participant_id: f.participantId,
      step_id: f.stepId,
      author_user_id: f.userId,
      from_centre: f.fromCentre ? 1 : 0,
      body: f.body,
      reply_to_id: f.replyToId,
      created_at: f.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findFeedback(db: Executor, id: number) {
  return db.selectFrom('step_feedback').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface ActivityValues {
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  responsible: string | null;
  stakeholderGroups: string[];
  planningLink: string | null;
}

function activityColumns(a: ActivityValues) {
  return {
    title: a.title,
    starts_on: a.startsOn,
    ends_on: a.endsOn,
    responsible: a.responsible,
    stakeholder_groups: JSON.stringify(a.stakeholderGroups),
    planning_link: a.planningLink,
  };
}

export async function insertActivity(db: Executor, participantId: number, a: ActivityValues, now: string) {
  const row = await db
    .insertInto('plan_activities')
    .values({ participant_id: participantId, ...activityColumns(a), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function updateActivity(db: Executor, id: number, a: ActivityValues, now: string) {
  return db
    .updateTable('plan_activities')
    .set({ ...activityColumns(a), updated_at: now })
    .where('id', '=', id)
    .execute();
}

export function deleteActivity(db: Executor, id: number) {
  return db.deleteFrom('plan_activities').where('id', '=', id).execute();
}

export function findActivity(db: Executor, id: number) {
  return db.selectFrom('plan_activities').selectAll().where('id', '=', id).executeTakeFirst();
}

export function upsertOutcome(
  db: Executor,
  o: { participantId: number; result: OutcomeResult; reasons: string; now: string; userId: number | null },
) {
  const values = { result: o.result, reasons: o.reasons, decided_at: o.now, author_user_id: o.userId };
  return db
    .insertInto('participant_outcomes')
    .values({ participant_id: o.participantId, ...values })
    .onConflict((oc) => oc.column('participant_id').doUpdateSet(values))
    .execute();
}

export function findOutcome(db: Executor, participantId: number) {
  return db
    .selectFrom('participant_outcomes')
    .selectAll()
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
}

// The list functions below take several participants at once so a programme overview costs a
// fixed number of queries, not one per participant.

export function listProgress(db: Executor, participantIds: number[]) {
  if (participantIds.length === 0) return Promise.resolve([] as ProgressRow[]);
  return db.selectFrom('step_progress').selectAll().where('participant_id', 'in', participantIds).execute();
}

export function listNotes(db: Executor, participantIds: number[]) {
  if (participantIds.length === 0) return Promise.resolve([] as NoteRow[]);
  return db
    .selectFrom('step_notes')
    .selectAll()
    .where('participant_id', 'in', participantIds)
    .orderBy('note_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function listFeedback(db: Executor, participantIds: number[]) {
  if (participantIds.length === 0) return Promise.resolve([] as FeedbackRow[]);
  return db
    .selectFrom('step_feedback')
    .selectAll()
    .where('participant_id', 'in', participantIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function listActivities(db: Executor, participantIds: number[]) {
  if (participantIds.length === 0) return Promise.resolve([] as ActivityRow[]);
  return (
    db
      .selectFrom('plan_activities')
      .selectAll()
      .where('participant_id', 'in', participantIds)
      // Undated activities last: SQLite sorts NULL first and PostgreSQL last, so say it.
      .orderBy(sql`case when starts_on is null then 1 else 0 end`)
      .orderBy('starts_on')
      .orderBy('id')
      .execute()
  );
}

export function listOutcomes(db: Executor, participantIds: number[]) {
  if (participantIds.length === 0) return Promise.resolve([] as OutcomeRow[]);
  return db
    .selectFrom('participant_outcomes')
    .selectAll()
    .where('participant_id', 'in', participantIds)
    .execute();
}

export function findVisit(db: Executor, userId: number, programmeId: number) {
  return db
    .selectFrom('programme_visits')
    .select('visited_at')
    .where('user_id', '=', userId)
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
}

export function listVisits(db: Executor, userId: number) {
  return db.selectFrom('programme_visits').selectAll().where('user_id', '=', userId).execute();
}

export function upsertVisit(db: Executor, userId: number, programmeId: number, now: string) {
  return db
    .insertInto('programme_visits')
    .values({ user_id: userId, programme_id: programmeId, visited_at: now })
    .onConflict((oc) => oc.columns(['user_id', 'programme_id']).doUpdateSet({ visited_at: now }))
    .execute();
}

// Personal data: what a login wrote or did in the follow-up, for export and erasure.

/** Notes, feedback, outcomes and status changes by the user, and their overview visits. */
export async function listAuthoredBy(db: Executor, userId: number) {
  const [notes, feedback, outcomes, progress, visits] = await Promise.all([
    db.selectFrom('step_notes').selectAll().where('author_user_id', '=', userId).orderBy('id').execute(),
    db.selectFrom('step_feedback').selectAll().where('author_user_id', '=', userId).orderBy('id').execute(),
    db.selectFrom('participant_outcomes').selectAll().where('author_user_id', '=', userId).execute(),
    db.selectFrom('step_progress').selectAll().where('updated_by_user_id', '=', userId).execute(),
    db.selectFrom('programme_visits').selectAll().where('user_id', '=', userId).execute(),
  ]);
  return { notes, feedback, outcomes, progress, visits };
}

/** Unlinks the user from what they wrote (the texts stay, as the participant's record) and forgets their visits. */
export async function unlinkAuthor(db: Executor, userId: number) {
  await db
    .updateTable('step_notes')
    .set({ author_user_id: null })
    .where('author_user_id', '=', userId)
    .execute();
  await db
    .updateTable('step_feedback')
    .set({ author_user_id: null })
    .where('author_user_id', '=', userId)
    .execute();
  await db
    .updateTable('participant_outcomes')
    .set({ author_user_id: null })
    .where('author_user_id', '=', userId)
    .execute();
  await db
    .updateTable('step_progress')
    .set({ updated_by_user_id: null })
    .where('updated_by_user_id', '=', userId)
    .execute();
  await db.deleteFrom('programme_visits').where('user_id', '=', userId).execute();
}
