import type { LocalizedText } from '../../platform/i18n/index';
import { isLocalDateTime, zonedToUtc } from '../../platform/time';
import { EventError } from './event-model';

// Small checks shared by the event and agenda services; each broken one is an EventError naming its field.

/** The text in each language that has one, trimmed; empty ones dropped. */
export function cleanText(text: LocalizedText | undefined): LocalizedText {
  const out: LocalizedText = {};
  for (const locale of ['nb', 'sv', 'en'] as const) {
    const value = text?.[locale]?.trim();
    if (value) out[locale] = value;
  }
  return out;
}

export const textJson = (text: LocalizedText | undefined) => JSON.stringify(cleanText(text));

/** A required local time ('YYYY-MM-DDTHH:mm') in the zone, as a UTC instant. */
export function localToUtc(value: string | null | undefined, timeZone: string, field: string): string {
  if (!value) throw new EventError('required', field);
  if (!isLocalDateTime(value)) throw new EventError('invalid', field);
  return zonedToUtc(value, timeZone);
}

export const optionalUtc = (value: string | null | undefined, timeZone: string, field: string) =>
  value ? localToUtc(value, timeZone, field) : null;

/** A place count: a whole number from 0, or null for no limit. */
export function checkCapacity(value: number | null | undefined, field: string): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0 || value > 1_000_000) throw new EventError('invalid', field);
  return value;
}

/** A video-meeting link: http or https only (a `javascript:` link must never reach a page). */
export function checkUrl(value: string | null | undefined): string {
  const url = value?.trim() ?? '';
  if (!url) return '';
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return url;
  } catch {
    // falls through to the error
  }
  throw new EventError('url', 'video_url');
}

export function oneOf<T extends string>(values: readonly T[], value: string, field: string): T {
  if (!(values as readonly string[]).includes(value)) throw new EventError('invalid', field);
  return value as T;
}
