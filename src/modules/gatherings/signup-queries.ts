import { PostgresAdapter, sql } from 'kysely';
import type { Executor } from '../../platform/db/database';
import { prepared } from '../../platform/db/prepared';
import type { SignupStatus } from './tables';

// SQL of session sign-up. The statements of a sign-up are compiled once (`prepared`): in a
// registration rush, building them cost more than running them. Locks are FOR NO KEY UPDATE on
// PostgreSQL (see registration-queries.ts); SQLite runs one transaction at a time.

/** Row locks are PostgreSQL's; built once per database, so the check is made once. */
const rowLocks = (db: Executor) => db.getExecutor().adapter instanceof PostgresAdapter;

const registrationWithEvent = (db: Executor) =>
  db
    .selectFrom('registrations as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .select([
      'r.id',
      'r.event_id',
      'r.status',
      'e.time_zone',
      'e.starts_at',
      'e.registration_closes_at',
      'e.sessions_close_at',
    ]);

/** Locks a registration (not its event) and returns it with its event's times. */
export const lockRegistrationWithEvent = prepared((db, registrationId: number) => {
  const q = registrationWithEvent(db).where('r.id', '=', registrationId);
  return rowLocks(db) ? q.forNoKeyUpdate('r') : q;
});

/** Locks a user's live registration for an event (the latest, as findLiveRegistration) with its event's times. */
export const lockLiveRegistrationOfUser = prepared((db, eventId: number, userId: number) => {
  const q = registrationWithEvent(db)
    .where('r.event_id', '=', eventId)
    .where('r.user_id', '=', userId)
    .where('r.status', '<>', 'cancelled')
    .orderBy('r.id', 'desc')
    .limit(1);
  return rowLocks(db) ? q.forNoKeyUpdate('r') : q;
});

/** Locks a session's row (its seats) and returns it; the compiled twin of lockAgendaItem. */
export const lockSession = prepared((db, agendaItemId: number) => {
  const q = db.selectFrom('agenda_items').selectAll().where('id', '=', agendaItemId);
  return rowLocks(db) ? q.forNoKeyUpdate() : q;
});

/**
 * A session's confirmed count and its first waiting sign-up's id (null when none wait), in one
 * statement. Read after the session's lock, so on PostgreSQL it sees every committed change.
 */
export async function seatCounts(db: Executor, agendaItemId: number) {
  const [row] = await seatCountsQuery(db, agendaItemId);
  return { confirmed: Number(row?.confirmed ?? 0), firstWaitingId: row?.first_waiting ?? null };
}

const seatCountsQuery = prepared((db, agendaItemId: number) =>
  db.selectNoFrom((eb) => [
    eb
      .selectFrom('session_signups')
      .select((e) => e.fn.countAll<number>().as('n'))
      .where('agenda_item_id', '=', agendaItemId)
      .where('status', '=', 'confirmed')
      .as('confirmed'),
    eb
      .selectFrom('session_signups')
      .select((e) => e.fn.min('id').as('id'))
      .where('agenda_item_id', '=', agendaItemId)
      .where('status', '=', 'waitlisted')
      .as('first_waiting'),
  ]),
);

/** Live sign-ups of a registration, with their sessions' times and titles. */
export const liveSignupsOf = prepared((db, registrationId: number) =>
  db
    .selectFrom('session_signups as s')
    .innerJoin('agenda_items as a', 'a.id', 's.agenda_item_id')
    .select(['s.id', 's.agenda_item_id', 's.status', 'a.starts_at', 'a.ends_at', 'a.title'])
    .where('s.registration_id', '=', registrationId)
    .where('s.status', '<>', 'cancelled')
    .orderBy('a.starts_at'),
);

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
  const [r] = await insertSignupQuery(
    db,
    row.agenda_item_id,
    row.registration_id,
    row.status,
    row.created_at,
  );
  return r!.id;
}

const insertSignupQuery = prepared(
  (db, agendaItemId: number, registrationId: number, status: SignupStatus, createdAt: string) =>
    db
      .insertInto('session_signups')
      .values({
        agenda_item_id: agendaItemId,
        registration_id: registrationId,
        status,
        created_at: createdAt,
        promoted_at: null,
        cancelled_at: null,
      })
      .returning('id'),
);

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
