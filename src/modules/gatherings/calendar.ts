import { offsetMinutes, utcToZoned } from '../../platform/time';

/**
 * An iCalendar (RFC 5545) writer for events and the sessions a person chose. Times are written as
 * local times with the event's TZID and a VTIMEZONE that states the zone's rules, so a calendar
 * shows 10:00 in Stjørdal as 10:00 Oslo time whichever zone the reader is in.
 */

export interface CalendarEntry {
  /** Stable across downloads, so a re-import updates rather than duplicates (e.g. event-12@samling). */
  uid: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  summary: string;
  location?: string;
  url?: string;
  description?: string;
  /** A waitlisted place is tentative. */
  tentative?: boolean;
}

const CRLF = '\r\n';

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (§3.1), never inside a multi-byte UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; each continuation line starts with a space, so holds 74 more.
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** 2014-05-20T08:00:00.000Z → 20140520T080000Z */
function utcStamp(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The zone's local wall clock as 20140520T100000. */
function localStamp(iso: string, timeZone: string): string {
  return `${utcToZoned(iso, timeZone).replace(/[-:]/g, '')}00`;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function zoneName(timeZone: string, at: Date): string {
  const part = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/**
 * The VTIMEZONE of a zone, as of `year`. Every zone an event may use (platform/time.ts) is either
 * without summer time (UTC, Reykjavik) or follows the EU rule since 1996: summer time from the last
 * Sunday of March to the last Sunday of October, switching at 01:00 UTC. So the rules are derived
 * from the zone's winter and summer offsets, which Intl knows.
 */
export function vtimezone(timeZone: string, year: number): string[] {
  const winterAt = new Date(Date.UTC(year, 0, 15));
  const summerAt = new Date(Date.UTC(year, 6, 15));
  const winter = offsetMinutes(winterAt, timeZone);
  const summer = offsetMinutes(summerAt, timeZone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (winter === summer) {
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offsetText(winter)}`,
      `TZOFFSETTO:${offsetText(winter)}`,
      `TZNAME:${zoneName(timeZone, winterAt)}`,
      'END:STANDARD',
    );
  } else {
    // 01:00 UTC as the local clock shows it just before each switch.
    const clock = (offset: number) => {
      const minutes = 60 + offset;
      return `${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}00`;
    };
    lines.push(
      'BEGIN:DAYLIGHT',
      `DTSTART:19700329T${clock(winter)}`,
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      `TZOFFSETFROM:${offsetText(winter)}`,
      `TZOFFSETTO:${offsetText(summer)}`,
      `TZNAME:${zoneName(timeZone, summerAt)}`,
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      `DTSTART:19701025T${clock(summer)}`,
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      `TZOFFSETFROM:${offsetText(summer)}`,
      `TZOFFSETTO:${offsetText(winter)}`,
      `TZNAME:${zoneName(timeZone, winterAt)}`,
      'END:STANDARD',
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function vevent(entry: CalendarEntry, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${entry.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=${entry.timeZone}:${localStamp(entry.startsAt, entry.timeZone)}`,
    `DTEND;TZID=${entry.timeZone}:${localStamp(entry.endsAt, entry.timeZone)}`,
    `SUMMARY:${escapeText(entry.summary)}`,
  ];
  if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
  // URL is a URI value, not TEXT, so it is not escaped.
  if (entry.url) lines.push(`URL:${entry.url}`);
  if (entry.description) lines.push(`DESCRIPTION:${escapeText(entry.description)}`);
  lines.push(`STATUS:${entry.tentative ? 'TENTATIVE' : 'CONFIRMED'}`, 'END:VEVENT');
  return lines;
}

/** A whole VCALENDAR document, CRLF-separated and folded, with one VTIMEZONE per zone used. */
export function buildCalendar(input: { name?: string; entries: CalendarEntry[]; now: Date }): string {
  const stamp = utcStamp(input.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Samling//Gatherings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (input.name) lines.push(`X-WR-CALNAME:${escapeText(input.name)}`);
  const zones = new Map<string, number>();
  for (const e of input.entries) {
    if (!zones.has(e.timeZone)) zones.set(e.timeZone, new Date(e.startsAt).getUTCFullYear());
  }
  for (const [zone, year] of zones) lines.push(...vtimezone(zone, year));
  for (const e of input.entries) lines.push(...vevent(e, stamp));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
