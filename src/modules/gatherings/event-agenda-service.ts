import { audit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import { inTransaction, type Executor } from '../../platform/db/database';
import { itemPlaceCount } from './counts';
import { EventError, type AgendaItemInput } from './event-model';
import * as q from './event-queries';
import { checkCapacity, cleanText, localToUtc, textJson } from './event-rules';
import { findAgendaItem } from './queries';
import { lockAgendaItem } from './registration-queries';
import { raisedSessionCapacity } from './event-waitlist';
import { agendaKinds, eventLanguages, type AgendaKind, type EventLanguage } from './tables';

const MAX_SPEAKERS = 20;

/** The item's columns and speakers from the input, in the event's time zone. */
function itemValues(timeZone: string, input: AgendaItemInput) {
  const title = cleanText(input.title);
  if (Object.keys(title).length === 0) throw new EventError('required', 'title');
  if (!(agendaKinds as readonly string[]).includes(input.kind)) throw new EventError('invalid', 'kind');
  const startsAt = localToUtc(input.startsAt, timeZone, 'starts_at');
  const endsAt = localToUtc(input.endsAt, timeZone, 'ends_at');
  if (endsAt < startsAt) throw new EventError('dateOrder', 'ends_at');
  if (input.language != null && !(eventLanguages as readonly string[]).includes(input.language))
    throw new EventError('invalid', 'language');
  const speakers = input.speakers
    .map((s) => ({ person_id: s.personId ?? null, name: s.name.trim(), organisation: s.organisation.trim() }))
    .filter((s) => s.name);
  if (speakers.length > MAX_SPEAKERS) throw new EventError('invalid', 'speakers');
  const kind = input.kind as AgendaKind;
  return {
    row: {
      starts_at: startsAt,
      ends_at: endsAt,
      kind,
      title: JSON.stringify(title),
      description: textJson(input.description),
      room: input.room?.trim() ?? '',
      track: input.track?.trim() ?? '',
      language: (input.language ?? null) as EventLanguage | null,
      // Only a parallel session has places of its own; the rest follow the event.
      capacity: kind === 'session' ? checkCapacity(input.capacity, 'capacity') : null,
    },
    speakers,
  };
}

async function eventOf(tx: Executor, eventId: number) {
  const event = await q.findEventWithSeries(tx, eventId);
  if (!event) throw new EventError('notFound');
  return event;
}

/** Adds an item to an event's agenda, with its speakers in the order given. */
export async function addAgendaItem(
  db: Executor,
  eventId: number,
  input: AgendaItemInput,
  actorUserId: number | null,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const event = await eventOf(tx, eventId);
    const { row, speakers } = itemValues(event.time_zone, input);
    const id = await q.insertAgendaItem(tx, { ...row, event_id: eventId, created_at: nowIso() });
    await q.replaceSpeakers(tx, id, speakers);
    await audit(tx, {
      actorUserId,
      action: 'agenda_item.create',
      subjectType: 'agenda_item',
      subjectId: id,
      details: { eventId },
    });
    return id;
  });
}

/**
 * Changes an agenda item. A session's capacity may not go below its confirmed sign-ups, and a
 * session people have chosen stays a session; a raised capacity promotes those waiting.
 */
export async function updateAgendaItem(
  db: Executor,
  eventId: number,
  itemId: number,
  input: AgendaItemInput,
  actorUserId: number | null,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const event = await eventOf(tx, eventId);
    const before = await findAgendaItem(tx, eventId, itemId);
    if (!before || !(await lockAgendaItem(tx, itemId))) throw new EventError('notFound');
    const { row, speakers } = itemValues(event.time_zone, input);
    const count = await itemPlaceCount(tx, itemId);
    if (before.kind === 'session' && row.kind !== 'session' && count.confirmed + count.waitlisted > 0)
      throw new EventError('hasSignups', 'kind', { confirmed: count.confirmed });
    if (row.capacity != null && row.capacity < count.confirmed)
      throw new EventError('capacityBelowConfirmed', 'capacity', { confirmed: count.confirmed });
    await q.updateAgendaItemRow(tx, itemId, row);
    await q.replaceSpeakers(tx, itemId, speakers);
    const raised =
      row.kind === 'session' &&
      before.capacity != null &&
      (row.capacity == null || row.capacity > before.capacity);
    const promoted = raised ? await raisedSessionCapacity(tx, itemId, new Date()) : 0;
    await audit(tx, {
      actorUserId,
      action: 'agenda_item.update',
      subjectType: 'agenda_item',
      subjectId: itemId,
      details: { eventId, capacity: row.capacity, promoted },
    });
  });
}

/** Deletes an agenda item, its speakers and any sign-ups for it (the confirm page says how many). */
export async function deleteAgendaItem(
  db: Executor,
  eventId: number,
  itemId: number,
  actorUserId: number | null,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    if (!(await findAgendaItem(tx, eventId, itemId))) throw new EventError('notFound');
    const signups = await q.liveSignupCount(tx, itemId);
    await q.deleteAgendaItemRow(tx, itemId);
    await audit(tx, {
      actorUserId,
      action: 'agenda_item.delete',
      subjectType: 'agenda_item',
      subjectId: itemId,
      details: { eventId, signups },
    });
  });
}
