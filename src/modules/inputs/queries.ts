import type { Executor } from '../../platform/db/database';
import type { InputStatus, InputTable, SenderKind } from './tables';

export type InputRow = Awaited<ReturnType<typeof findInput>> & {};

/** An input row, or undefined. */
export function findInput(db: Executor, id: number) {
  return db.selectFrom('inputs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertInput(
  db: Executor,
  values: {
    programme_id: number;
    title: string;
    body: string;
    sender_kind: SenderKind;
    sender_user_id: number | null;
    sender_name: string | null;
    sender_email: string | null;
    show_name: number;
    locale: string;
  },
  now: string,
) {
  const row = await db
    .insertInto('inputs')
    .values({ ...values, status: 'new', status_changed_at: now, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A programme's inputs, newest first, optionally of one status. */
export function listInputsOfProgramme(
  db: Executor,
  programmeId: number,
  status: InputStatus | null,
  limit: number,
) {
  let query = db
    .selectFrom('inputs')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('id', 'desc')
    .limit(limit);
  if (status) query = query.where('status', '=', status);
  return query.execute();
}

/** How many inputs of a programme have each status. */
export function countByStatus(db: Executor, programmeId: number) {
  return db
    .selectFrom('inputs')
    .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
    .where('programme_id', '=', programmeId)
    .groupBy('status')
    .execute();
}

/** Inputs with a published answer, newest answer first; of one programme or of all. */
export function listAnswered(db: Executor, programmeId: number | null) {
  let query = db
    .selectFrom('inputs')
    .selectAll()
    .where('answer', 'is not', null)
    .orderBy('answered_at', 'desc')
    .orderBy('id', 'desc');
  if (programmeId != null) query = query.where('programme_id', '=', programmeId);
  return query.execute();
}

/** What one login has sent, newest first. */
export function listBySender(db: Executor, userId: number) {
  return db
    .selectFrom('inputs')
    .selectAll()
    .where('sender_user_id', '=', userId)
    .orderBy('id', 'desc')
    .execute();
}

export async function updateInput(
  db: Executor,
  id: number,
  values: Partial<
    Pick<
      InputTable,
      'status' | 'status_changed_at' | 'answer' | 'answered_at' | 'answered_by' | 'notified_at'
    >
  > & { internal_note?: string },
  now: string,
) {
  await db
    .updateTable('inputs')
    .set({ ...values, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function insertStatusChange(
  db: Executor,
  values: { input_id: number; from_status: InputStatus; to_status: InputStatus; changed_by: number | null },
  now: string,
) {
  await db
    .insertInto('input_status_changes')
    .values({ ...values, changed_at: now })
    .execute();
}

/** An input's status history, oldest first. */
export function listStatusChanges(db: Executor, inputId: number) {
  return db
    .selectFrom('input_status_changes')
    .selectAll()
    .where('input_id', '=', inputId)
    .orderBy('id')
    .execute();
}

/** The form key (made by the migration). */
export async function findFormKey(db: Executor) {
  const row = await db.selectFrom('input_form_key').select('secret').where('id', '=', 1).executeTakeFirst();
  return row?.secret;
}

/** Forgets who sent the inputs of a login: the texts stay with the programme, anonymous. */
export async function unlinkSender(db: Executor, userId: number, now: string) {
  await db
    .updateTable('inputs')
    .set({ sender_user_id: null, sender_name: null, sender_email: null, show_name: 0, updated_at: now })
    .where('sender_user_id', '=', userId)
    .execute();
}

/** The triage work a login did stays, without pointing at them. */
export async function unlinkTriager(db: Executor, userId: number) {
  await db.updateTable('inputs').set({ answered_by: null }).where('answered_by', '=', userId).execute();
  await db
    .updateTable('input_status_changes')
    .set({ changed_by: null })
    .where('changed_by', '=', userId)
    .execute();
}

/** Status changes a login made, for their personal-data export. */
export function listChangesBy(db: Executor, userId: number) {
  return db
    .selectFrom('input_status_changes')
    .selectAll()
    .where('changed_by', '=', userId)
    .orderBy('id')
    .execute();
}
