import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../platform/db/database';
import type { Schema } from '../../platform/db/schema';

// All SQL of events, series and agendas. No rules here: event-service.ts decides.

const eventColumns = [
  'events.id',
  'events.programme_id',
  'events.series_id',
  'events.series_number',
  'events.kind',
  'events.title',
  'events.description',
  'events.starts_at',
  'events.ends_at',
  'events.time_zone',
  'events.place',
  'events.address',
  'events.video_url',
  'events.language',
  'events.capacity',
  'events.registration_opens_at',
  'events.registration_closes_at',
  'events.cancellation_closes_at',
  'events.sessions_close_at',
  'events.created_at',
  'events.updated_at',
] as const;

function eventsWithSeries(db: Executor) {
  return db
    .selectFrom('events')
    .leftJoin('event_series', 'event_series.id', 'events.series_id')
    .select([...eventColumns, 'event_series.title as series_title']);
}

/** One event with its series' title, or undefined. */
export function findEventWithSeries(db: Executor, id: number) {
  return eventsWithSeries(db).where('events.id', '=', id).executeTakeFirst();
}

/** Events of the programmes (all programmes when `programmeIds` is null), in time order. */
export function eventsOfProgrammes(db: Executor, programmeIds: number[] | null) {
  let q = eventsWithSeries(db);
  if (programmeIds) {
    if (programmeIds.length === 0) return Promise.resolve([]);
    q = q.where('events.programme_id', 'in', programmeIds);
  }
  return q.orderBy('events.starts_at').orderBy('events.id').execute();
}

/** Id and programme of every event of these programmes. */
export function eventIdsOfProgrammes(db: Executor, programmeIds: number[]) {
  if (programmeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('events')
    .select(['id', 'programme_id'])
    .where('programme_id', 'in', programmeIds)
    .orderBy('id')
    .execute();
}

export async function insertEvent(db: Executor, values: Insertable<Schema['events']>) {
  const row = await db.insertInto('events').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export function updateEventRow(db: Executor, id: number, values: Updateable<Schema['events']>) {
  return db.updateTable('events').set(values).where('id', '=', id).execute();
}

// Series

export async function insertSeries(db: Executor, values: Insertable<Schema['event_series']>) {
  const row = await db.insertInto('event_series').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export function seriesOfProgramme(db: Executor, programmeId: number) {
  return db
    .selectFrom('event_series')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('id')
    .execute();
}

export function findSeries(db: Executor, id: number) {
  return db.selectFrom('event_series').selectAll().where('id', '=', id).executeTakeFirst();
}

// Agenda

export function agendaItemsOf(db: Executor, eventId: number) {
  return db
    .selectFrom('agenda_items')
    .selectAll()
    .where('event_id', '=', eventId)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}

export function speakersOf(db: Executor, itemIds: number[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('agenda_speakers')
    .selectAll()
    .where('agenda_item_id', 'in', itemIds)
    .orderBy('agenda_item_id')
    .orderBy('position')
    .execute();
}

export async function insertAgendaItem(db: Executor, values: Insertable<Schema['agenda_items']>) {
  const row = await db.insertInto('agenda_items').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export function updateAgendaItemRow(db: Executor, id: number, values: Updateable<Schema['agenda_items']>) {
  return db.updateTable('agenda_items').set(values).where('id', '=', id).execute();
}

export function deleteAgendaItemRow(db: Executor, id: number) {
  return db.deleteFrom('agenda_items').where('id', '=', id).execute();
}

export async function replaceSpeakers(
  db: Executor,
  itemId: number,
  speakers: Omit<Insertable<Schema['agenda_speakers']>, 'agenda_item_id' | 'position'>[],
) {
  await db.deleteFrom('agenda_speakers').where('agenda_item_id', '=', itemId).execute();
  if (speakers.length === 0) return;
  await db
    .insertInto('agenda_speakers')
    .values(speakers.map((s, i) => ({ ...s, agenda_item_id: itemId, position: i + 1 })))
    .execute();
}

// Counts of places

/** Confirmed and waitlisted registrations per event, one row per event and status present. */
export function registrationCounts(db: Executor, eventIds: number[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('registrations')
    .select(['event_id', 'status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('event_id', 'in', eventIds)
    .where('status', 'in', ['confirmed', 'waitlisted'])
    .groupBy(['event_id', 'status'])
    .execute();
}

/** Confirmed and waitlisted sign-ups per agenda item of the event (or of one item). */
export function signupCounts(db: Executor, filter: { eventId: number } | { itemId: number }) {
  let q = db
    .selectFrom('session_signups')
    .innerJoin('agenda_items', 'agenda_items.id', 'session_signups.agenda_item_id')
    .select([
      'session_signups.agenda_item_id',
      'session_signups.status',
      (eb) => eb.fn.countAll<number | string>().as('n'),
    ])
    .where('session_signups.status', 'in', ['confirmed', 'waitlisted']);
  q =
    'eventId' in filter
      ? q.where('agenda_items.event_id', '=', filter.eventId)
      : q.where('agenda_items.id', '=', filter.itemId);
  return q.groupBy(['session_signups.agenda_item_id', 'session_signups.status']).execute();
}

/** Live (not cancelled) sign-ups of an agenda item, so deleting it can say how many lose a seat. */
export async function liveSignupCount(db: Executor, itemId: number): Promise<number> {
  const row = await db
    .selectFrom('session_signups')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('agenda_item_id', '=', itemId)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

// Personal data: speakers linked to a registered person.

/** The agenda items a person is linked to as a speaker, with the name and organisation printed. */
export function speakerRowsOfPerson(db: Executor, personId: number) {
  return db
    .selectFrom('agenda_speakers')
    .innerJoin('agenda_items', 'agenda_items.id', 'agenda_speakers.agenda_item_id')
    .select([
      'agenda_items.event_id',
      'agenda_items.id as agenda_item_id',
      'agenda_items.title',
      'agenda_speakers.name',
      'agenda_speakers.organisation',
    ])
    .where('agenda_speakers.person_id', '=', personId)
    .orderBy('agenda_speakers.id')
    .execute();
}

export function deleteSpeakersOfPerson(db: Executor, personId: number) {
  return db.deleteFrom('agenda_speakers').where('person_id', '=', personId).execute();
}
