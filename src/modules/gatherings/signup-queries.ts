import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { SignupStatus } from './tables';

// SQL of session sign-up (the locks are in registration-queries.ts).

export async function countSignups(db: Executor, agendaItemId: number, status: SignupStatus) {
  const row = await db
    .selectFrom('session_signups')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agenda_item_id', '=', agendaItemId)
    .where('status', '=', status)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Live sign-ups of a registration, with their sessions' times and titles. */
export function liveSignupsOf(db: Executor, registrationId: number) {
  return db
    .selectFrom('session_signups as s')
    .innerJoin('agenda_items as a', 'a.id', 's.agenda_item_id')
    .select(['s.id', 's.agenda_item_id', 's.status', 'a.starts_at', 'a.ends_at', 'a.title'])
    .where('s.registration_id', '=', registrationId)
    .where('s.status', '<>', 'cancelled')
    .orderBy('a.starts_at')
    .execute();
}

/** Live sign-ups of many registrations (one query for a list). */
export function liveSignupsOfMany(db: Executor, registrationIds: number[]) {
  if (registrationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('session_signups')
    .select(['registration_id', 'agenda_item_id', 'status'])
    .where('registration_id', 'in', registrationIds)
    .where('status', '<>', 'cancelled')
    .orderBy('id')
    .execute();
}

export async function insertSignup(
  db: Executor,
  row: { agenda_item_id: number; registration_id: number; status: SignupStatus; created_at: string },
) {
  const r = await db
    .insertInto('session_signups')
    .values({ ...row, promoted_at: null, cancelled_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function cancelSignup(db: Executor, signupId: number, now: string) {
  await db
    .updateTable('session_signups')
    .set({ status: 'cancelled', cancelled_at: now })
    .where('id', '=', signupId)
    .execute();
}

/** The first `limit` waiting for a session, in arrival order, with whom to tell. */
export function firstWaitingForSession(db: Executor, agendaItemId: number, limit: number) {
  return db
    .selectFrom('session_signups as s')
    .innerJoin('registrations as r', 'r.id', 's.registration_id')
    .select(['s.id', 's.registration_id', 'r.name', 'r.email'])
    .where('s.agenda_item_id', '=', agendaItemId)
    .where('s.status', '=', 'waitlisted')
    .where('r.status', '=', 'confirmed')
    .orderBy('s.id')
    .limit(limit)
    .execute();
}

export async function promoteSignups(db: Executor, ids: number[], now: string) {
  if (ids.length === 0) return;
  await db
    .updateTable('session_signups')
    .set({ status: 'confirmed', promoted_at: now })
    .where('id', 'in', ids)
    .where('status', '=', 'waitlisted')
    .execute();
}

/** The event's parallel sessions with confirmed and waiting counts, in time order. */
export function sessionsWithCounts(db: Executor, eventId: number) {
  return db
    .selectFrom('agenda_items as a')
    .select([
      'a.id',
      'a.title',
      'a.description',
      'a.starts_at',
      'a.ends_at',
      'a.room',
      'a.language',
      'a.capacity',
      sql<number>`(select count(*) from session_signups s where s.agenda_item_id = a.id and s.status = 'confirmed')`.as(
        'confirmed',
      ),
      sql<number>`(select count(*) from session_signups s where s.agenda_item_id = a.id and s.status = 'waitlisted')`.as(
        'waitlisted',
      ),
    ])
    .where('a.event_id', '=', eventId)
    .where('a.kind', '=', 'session')
    .orderBy('a.starts_at')
    .orderBy('a.id')
    .execute();
}

/** 1 for the first in line for a session. */
export async function sessionWaitPosition(db: Executor, agendaItemId: number, signupId: number) {
  const row = await db
    .selectFrom('session_signups')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agenda_item_id', '=', agendaItemId)
    .where('status', '=', 'waitlisted')
    .where('id', '<', signupId)
    .executeTakeFirstOrThrow();
  return Number(row.n) + 1;
}

/** Presenters of the given agenda items, in order. */
export function speakersOf(db: Executor, agendaItemIds: number[]) {
  if (agendaItemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('agenda_speakers')
    .select(['agenda_item_id', 'name', 'organisation'])
    .where('agenda_item_id', 'in', agendaItemIds)
    .orderBy('agenda_item_id')
    .orderBy('position')
    .execute();
}
