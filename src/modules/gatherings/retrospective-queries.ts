import type { Executor } from '../../platform/db/database';

/** The user's own answer for the event, or undefined. */
export function findOwn(db: Executor, eventId: number, userId: number) {
  return db
    .selectFrom('retrospectives')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/** Saves the user's answer: one per user and event (a unique index), so a second save edits it. */
export async function upsert(
  db: Executor,
  row: { eventId: number; userId: number; takeWith: string; hearMore: string; now: string },
) {
  await db
    .insertInto('retrospectives')
    .values({
      event_id: row.eventId,
      user_id: row.userId,
      take_with: row.takeWith,
      hear_more: row.hearMore,
      created_at: row.now,
    })
    .onConflict((oc) =>
      oc.columns(['event_id', 'user_id']).doUpdateSet({ take_with: row.takeWith, hear_more: row.hearMore }),
    )
    .execute();
}

/** Every answer to the events, oldest first; without who wrote them (the pages do not show it). */
export function listOfEvents(db: Executor, eventIds: number[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('retrospectives')
    .select(['id', 'event_id', 'take_with', 'hear_more', 'created_at'])
    .where('event_id', 'in', eventIds)
    .orderBy('event_id')
    .orderBy('id')
    .execute();
}

/** Whether the user holds a confirmed place at the event. */
export async function hasConfirmedPlace(db: Executor, eventId: number, userId: number) {
  const row = await db
    .selectFrom('registrations')
    .select('id')
    .where('event_id', '=', eventId)
    .where('user_id', '=', userId)
    .where('status', '=', 'confirmed')
    .executeTakeFirst();
  return row !== undefined;
}

export function findSeries(db: Executor, seriesId: number) {
  return db.selectFrom('event_series').selectAll().where('id', '=', seriesId).executeTakeFirst();
}

/** The series' events in their numbered order. */
export function eventsOfSeries(db: Executor, seriesId: number) {
  return db
    .selectFrom('events')
    .select(['id', 'title', 'series_number', 'starts_at', 'time_zone', 'programme_id'])
    .where('series_id', '=', seriesId)
    .orderBy('series_number')
    .orderBy('starts_at')
    .execute();
}

/** Everything a user answered (personal-data export). */
export function listByUser(db: Executor, userId: number) {
  return db
    .selectFrom('retrospectives')
    .select(['event_id', 'take_with', 'hear_more', 'created_at'])
    .where('user_id', '=', userId)
    .orderBy('id')
    .execute();
}

/** Keeps the answers but no longer ties them to the user (erasure). */
export async function unlinkUser(db: Executor, userId: number) {
  await db.updateTable('retrospectives').set({ user_id: null }).where('user_id', '=', userId).execute();
}
