import { audit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import { inTransaction, type Executor } from '../../platform/db/database';
import type { LocalizedText } from '../../platform/i18n/index';
import { isTimeZone } from '../../platform/time';
import { getProgramme } from '../programmes/index';
import { eventPlaceCounts } from './counts';
import { EventError, type EventInput, type EventUpdate } from './event-model';
import * as q from './event-queries';
import { lockEvent } from './registration-queries';
import { eventKinds, eventLanguages, type EventKind, type EventLanguage } from './tables';
import { checkCapacity, checkUrl, cleanText, localToUtc, oneOf, optionalUtc, textJson } from './event-rules';
import { raisedEventCapacity } from './event-waitlist';
import { indexEvent } from './event-search-document';

/** The event's columns from the input, or the first broken rule as an EventError. */
async function eventValues(db: Executor, programmeId: number, input: EventUpdate) {
  const title = cleanText(input.title);
  if (Object.keys(title).length === 0) throw new EventError('required', 'title');
  if (!isTimeZone(input.timeZone)) throw new EventError('timeZone', 'time_zone');
  const tz = input.timeZone;
  const startsAt = localToUtc(input.startsAt, tz, 'starts_at');
  const endsAt = localToUtc(input.endsAt, tz, 'ends_at');
  if (endsAt < startsAt) throw new EventError('dateOrder', 'ends_at');
  const opens = optionalUtc(input.registrationOpensAt, tz, 'registration_opens_at');
  const closes = optionalUtc(input.registrationClosesAt, tz, 'registration_closes_at');
  if (opens && closes && closes < opens) throw new EventError('deadlineOrder', 'registration_closes_at');
  // Registration may close before the start ("påmelding 16. april" for 20 May) or during a long
  // event, but not after it has ended; everything else about taking part is settled by the start.
  if (opens && opens > startsAt) throw new EventError('opensAfterStart', 'registration_opens_at');
  if (closes && closes > endsAt) throw new EventError('closesAfterEnd', 'registration_closes_at');
  const cancellationClosesAt = optionalUtc(input.cancellationClosesAt, tz, 'cancellation_closes_at');
  if (cancellationClosesAt && cancellationClosesAt > startsAt)
    throw new EventError('cancellationAfterStart', 'cancellation_closes_at');
  const sessionsCloseAt = optionalUtc(input.sessionsCloseAt, tz, 'sessions_close_at');
  if (sessionsCloseAt && sessionsCloseAt > startsAt)
    throw new EventError('sessionsAfterStart', 'sessions_close_at');
  let seriesNumber: number | null = null;
  if (input.seriesId != null) {
    const series = await q.findSeries(db, input.seriesId);
    if (series?.programme_id !== programmeId) throw new EventError('series', 'series_id');
    seriesNumber = input.seriesNumber ?? null;
    if (seriesNumber != null && (!Number.isInteger(seriesNumber) || seriesNumber < 1 || seriesNumber > 999))
      throw new EventError('invalid', 'series_number');
  }
  return {
    series_id: input.seriesId ?? null,
    series_number: seriesNumber,
    kind: oneOf<EventKind>(eventKinds, input.kind, 'kind'),
    title: JSON.stringify(title),
    description: textJson(input.description),
    starts_at: startsAt,
    ends_at: endsAt,
    time_zone: tz,
    place: input.place?.trim() ?? '',
    address: input.address?.trim() ?? '',
    video_url: checkUrl(input.videoUrl),
    language: oneOf<EventLanguage>(eventLanguages, input.language, 'language'),
    capacity: checkCapacity(input.capacity, 'capacity'),
    registration_opens_at: opens,
    registration_closes_at: closes,
    cancellation_closes_at: cancellationClosesAt,
    sessions_close_at: sessionsCloseAt,
  };
}

/** Starts a numbered series of events (WS1…WS4) in a programme. */
export async function createSeries(
  db: Executor,
  input: { programmeId: number; title: LocalizedText },
  actorUserId: number | null,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    if (!(await getProgramme(tx, input.programmeId))) throw new EventError('notFound');
    const title = cleanText(input.title);
    if (Object.keys(title).length === 0) throw new EventError('required', 'series_title');
    const id = await q.insertSeries(tx, {
      programme_id: input.programmeId,
      title: JSON.stringify(title),
      created_at: nowIso(),
    });
    await audit(tx, {
      actorUserId,
      action: 'event_series.create',
      subjectType: 'event_series',
      subjectId: id,
    });
    return id;
  });
}

/** Creates an event from local times in its own time zone; every rule is checked first. */
export async function createEvent(db: Executor, input: EventInput, actorUserId: number | null) {
  return inTransaction(db, async (tx) => {
    if (!(await getProgramme(tx, input.programmeId))) throw new EventError('notFound');
    const values = await eventValues(tx, input.programmeId, input);
    const now = nowIso();
    const id = await q.insertEvent(tx, {
      ...values,
      programme_id: input.programmeId,
      created_at: now,
      updated_at: now,
    });
    await audit(tx, {
      actorUserId,
      action: 'event.create',
      subjectType: 'event',
      subjectId: id,
      details: { programmeId: input.programmeId, startsAt: values.starts_at },
    });
    await indexEvent(tx, id);
    return id;
  });
}

/**
 * Changes an event. The capacity may not go below the places already confirmed; when it goes up,
 * the first people waiting get the new places, in the same transaction.
 */
export async function updateEvent(
  db: Executor,
  eventId: number,
  input: EventUpdate,
  actorUserId: number | null,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    // The lock first: a registration deciding a place waits until this change is done.
    if (!(await lockEvent(tx, eventId))) throw new EventError('notFound');
    const before = (await q.findEventWithSeries(tx, eventId))!;
    const values = await eventValues(tx, before.programme_id, input);
    if (values.capacity != null) {
      const { confirmed } = await eventPlaceCounts(tx, eventId);
      if (values.capacity < confirmed)
        throw new EventError('capacityBelowConfirmed', 'capacity', { confirmed });
    }
    await q.updateEventRow(tx, eventId, { ...values, updated_at: nowIso() });
    const raised = before.capacity != null && (values.capacity == null || values.capacity > before.capacity);
    const promoted = raised ? await raisedEventCapacity(tx, eventId, new Date()) : 0;
    await audit(tx, {
      actorUserId,
      action: 'event.update',
      subjectType: 'event',
      subjectId: eventId,
      details: { capacity: values.capacity, promoted },
    });
    await indexEvent(tx, eventId);
  });
}
