import type { Executor } from '../../platform/db/database';

// Reads for the cases module's "my next steps" page (part E), which may not query these tables
// itself. No rules here: which of these rows become a step is decided in cases/next-steps-data.ts.

const eventColumns = [
  'id',
  'programme_id',
  'title',
  'starts_at',
  'ends_at',
  'time_zone',
  'registration_opens_at',
  'registration_closes_at',
  'sessions_close_at',
] as const;

/** The events with these ids (what a next step shows of them). */
export function nextStepEvents(db: Executor, eventIds: number[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('events').select(eventColumns).where('id', 'in', eventIds).execute();
}

/**
 * Events of these programmes that have not ended by `now`, in time order: the candidates whose
 * registration may be open (registration never closes after an event ends). The rule itself is
 * applied by the caller, in registration-rules.ts.
 */
export function unendedEventsOfProgrammes(db: Executor, programmeIds: number[], now: string) {
  if (programmeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('events')
    .select(eventColumns)
    .where('programme_id', 'in', programmeIds)
    .where('ends_at', '>', now)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}

/** Which of these events have parallel sessions to choose. */
export async function eventsWithSessions(db: Executor, eventIds: number[]): Promise<Set<number>> {
  if (eventIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('agenda_items')
    .select('event_id')
    .distinct()
    .where('event_id', 'in', eventIds)
    .where('kind', '=', 'session')
    .execute();
  return new Set(rows.map((r) => r.event_id));
}

/** The agenda items with these ids: title and times. */
export function nextStepAgendaItems(db: Executor, itemIds: number[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('agenda_items')
    .select(['id', 'event_id', 'title', 'starts_at', 'ends_at'])
    .where('id', 'in', itemIds)
    .execute();
}

/** Of these events, those the user has answered the retrospective of. */
export async function retrospectivesAnsweredBy(
  db: Executor,
  userId: number,
  eventIds: number[],
): Promise<Set<number>> {
  if (eventIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('retrospectives')
    .select('event_id')
    .where('user_id', '=', userId)
    .where('event_id', 'in', eventIds)
    .execute();
  return new Set(rows.map((r) => r.event_id));
}
