import type { Executor } from '../../platform/db/database';
import type { CaseTable } from './tables';

export type CaseRow = Awaited<ReturnType<typeof findCase>> & {};
export type CaseValues = Pick<
  CaseTable,
  'title' | 'goal' | 'challenges' | 'region_role' | 'stakeholders' | 'question' | 'themes'
>;

/** A case row, or undefined. */
export function findCase(db: Executor, id: number) {
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCaseOfParticipant(db: Executor, participantId: number) {
  return db.selectFrom('cases').selectAll().where('participant_id', '=', participantId).executeTakeFirst();
}

/** Every case of a programme, oldest first. */
export function listCasesOfProgramme(db: Executor, programmeId: number) {
  return db.selectFrom('cases').selectAll().where('programme_id', '=', programmeId).orderBy('id').execute();
}

/** The cases of these participants (across programmes), oldest first. */
export function listCasesOfParticipants(db: Executor, participantIds: number[]) {
  if (participantIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cases')
    .selectAll()
    .where('participant_id', 'in', participantIds)
    .orderBy('id')
    .execute();
}

export async function insertCase(
  db: Executor,
  values: CaseValues & { programme_id: number; participant_id: number },
  now: string,
) {
  const row = await db
    .insertInto('cases')
    .values({ ...values, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateCase(db: Executor, id: number, values: CaseValues, now: string) {
  await db
    .updateTable('cases')
    .set({ ...values, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function insertLogEntry(
  db: Executor,
  values: { case_id: number; event_id: number | null; author_user_id: number | null; body: string },
  now: string,
) {
  const row = await db
    .insertInto('case_log')
    .values({ ...values, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The case log, newest first. */
export function listLog(db: Executor, caseId: number) {
  return db
    .selectFrom('case_log')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/**
 * The events at which `caseId` sat in one coaching group with any of `otherCaseIds` (optionally
 * only at `eventId`). Coaching peers read each other's cases and that event's hand-ins.
 */
export async function sharedGroupEvents(
  db: Executor,
  caseId: number,
  otherCaseIds: number[],
  eventId?: number,
): Promise<number[]> {
  if (otherCaseIds.length === 0) return [];
  let query = db
    .selectFrom('coaching_group_members as mine')
    .innerJoin('coaching_group_members as peer', 'peer.group_id', 'mine.group_id')
    .select('mine.event_id')
    .distinct()
    .where('mine.case_id', '=', caseId)
    .where('peer.case_id', 'in', otherCaseIds);
  if (eventId !== undefined) query = query.where('mine.event_id', '=', eventId);
  return (await query.execute()).map((r) => r.event_id);
}

/** The cases that sat in one coaching group with `caseId` at `eventId`. */
export async function groupPeersAt(db: Executor, caseId: number, eventId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('coaching_group_members as mine')
    .innerJoin('coaching_group_members as peer', 'peer.group_id', 'mine.group_id')
    .select('peer.case_id')
    .where('mine.case_id', '=', caseId)
    .where('mine.event_id', '=', eventId)
    .where('peer.case_id', '<>', caseId)
    .execute();
  return rows.map((r) => r.case_id);
}

/** Log entries a login wrote, for their personal-data export. */
export function listLogByAuthor(db: Executor, userId: number) {
  return db.selectFrom('case_log').selectAll().where('author_user_id', '=', userId).orderBy('id').execute();
}

/** Keeps the entries (the case belongs to its organisation) but no longer ties them to the person. */
export async function unlinkLogAuthor(db: Executor, userId: number) {
  await db
    .updateTable('case_log')
    .set({ author_user_id: null })
    .where('author_user_id', '=', userId)
    .execute();
}
