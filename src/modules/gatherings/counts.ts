import type { Executor } from '../../platform/db/database';
import * as q from './event-queries';

/** Places taken at an event or a session: confirmed seats and people waiting for one. */
export interface PlaceCount {
  confirmed: number;
  waitlisted: number;
}

const empty = (): PlaceCount => ({ confirmed: 0, waitlisted: 0 });

function add(count: PlaceCount, status: string, n: number | string) {
  if (status === 'confirmed') count.confirmed += Number(n);
  else if (status === 'waitlisted') count.waitlisted += Number(n);
}

/** Confirmed and waitlisted registrations of one event (pending and cancelled hold no place). */
export async function eventPlaceCounts(db: Executor, eventId: number): Promise<PlaceCount> {
  return (await eventsPlaceCounts(db, [eventId])).get(eventId) ?? empty();
}

/** eventPlaceCounts for several events in one query; every asked id is in the map. */
export async function eventsPlaceCounts(db: Executor, eventIds: number[]): Promise<Map<number, PlaceCount>> {
  const counts = new Map(eventIds.map((id) => [id, empty()]));
  for (const row of await q.registrationCounts(db, eventIds)) {
    const count = counts.get(row.event_id) ?? empty();
    add(count, row.status, row.n);
    counts.set(row.event_id, count);
  }
  return counts;
}

/** Confirmed and waitlisted sign-ups per agenda item of the event; items nobody chose are absent. */
export async function sessionPlaceCounts(db: Executor, eventId: number): Promise<Map<number, PlaceCount>> {
  const counts = new Map<number, PlaceCount>();
  for (const row of await q.signupCounts(db, { eventId })) {
    const count = counts.get(row.agenda_item_id) ?? empty();
    add(count, row.status, row.n);
    counts.set(row.agenda_item_id, count);
  }
  return counts;
}

/** The counts of one agenda item. */
export async function itemPlaceCount(db: Executor, itemId: number): Promise<PlaceCount> {
  const count = empty();
  for (const row of await q.signupCounts(db, { itemId })) add(count, row.status, row.n);
  return count;
}

/** Places left (never below zero), or null when there is no limit. */
export function placesLeft(capacity: number | null, count: PlaceCount): number | null {
  return capacity == null ? null : Math.max(0, capacity - count.confirmed);
}
