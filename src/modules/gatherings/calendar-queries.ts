import type { Executor } from '../../platform/db/database';

/** Registrations that hold a place or a place in line: they belong in a person's calendar. */
const livePlace = ['confirmed', 'waitlisted'] as const;

/** The events a user holds a place for (or waits for), with the registration's status. */
export function registeredEvents(db: Executor, userId: number, eventIds?: number[]) {
  let q = db
    .selectFrom('registrations as r')
    .innerJoin('events as e', 'e.id', 'r.event_id')
    .selectAll('e')
    .select(['r.status as registration_status'])
    .where('r.user_id', '=', userId)
    .where('r.status', 'in', livePlace);
  if (eventIds) q = q.where('e.id', 'in', eventIds.length ? eventIds : [0]);
  return q.orderBy('e.starts_at').execute();
}

/** The parallel sessions a user chose at those events (seat or waitlist), with the signup's status. */
export function chosenSessions(db: Executor, userId: number, eventIds: number[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('session_signups as s')
    .innerJoin('registrations as r', 'r.id', 's.registration_id')
    .innerJoin('agenda_items as a', 'a.id', 's.agenda_item_id')
    .selectAll('a')
    .select(['s.status as signup_status'])
    .where('r.user_id', '=', userId)
    .where('r.status', 'in', livePlace)
    .where('r.event_id', 'in', eventIds)
    .where('s.status', '<>', 'cancelled')
    .orderBy('a.starts_at')
    .execute();
}

/** The user whose feed has this token hash, or undefined. */
export function findFeedByHash(db: Executor, tokenHash: string) {
  return db.selectFrom('calendar_feeds').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export function findFeedOfUser(db: Executor, userId: number) {
  return db.selectFrom('calendar_feeds').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Creates the user's feed or replaces its token (the old URL stops working). */
export async function saveFeed(db: Executor, userId: number, tokenHash: string, now: string) {
  await db
    .insertInto('calendar_feeds')
    .values({ user_id: userId, token_hash: tokenHash, created_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ token_hash: tokenHash, created_at: now }))
    .execute();
}

export async function deleteFeedOfUser(db: Executor, userId: number) {
  await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
}
