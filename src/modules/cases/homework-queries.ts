import type { Executor } from '../../platform/db/database';

export type HomeworkRow = Awaited<ReturnType<typeof findHomework>> & {};

/** A homework row, or undefined. */
export function findHomework(db: Executor, id: number) {
  return db.selectFrom('homework').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The event's homework, earliest due first. */
export function listHomeworkOfEvent(db: Executor, eventId: number) {
  return db
    .selectFrom('homework')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('due_at')
    .orderBy('id')
    .execute();
}

export async function insertHomework(
  db: Executor,
  values: { event_id: number; title: string; instructions: string; due_at: string },
  now: string,
) {
  const row = await db
    .insertInto('homework')
    .values({ ...values, reminder_sent_at: null, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Replaces a homework's texts and due time. `rearm` clears reminder_sent_at, so the reminder job
 * claims the homework again before its new due time.
 */
export async function updateHomework(
  db: Executor,
  id: number,
  values: { title: string; instructions: string; due_at: string },
  rearm: boolean,
  now: string,
) {
  await db
    .updateTable('homework')
    .set({ ...values, updated_at: now, ...(rearm ? { reminder_sent_at: null } : {}) })
    .where('id', '=', id)
    .execute();
}

/** How many hand-ins a homework has, and how many files they hold. */
export async function countHandIns(db: Executor, homeworkId: number) {
  const [handIns, files] = await Promise.all([
    db
      .selectFrom('homework_submissions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('homework_id', '=', homeworkId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('submission_files')
      .innerJoin('homework_submissions', 'homework_submissions.id', 'submission_files.submission_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('homework_submissions.homework_id', '=', homeworkId)
      .executeTakeFirstOrThrow(),
  ]);
  return { handIns: Number(handIns.n), files: Number(files.n) };
}

/** Deletes a homework's hand-ins with their files, then the homework; false when it was gone. */
export async function deleteHomework(db: Executor, homeworkId: number): Promise<boolean> {
  // Spelled out rather than left to ON DELETE CASCADE, so what a delete removes is read here and
  // not only in the migration.
  await db
    .deleteFrom('submission_files')
    .where('submission_id', 'in', (eb) =>
      eb.selectFrom('homework_submissions').select('id').where('homework_id', '=', homeworkId),
    )
    .execute();
  await db.deleteFrom('homework_submissions').where('homework_id', '=', homeworkId).execute();
  const result = await db.deleteFrom('homework').where('id', '=', homeworkId).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** The homework of these events, earliest due first. */
export function listHomeworkOfEvents(db: Executor, eventIds: number[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('homework')
    .selectAll()
    .where('event_id', 'in', eventIds)
    .orderBy('due_at')
    .orderBy('id')
    .execute();
}

/** Homework due in (from, to] whose reminders have not gone out. */
export function listHomeworkToRemind(db: Executor, from: string, to: string) {
  return db
    .selectFrom('homework')
    .selectAll()
    .where('reminder_sent_at', 'is', null)
    .where('due_at', '>', from)
    .where('due_at', '<=', to)
    .orderBy('id')
    .execute();
}

/** Marks the reminders as sent unless another instance did first; true when this call won. */
export async function claimReminder(db: Executor, homeworkId: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('homework')
    .set({ reminder_sent_at: now })
    .where('id', '=', homeworkId)
    .where('reminder_sent_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findSubmission(db: Executor, homeworkId: number, caseId: number) {
  return db
    .selectFrom('homework_submissions')
    .selectAll()
    .where('homework_id', '=', homeworkId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
}

export function findSubmissionById(db: Executor, id: number) {
  return db.selectFrom('homework_submissions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The homework's hand-ins, one per case at most. */
export function listSubmissionsOfHomework(db: Executor, homeworkId: number) {
  return db
    .selectFrom('homework_submissions')
    .selectAll()
    .where('homework_id', '=', homeworkId)
    .orderBy('id')
    .execute();
}

/** The case's hand-ins with their homework's title, due time and event, earliest due first. */
export function listSubmissionsOfCase(db: Executor, caseId: number) {
  return db
    .selectFrom('homework_submissions')
    .innerJoin('homework', 'homework.id', 'homework_submissions.homework_id')
    .selectAll('homework_submissions')
    .select(['homework.title', 'homework.due_at', 'homework.event_id'])
    .where('homework_submissions.case_id', '=', caseId)
    .orderBy('homework.due_at')
    .execute();
}

/** Hands in, or hands in again: the text is replaced, the first hand-in time kept. One row per case. */
export async function upsertSubmission(
  db: Executor,
  values: { homework_id: number; case_id: number; body: string; submitted_by: number | null },
  now: string,
) {
  const row = await db
    .insertInto('homework_submissions')
    .values({ ...values, submitted_at: now, updated_at: now })
    .onConflict((oc) =>
      oc.columns(['homework_id', 'case_id']).doUpdateSet({
        body: values.body,
        submitted_by: values.submitted_by,
        updated_at: now,
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertFile(
  db: Executor,
  values: { submission_id: number; filename: string; content_type: string; data: Buffer },
  now: string,
) {
  await db
    .insertInto('submission_files')
    .values({ ...values, size: values.data.length, created_at: now })
    .execute();
}

/** The files of these hand-ins, without their bytes. */
export function listFiles(db: Executor, submissionIds: number[]) {
  if (submissionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('submission_files')
    .select(['id', 'submission_id', 'filename', 'content_type', 'size', 'created_at'])
    .where('submission_id', 'in', submissionIds)
    .orderBy('id')
    .execute();
}

/** One file with its bytes, only if it belongs to the hand-in. */
export function findFile(db: Executor, submissionId: number, fileId: number) {
  return db
    .selectFrom('submission_files')
    .selectAll()
    .where('id', '=', fileId)
    .where('submission_id', '=', submissionId)
    .executeTakeFirst();
}

/** Hand-ins a login last handed in, for their personal-data export. */
export function listSubmissionsBy(db: Executor, userId: number) {
  return db
    .selectFrom('homework_submissions')
    .selectAll()
    .where('submitted_by', '=', userId)
    .orderBy('id')
    .execute();
}

/** Keeps the hand-ins (they belong to the case's organisation) but no longer ties them to the person. */
export async function unlinkSubmitter(db: Executor, userId: number) {
  await db
    .updateTable('homework_submissions')
    .set({ submitted_by: null })
    .where('submitted_by', '=', userId)
    .execute();
}
