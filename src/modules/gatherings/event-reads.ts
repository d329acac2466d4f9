import type { Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import { parseLocalized } from '../../platform/i18n/index';
import { visibleProgrammeIds } from '../programmes/index';
import type { AgendaItem, EventSeries, EventWithAgenda, GatheringEvent, Speaker } from './event-model';
import * as q from './event-queries';
import type { AgendaItemTable } from './tables';

type EventRow = Awaited<ReturnType<typeof q.eventsOfProgrammes>>[number];

function toEvent(row: EventRow): GatheringEvent {
  return {
    id: row.id,
    programmeId: row.programme_id,
    seriesId: row.series_id,
    seriesNumber: row.series_number,
    seriesTitle: row.series_title == null ? null : parseLocalized(row.series_title),
    kind: row.kind,
    title: parseLocalized(row.title),
    description: parseLocalized(row.description),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: row.time_zone,
    place: row.place,
    address: row.address,
    videoUrl: row.video_url,
    language: row.language,
    capacity: row.capacity,
    registrationOpensAt: row.registration_opens_at,
    registrationClosesAt: row.registration_closes_at,
    cancellationClosesAt: row.cancellation_closes_at,
    sessionsCloseAt: row.sessions_close_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toItem(row: Omit<AgendaItemTable, 'id'> & { id: number }, speakers: Speaker[]): AgendaItem {
  return {
    id: row.id,
    eventId: row.event_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    kind: row.kind,
    title: parseLocalized(row.title),
    description: parseLocalized(row.description),
    room: row.room,
    track: row.track,
    language: row.language,
    capacity: row.capacity,
    speakers,
  };
}

/** Every event of every programme (part S: for a search reindex). */
export async function listAllEventsForSearch(db: Executor): Promise<GatheringEvent[]> {
  return (await q.eventsOfProgrammes(db, null)).map(toEvent);
}

/** One event without its agenda, or undefined. */
export async function getEventOnly(db: Executor, eventId: number): Promise<GatheringEvent | undefined> {
  const row = await q.findEventWithSeries(db, eventId);
  return row ? toEvent(row) : undefined;
}

/** The agenda of an event in time order, each item with its speakers. */
export async function getAgenda(db: Executor, eventId: number): Promise<AgendaItem[]> {
  const rows = await q.agendaItemsOf(db, eventId);
  const speakers = await q.speakersOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    toItem(
      row,
      speakers
        .filter((s) => s.agenda_item_id === row.id)
        .map((s) => ({ id: s.id, personId: s.person_id, name: s.name, organisation: s.organisation })),
    ),
  );
}

/** An event with its agenda and speakers, or undefined. */
export async function getEvent(db: Executor, eventId: number): Promise<EventWithAgenda | undefined> {
  const event = await getEventOnly(db, eventId);
  return event ? { ...event, agenda: await getAgenda(db, eventId) } : undefined;
}

/** One agenda item of the event with its speakers, or undefined (an item of another event too). */
export async function getAgendaItem(db: Executor, eventId: number, itemId: number) {
  return (await getAgenda(db, eventId)).find((i) => i.id === itemId);
}

/** The programme's events in time order. */
export async function listProgrammeEvents(db: Executor, programmeId: number): Promise<GatheringEvent[]> {
  return (await q.eventsOfProgrammes(db, [programmeId])).map(toEvent);
}

/**
 * Which events belong to these programmes: for modules that keep rows per event (homework) and
 * must not read the events table themselves.
 */
export async function eventsOfProgrammes(
  db: Executor,
  programmeIds: number[],
): Promise<{ id: number; programmeId: number }[]> {
  const rows = await q.eventIdsOfProgrammes(db, programmeIds);
  return rows.map((r) => ({ id: r.id, programmeId: r.programme_id }));
}

/** Every event of every programme the user may see (public ones for anyone), in time order. */
export async function listVisibleEvents(db: Executor, user: RequestUser | null): Promise<GatheringEvent[]> {
  return (await q.eventsOfProgrammes(db, await visibleProgrammeIds(db, user))).map(toEvent);
}

/** The programme's series, oldest first. */
export async function listSeries(db: Executor, programmeId: number): Promise<EventSeries[]> {
  return (await q.seriesOfProgramme(db, programmeId)).map((s) => ({
    id: s.id,
    programmeId: s.programme_id,
    title: parseLocalized(s.title),
  }));
}
