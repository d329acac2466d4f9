import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database';
import { queueOrder } from './registration-queries';
import type { QuestionKind } from './tables';

// Registration list.

/**
 * Every registration of the event: the confirmed, then the waitlist, both in queue order (the order
 * places were decided and the waitlist is served), then the pending and the cancelled by arrival.
 */
export function listRegistrations(db: Executor, eventId: number) {
  return db
    .selectFrom('registrations')
    .select([
      'id',
      'name',
      'email',
      'organisation',
      'status',
      'created_at',
      'confirmed_at',
      'registered_by',
      'user_id',
      'queue_number',
    ])
    .where('event_id', '=', eventId)
    .orderBy(
      sql`case status when 'confirmed' then 0 when 'waitlisted' then 1 when 'pending' then 2 else 3 end`,
    )
    .orderBy(sql`case when status in ('confirmed', 'waitlisted') then ${queueOrder} else id end`)
    .orderBy('id')
    .execute();
}

/** A registration of the given event, or undefined (one of another event is not found). */
export function findRegistration(db: Executor, eventId: number, registrationId: number) {
  return db
    .selectFrom('registrations')
    .select(['id', 'name', 'status'])
    .where('id', '=', registrationId)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
}

/** The event's parallel sessions, in time order. */
export function listSessions(db: Executor, eventId: number) {
  return db
    .selectFrom('agenda_items')
    .select(['id', 'title', 'starts_at'])
    .where('event_id', '=', eventId)
    .where('kind', '=', 'session')
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}

/** Live session choices of the event's registrations. */
export function listSignups(db: Executor, eventId: number) {
  return db
    .selectFrom('session_signups as s')
    .innerJoin('agenda_items as a', 'a.id', 's.agenda_item_id')
    .select(['s.registration_id', 's.agenda_item_id', 's.status'])
    .where('a.event_id', '=', eventId)
    .where('s.status', '<>', 'cancelled')
    .orderBy('a.starts_at')
    .orderBy('s.id')
    .execute();
}

/** Every answer given at registration for the event. */
export function listAnswers(db: Executor, eventId: number) {
  return db
    .selectFrom('registration_answers as ra')
    .innerJoin('registrations as r', 'r.id', 'ra.registration_id')
    .select(['ra.registration_id', 'ra.question_id', 'ra.answer'])
    .where('r.event_id', '=', eventId)
    .execute();
}

// Questions asked at registration.

export function listQuestions(db: Executor, eventId: number) {
  return db
    .selectFrom('event_questions')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export function findQuestion(db: Executor, eventId: number, questionId: number) {
  return db
    .selectFrom('event_questions')
    .selectAll()
    .where('id', '=', questionId)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
}

export interface QuestionRow {
  kind: QuestionKind;
  label: string;
  required: number;
}

export async function insertQuestion(db: Executor, eventId: number, row: QuestionRow) {
  const last = await db
    .selectFrom('event_questions')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('event_id', '=', eventId)
    .executeTakeFirst();
  const inserted = await db
    .insertInto('event_questions')
    .values({ event_id: eventId, position: Number(last?.position ?? 0) + 1, ...row })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateQuestion(db: Executor, questionId: number, row: QuestionRow) {
  await db.updateTable('event_questions').set(row).where('id', '=', questionId).execute();
}

export async function setQuestionPosition(db: Executor, questionId: number, position: number) {
  await db.updateTable('event_questions').set({ position }).where('id', '=', questionId).execute();
}

export async function deleteQuestion(db: Executor, questionId: number) {
  await db.deleteFrom('event_questions').where('id', '=', questionId).execute();
}

// Clock work.

/** Confirmed registrations not yet reminded, for events starting after `from` and by `until`. */
export function dueReminders(db: Executor, from: string, until: string) {
  return db
    .selectFrom('registrations as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .select([
      'r.id',
      'r.name',
      'r.email',
      'e.id as event_id',
      'e.title',
      'e.starts_at',
      'e.ends_at',
      'e.time_zone',
      'e.place',
      'e.address',
      'e.video_url',
      'e.language',
    ])
    .where('r.status', '=', 'confirmed')
    .where('r.reminded_at', 'is', null)
    .where('e.starts_at', '>', from)
    .where('e.starts_at', '<=', until)
    .orderBy('r.id')
    .execute();
}

/** Claims the reminder of one registration; false when another instance already did. */
export async function claimReminder(db: Executor, registrationId: number, now: string) {
  const result = await db
    .updateTable('registrations')
    .set({ reminded_at: now })
    .where('id', '=', registrationId)
    .where('status', '=', 'confirmed')
    .where('reminded_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes the answers given for events that ended before `cutoff`; returns how many went. */
export async function deleteAnswersOfEventsEndedBefore(db: Executor, cutoff: string) {
  const result = await db
    .deleteFrom('registration_answers')
    .where('registration_id', 'in', (eb) =>
      eb
        .selectFrom('registrations as r')
        .innerJoin('events as e', 'e.id', 'r.event_id')
        .select('r.id')
        .where('e.ends_at', '<', cutoff),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
