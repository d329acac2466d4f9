/**
 * Wall-clock times in a named time zone. Events happen in their own zone (a gathering in Stjørdal
 * keeps Oslo time whoever reads it), are stored as UTC instants, and are shown and edited as local
 * times of that zone. Intl knows the zone rules, so no time-zone library is needed.
 */

/** The zones a programme team can choose for an event. */
export const eventTimeZones = [
  'Europe/Oslo',
  'Europe/Stockholm',
  'Europe/Copenhagen',
  'Europe/Helsinki',
  'Atlantic/Reykjavik',
  'UTC',
] as const;
export type EventTimeZone = (typeof eventTimeZones)[number];

export function isTimeZone(value: unknown): value is EventTimeZone {
  return typeof value === 'string' && (eventTimeZones as readonly string[]).includes(value);
}

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string) {
  let format = partsFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormats.set(timeZone, format);
  }
  return format;
}

/** The zone's wall clock at an instant, as numbers. */
function wallClock(ms: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of partsFormat(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** Minutes the zone is ahead of UTC at the instant (120 for Oslo in summer). */
export function offsetMinutes(instant: string | Date, timeZone: string): number {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Is this a well-formed local date-time (`YYYY-MM-DDTHH:mm`, as `<input type="datetime-local">` sends)? */
export function isLocalDateTime(value: string): boolean {
  const m = LOCAL.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60;
}

/**
 * The UTC instant (ISO text) of a local wall-clock time in the zone. A time that does not exist (the
 * hour skipped when clocks go forward) moves forward by the gap, as calendar programs do.
 */
export function zonedToUtc(local: string, timeZone: string): string {
  const m = LOCAL.exec(local);
  if (!m) throw new RangeError(`Not a local date-time: ${local}`);
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  const first = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60000;
  const second = asUtc - offsetMinutes(new Date(first), timeZone) * 60000;
  return new Date(second).toISOString();
}

/** The zone's wall clock at an instant as `YYYY-MM-DDTHH:mm` (the value of a datetime-local input). */
export function utcToZoned(iso: string, timeZone: string): string {
  const w = wallClock(Date.parse(iso), timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The zone's calendar date at an instant (`YYYY-MM-DD`). */
export function zonedDate(iso: string, timeZone: string): string {
  return utcToZoned(iso, timeZone).slice(0, 10);
}

/** ISO 8601 with the zone's offset, as the API gives times: `2014-05-20T10:00:00+02:00`. */
export function isoWithOffset(iso: string, timeZone: string): string {
  const offset = offsetMinutes(iso, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const w = wallClock(Date.parse(iso), timeZone);
  const local = `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
