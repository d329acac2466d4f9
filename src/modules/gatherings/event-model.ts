import type { LocalizedText } from '../../platform/i18n/index';
import type { AgendaKind, EventKind, EventLanguage } from './tables';

/** A series of numbered events in one programme (a learning project's WS1…WS4). */
export interface EventSeries {
  id: number;
  programmeId: number;
  title: LocalizedText;
}

/** An event as the rest of the app sees it: texts parsed, times as UTC instants (ISO text). */
export interface GatheringEvent {
  id: number;
  programmeId: number;
  seriesId: number | null;
  seriesNumber: number | null;
  seriesTitle: LocalizedText | null;
  kind: EventKind;
  title: LocalizedText;
  description: LocalizedText;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  place: string;
  address: string;
  videoUrl: string;
  language: EventLanguage;
  capacity: number | null;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  cancellationClosesAt: string | null;
  sessionsCloseAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Speaker {
  id: number;
  personId: number | null;
  name: string;
  organisation: string;
}

export interface AgendaItem {
  id: number;
  eventId: number;
  startsAt: string;
  endsAt: string;
  kind: AgendaKind;
  title: LocalizedText;
  /** The abstract, for a session. */
  description: LocalizedText;
  room: string;
  track: string;
  language: EventLanguage | null;
  capacity: number | null;
  speakers: Speaker[];
}

/** An event with its agenda in time order, each item with its speakers in order. */
export interface EventWithAgenda extends GatheringEvent {
  agenda: AgendaItem[];
}

/**
 * What creates or changes an event. Times are local wall-clock times ('YYYY-MM-DDTHH:mm') in
 * `timeZone`, as an organiser thinks of them; they are stored as UTC instants.
 */
export interface EventInput {
  programmeId: number;
  seriesId?: number | null;
  seriesNumber?: number | null;
  kind: EventKind;
  title: LocalizedText;
  description?: LocalizedText;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  place?: string;
  address?: string;
  /** http or https only; empty or null for none. */
  videoUrl?: string | null;
  language: EventLanguage;
  /** Null or absent: no limit. */
  capacity?: number | null;
  registrationOpensAt?: string | null;
  registrationClosesAt?: string | null;
  cancellationClosesAt?: string | null;
  sessionsCloseAt?: string | null;
}

/** An event's changes; it stays in its programme. */
export type EventUpdate = Omit<EventInput, 'programmeId'> & { programmeId?: number };

export interface SpeakerInput {
  personId?: number | null;
  name: string;
  organisation: string;
}

/** An agenda item; times are local to the event's time zone ('YYYY-MM-DDTHH:mm'). */
export interface AgendaItemInput {
  startsAt: string;
  endsAt: string;
  kind: AgendaKind;
  title: LocalizedText;
  description?: LocalizedText;
  room?: string;
  track?: string;
  language?: EventLanguage | null;
  /** For a session: its places; null or absent for no limit. Ignored for other kinds. */
  capacity?: number | null;
  speakers: SpeakerInput[];
}

export type EventErrorCode =
  | 'notFound'
  | 'invalid'
  | 'required'
  | 'dateOrder'
  | 'deadlineOrder'
  | 'timeZone'
  | 'url'
  | 'series'
  | 'capacityBelowConfirmed'
  | 'hasSignups'
  | 'opensAfterStart'
  | 'closesAfterEnd'
  | 'cancellationAfterStart'
  | 'sessionsAfterStart';

/**
 * A rule of the domain broken by input (an end before the start, a capacity below the places
 * already taken). `field` is the form field it belongs to; `params` fill the message.
 */
export class EventError extends Error {
  constructor(
    public code: EventErrorCode,
    public field = '_form',
    public params: Record<string, number | string> = {},
  ) {
    super(`${code} (${field})`);
    this.name = 'EventError';
  }

  /** The HTTP status if one escapes the routes' handling: the error page reads `statusCode`, never 500. */
  get statusCode(): number {
    if (this.code === 'notFound') return 404;
    return this.code === 'capacityBelowConfirmed' || this.code === 'hasSignups' ? 409 : 400;
  }
}
