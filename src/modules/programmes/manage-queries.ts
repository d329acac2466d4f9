import type { Executor } from '../../platform/db/database';
import type { ContactRole } from './tables';

// Every SQL statement of the operators' edits: renaming phases and steps, deleting them, removing
// participants, contacts and advisors, and counting the follow-up a deletion would take with it.
// No rules here: manage-service.ts decides. Deleting a phase, step or participant relies on the
// foreign keys' `on delete cascade` (migrations.ts) to take its steps and follow-up with it.

/** What follow-up is recorded: rows per kind, and how many participants they belong to. */
export interface FollowUpCount {
  participants: number;
  statuses: number;
  notes: number;
  feedback: number;
  activities: number;
  outcomes: number;
}

export const hasFollowUp = (c: FollowUpCount) =>
  c.statuses + c.notes + c.feedback + c.activities + c.outcomes > 0;

export function updatePhaseTexts(db: Executor, id: number, row: { title: string; description: string }) {
  return db.updateTable('programme_phases').set(row).where('id', '=', id).execute();
}

export function updateStepTexts(db: Executor, id: number, row: { title: string; description: string }) {
  return db.updateTable('programme_steps').set(row).where('id', '=', id).execute();
}

export function deletePhaseRow(db: Executor, id: number) {
  return db.deleteFrom('programme_phases').where('id', '=', id).execute();
}

export function deleteStepRow(db: Executor, id: number) {
  return db.deleteFrom('programme_steps').where('id', '=', id).execute();
}

export function stepIdsOfPhase(db: Executor, phaseId: number) {
  return db
    .selectFrom('programme_steps')
    .select('id')
    .where('phase_id', '=', phaseId)
    .execute()
    .then((rows) => rows.map((r) => r.id));
}

/** The follow-up every participant has recorded on these steps. */
export async function followUpOnSteps(db: Executor, stepIds: number[]): Promise<FollowUpCount> {
  if (stepIds.length === 0)
    return { participants: 0, statuses: 0, notes: 0, feedback: 0, activities: 0, outcomes: 0 };
  const [statuses, notes, feedback] = await Promise.all([
    db.selectFrom('step_progress').select('participant_id').where('step_id', 'in', stepIds).execute(),
    db.selectFrom('step_notes').select('participant_id').where('step_id', 'in', stepIds).execute(),
    db.selectFrom('step_feedback').select('participant_id').where('step_id', 'in', stepIds).execute(),
  ]);
  const participants = new Set([...statuses, ...notes, ...feedback].map((r) => r.participant_id));
  return {
    participants: participants.size,
    statuses: statuses.length,
    notes: notes.length,
    feedback: feedback.length,
    activities: 0,
    outcomes: 0,
  };
}

async function countOf(
  db: Executor,
  table: 'step_progress' | 'step_notes' | 'step_feedback' | 'plan_activities' | 'participant_outcomes',
  participantId: number,
) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The follow-up recorded for one participant. */
export async function followUpOfParticipant(db: Executor, participantId: number): Promise<FollowUpCount> {
  const [statuses, notes, feedback, activities, outcomes] = await Promise.all([
    countOf(db, 'step_progress', participantId),
    countOf(db, 'step_notes', participantId),
    countOf(db, 'step_feedback', participantId),
    countOf(db, 'plan_activities', participantId),
    countOf(db, 'participant_outcomes', participantId),
  ]);
  const any = statuses + notes + feedback + activities + outcomes > 0;
  return { participants: any ? 1 : 0, statuses, notes, feedback, activities, outcomes };
}

export function deleteParticipantRow(db: Executor, id: number) {
  return db.deleteFrom('programme_participants').where('id', '=', id).execute();
}

export function deleteContactRow(db: Executor, participantId: number, personId: number, role: ContactRole) {
  return db
    .deleteFrom('participant_contacts')
    .where('participant_id', '=', participantId)
    .where('person_id', '=', personId)
    .where('role', '=', role)
    .executeTakeFirst();
}

export function findAdvisorRow(db: Executor, id: number) {
  return db.selectFrom('programme_advisors').selectAll().where('id', '=', id).executeTakeFirst();
}

export function deleteAdvisorRow(db: Executor, id: number) {
  return db.deleteFrom('programme_advisors').where('id', '=', id).execute();
}
