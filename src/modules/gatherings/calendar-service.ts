import crypto from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Executor } from '../../platform/db/database';
import { nowIso } from '../../platform/db/columns';
import { parseLocalized, pickText, type Locale } from '../../platform/i18n/index';
import { buildCalendar, type CalendarEntry } from './calendar';
import * as cq from './calendar-queries';
import type { AgendaItemTable, EventTable } from './tables';

type EventRow = Selectable<EventTable>;
type ItemRow = Selectable<AgendaItemTable>;

interface CalendarOptions {
  baseUrl: string;
  locale: Locale;
  now: Date;
}

function text(json: string, locale: Locale): string {
  return pickText(parseLocalized(json), locale);
}

function eventEntry(event: EventRow, o: CalendarOptions, tentative = false): CalendarEntry {
  const url = `${o.baseUrl}/events/${event.id}`;
  const description = [text(event.description, o.locale), event.video_url].filter(Boolean).join('\n\n');
  return {
    uid: `event-${event.id}@samling`,
    startsAt: event.starts_at,
    endsAt: event.ends_at,
    timeZone: event.time_zone,
    summary: text(event.title, o.locale),
    location: [event.place, event.address].filter(Boolean).join(', ') || event.video_url,
    url,
    description,
    tentative,
  };
}

function sessionEntry(item: ItemRow, event: EventRow, o: CalendarOptions, tentative: boolean): CalendarEntry {
  return {
    uid: `session-${item.id}@samling`,
    startsAt: item.starts_at,
    endsAt: item.ends_at,
    timeZone: event.time_zone,
    summary: `${text(item.title, o.locale)} – ${text(event.title, o.locale)}`,
    location: [item.room, event.place].filter(Boolean).join(', '),
    url: `${o.baseUrl}/events/${event.id}#item-${item.id}`,
    description: text(item.description, o.locale),
    tentative,
  };
}

/** The .ics of one event; with the sessions the user chose when they hold a place at it. */
export async function eventCalendar(
  db: Executor,
  event: EventRow,
  userId: number | null,
  o: CalendarOptions,
) {
  const entries = [eventEntry(event, o)];
  if (userId != null) {
    const [place] = await cq.registeredEvents(db, userId, [event.id]);
    if (place) {
      entries[0] = eventEntry(event, o, place.registration_status === 'waitlisted');
      for (const item of await cq.chosenSessions(db, userId, [event.id])) {
        entries.push(sessionEntry(item, event, o, item.signup_status === 'waitlisted'));
      }
    }
  }
  return buildCalendar({ name: entries[0]!.summary, entries, now: o.now });
}

/** A user's personal feed: every event they hold or wait for a place at, and their sessions. */
export async function personalCalendar(db: Executor, userId: number, name: string, o: CalendarOptions) {
  const events = await cq.registeredEvents(db, userId);
  const sessions = await cq.chosenSessions(
    db,
    userId,
    events.map((e) => e.id),
  );
  const entries: CalendarEntry[] = [];
  for (const event of events) {
    entries.push(eventEntry(event, o, event.registration_status === 'waitlisted'));
    for (const item of sessions.filter((s) => s.event_id === event.id)) {
      entries.push(sessionEntry(item, event, o, item.signup_status === 'waitlisted'));
    }
  }
  return buildCalendar({ name, entries, now: o.now });
}

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** Makes a new secret feed token for the user (any earlier one stops working); shown once. */
export async function renewFeed(db: Executor, userId: number): Promise<string> {
  const token = crypto.randomBytes(24).toString('base64url');
  await cq.saveFeed(db, userId, hashToken(token), nowIso());
  return token;
}

/** The user a feed token belongs to, or null. */
export async function feedOwner(db: Executor, token: string): Promise<number | null> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const feed = await cq.findFeedByHash(db, hashToken(token));
  return feed ? feed.user_id : null;
}

/** When the user's feed was made, or null when they have none. */
export async function feedCreatedAt(db: Executor, userId: number): Promise<string | null> {
  return (await cq.findFeedOfUser(db, userId))?.created_at ?? null;
}
