import { PostgresAdapter, sql } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { RegistrationStatus } from './tables';

// All SQL of registration and session sign-up. The locking helpers are what keep capacity exact:
// every decision about places is made after locking the event (or session) row.

/**
 * True on PostgreSQL, where row locks are needed; SQLite runs one transaction at a time anyway (and
 * does not parse FOR UPDATE). The locks are FOR NO KEY UPDATE: they serialise our lockers like FOR
 * UPDATE does, but do not hold up inserts elsewhere that merely reference the locked row.
 */
function isPostgres(db: Executor): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * Locks the event row until the transaction ends and returns it (PostgreSQL; SQLite is serial):
 * the one event lock, taken by every change that decides or changes places (registering,
 * cancelling, confirming, an edit of the capacity). It writes nothing, unlike a no-op UPDATE.
 */
export function lockEvent(db: Executor, eventId: number) {
  const q = db.selectFrom('events').selectAll().where('id', '=', eventId);
  return (isPostgres(db) ? q.forNoKeyUpdate() : q).executeTakeFirst();
}

/** Locks one registration row (serialises one person's sign-ups, so a clash check cannot race). */
export function lockRegistration(db: Executor, registrationId: number) {
  const q = db.selectFrom('registrations').selectAll().where('id', '=', registrationId);
  return (isPostgres(db) ? q.forNoKeyUpdate() : q).executeTakeFirst();
}

/** Locks an agenda item row and returns it. */
export function lockAgendaItem(db: Executor, agendaItemId: number) {
  const q = db.selectFrom('agenda_items').selectAll().where('id', '=', agendaItemId);
  return (isPostgres(db) ? q.forNoKeyUpdate() : q).executeTakeFirst();
}

export function findRegistration(db: Executor, registrationId: number) {
  return db.selectFrom('registrations').selectAll().where('id', '=', registrationId).executeTakeFirst();
}

export function findRegistrationByToken(db: Executor, tokenHash: string) {
  return db
    .selectFrom('registrations')
    .selectAll()
    .where('confirm_token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** The live (not cancelled) registration of an e-mail address or a user for an event. */
export function findLiveRegistration(
  db: Executor,
  eventId: number,
  who: { userId?: number; emailKey?: string },
) {
  let q = db
    .selectFrom('registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('status', '<>', 'cancelled');
  if (who.userId !== undefined) q = q.where('user_id', '=', who.userId);
  if (who.emailKey !== undefined) q = q.where('email_key', '=', who.emailKey);
  return q.orderBy('id', 'desc').executeTakeFirst();
}

export async function countRegistrations(db: Executor, eventId: number, status: RegistrationStatus) {
  const row = await db
    .selectFrom('registrations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', eventId)
    .where('status', '=', status)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The next number in the event's queue: arrival order, decided under the event lock. */
export async function nextQueueNumber(db: Executor, eventId: number) {
  const row = await db
    .selectFrom('registrations')
    .select((eb) => eb.fn.max('queue_number').as('n'))
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

export interface NewRegistration {
  event_id: number;
  person_id: number | null;
  user_id: number | null;
  name: string;
  email: string;
  email_key: string;
  organisation: string;
  status: RegistrationStatus;
  confirm_token_hash: string | null;
  registered_by: number | null;
  created_at: string;
  confirmed_at: string | null;
  queue_number: number | null;
}

export async function insertRegistration(db: Executor, row: NewRegistration) {
  const r = await db.insertInto('registrations').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateRegistration(
  db: Executor,
  id: number,
  set: Partial<{
    status: RegistrationStatus;
    confirm_token_hash: string | null;
    confirmed_at: string | null;
    promoted_at: string | null;
    cancelled_at: string | null;
    queue_number: number | null;
  }>,
) {
  await db.updateTable('registrations').set(set).where('id', '=', id).execute();
}

/**
 * The one order of an event's line: the queue number (given under the event lock when a place was
 * decided), then the id. Every confirmed or waitlisted registration has a queue number; the
 * coalesce only makes a row written without one sort the same on both databases (SQLite puts
 * NULL first, PostgreSQL last). The admin list, its exports, promotions and positions all use it.
 */
export const queueOrder = sql<number>`coalesce(queue_number, id)`;

/** The first `limit` on the event's waitlist, in queue order: who is promoted next. */
export function firstWaiting(db: Executor, eventId: number, limit: number) {
  return db
    .selectFrom('registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('status', '=', 'waitlisted')
    .orderBy(queueOrder)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The registration's place on its event's waitlist (1 = next in line), or null when it is not waiting. */
export async function waitlistPosition(db: Executor, registrationId: number): Promise<number | null> {
  const me = await db
    .selectFrom('registrations')
    .select(['id', 'event_id', 'status', queueOrder.as('queue_key')])
    .where('id', '=', registrationId)
    .executeTakeFirst();
  if (!me || me.status !== 'waitlisted') return null;
  const key = Number(me.queue_key);
  const row = await db
    .selectFrom('registrations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', me.event_id)
    .where('status', '=', 'waitlisted')
    .where((eb) =>
      eb.or([eb(queueOrder, '<', key), eb.and([eb(queueOrder, '=', key), eb('id', '<', me.id)])]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n) + 1;
}

export function eventQuestions(db: Executor, eventId: number) {
  return db
    .selectFrom('event_questions')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function insertAnswers(
  db: Executor,
  registrationId: number,
  answers: { questionId: number; answer: string }[],
) {
  if (answers.length === 0) return;
  await db
    .insertInto('registration_answers')
    .values(
      answers.map((a) => ({ registration_id: registrationId, question_id: a.questionId, answer: a.answer })),
    )
    .execute();
}

export function registrationsOfUserRows(db: Executor, userId: number) {
  return db
    .selectFrom('registrations')
    .select(['id', 'event_id', 'status', 'queue_number'])
    .where('user_id', '=', userId)
    .where('status', '<>', 'cancelled')
    .orderBy('id')
    .execute();
}

export function findEventRow(db: Executor, eventId: number) {
  return db.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirst();
}

/** The registrations a person made (by login or by network person), for export and erasure. */
export async function registrationsOfPerson(
  db: Executor,
  who: { userId: number | null; personId: number | null },
) {
  if (who.userId === null && who.personId === null) return [];
  return db
    .selectFrom('registrations as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .select([
      'r.id',
      'r.event_id',
      'e.title as event_title',
      'r.name',
      'r.email',
      'r.organisation',
      'r.status',
      'r.created_at',
      'r.confirmed_at',
      'r.cancelled_at',
    ])
    .where((eb) =>
      eb.or([
        ...(who.userId !== null ? [eb('r.user_id', '=', who.userId)] : []),
        ...(who.personId !== null ? [eb('r.person_id', '=', who.personId)] : []),
      ]),
    )
    .orderBy('r.id')
    .execute();
}

export function answersOf(db: Executor, registrationIds: number[]) {
  if (registrationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('registration_answers')
    .select(['registration_id', 'question_id', 'answer'])
    .where('registration_id', 'in', registrationIds)
    .execute();
}

/** Removes what identifies the people of these registrations; statuses (the counts) stay. */
export async function anonymiseRegistrations(db: Executor, ids: number[]) {
  if (ids.length === 0) return;
  await db.deleteFrom('registration_answers').where('registration_id', 'in', ids).execute();
  for (const id of ids) {
    await db
      .updateTable('registrations')
      .set({
        name: '',
        email: '',
        email_key: `erased:${id}`,
        organisation: '',
        user_id: null,
        person_id: null,
        confirm_token_hash: null,
      })
      .where('id', '=', id)
      .execute();
  }
}
