import type { Generated } from 'kysely';

export const eventKinds = ['gathering', 'workshop', 'conference', 'webinar'] as const;
export type EventKind = (typeof eventKinds)[number];
/** `session` is a parallel session (lärpass) that people sign up for, with its own capacity. */
export const agendaKinds = ['talk', 'workshop', 'coaching', 'break', 'session'] as const;
export type AgendaKind = (typeof agendaKinds)[number];
export const eventLanguages = ['nb', 'nn', 'sv', 'en'] as const;
export type EventLanguage = (typeof eventLanguages)[number];
/** `pending` waits for the e-mail confirmation of someone without an account and holds no place. */
export const registrationStatuses = ['pending', 'confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];
export const signupStatuses = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type SignupStatus = (typeof signupStatuses)[number];
/** Dietary and accessibility answers are deleted 30 days after the event; `text` answers too. */
export const questionKinds = ['text', 'dietary', 'accessibility'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** Texts in several languages are JSON objects such as {"nb": "…", "en": "…"} (LocalizedText). */
type LocalizedJson = string;

/** A numbered series of events in one programme, such as a learning project's WS1…WS4. */
export interface EventSeriesTable {
  id: Generated<number>;
  programme_id: number;
  title: LocalizedJson;
  created_at: string;
}

/**
 * A gathering, workshop, conference or webinar. Times are UTC instants (ISO text); `time_zone` is
 * the zone they are shown and edited in. Null capacity means no limit; null registration times mean
 * registration is open from creation until the event starts.
 */
export interface EventTable {
  id: Generated<number>;
  programme_id: number;
  series_id: number | null;
  series_number: number | null;
  kind: EventKind;
  title: LocalizedJson;
  description: LocalizedJson;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  place: string;
  address: string;
  video_url: string;
  language: EventLanguage;
  capacity: number | null;
  registration_opens_at: string | null;
  registration_closes_at: string | null;
  /** Registrations may be cancelled until then (null: until the event starts). */
  cancellation_closes_at: string | null;
  /** Parallel sessions may be chosen and changed until then (null: until registration closes). */
  sessions_close_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One line of an event's agenda; a `session` is a parallel session with capacity and language. */
export interface AgendaItemTable {
  id: Generated<number>;
  event_id: number;
  starts_at: string;
  ends_at: string;
  kind: AgendaKind;
  title: LocalizedJson;
  /** The abstract, for a session. */
  description: LocalizedJson;
  room: string;
  track: string;
  language: EventLanguage | null;
  capacity: number | null;
  created_at: string;
}

/** A speaker or presenter: a registered person, or a name and organisation as printed. */
export interface AgendaSpeakerTable {
  id: Generated<number>;
  agenda_item_id: number;
  position: number;
  person_id: number | null;
  name: string;
  organisation: string;
}

export interface EventQuestionTable {
  id: Generated<number>;
  event_id: number;
  position: number;
  kind: QuestionKind;
  label: LocalizedJson;
  required: number;
}

/**
 * A place at an event, or a place in its waitlist. Arrival order is `id` order: a registration is
 * inserted while its event's row is locked, so ids follow the order places were decided.
 */
export interface RegistrationTable {
  id: Generated<number>;
  event_id: number;
  person_id: number | null;
  user_id: number | null;
  name: string;
  email: string;
  /** Lower-cased e-mail: one live registration per address and event. */
  email_key: string;
  organisation: string;
  status: RegistrationStatus;
  /** SHA-256 of the e-mail confirmation link's token, while pending. */
  confirm_token_hash: string | null;
  /** The user who registered someone on their behalf. */
  registered_by: number | null;
  created_at: string;
  confirmed_at: string | null;
  promoted_at: string | null;
  cancelled_at: string | null;
  reminded_at: string | null;
  /**
   * Place in the event's queue, given when the registration is confirmed (at once, or by its e-mail
   * link) while the event row is locked: the waitlist is served in this order (part B).
   */
  queue_number: number | null;
}

export interface RegistrationAnswerTable {
  registration_id: number;
  question_id: number;
  answer: string;
}

/** A registration's choice of a parallel session: a seat, or a place in that session's waitlist. */
export interface SessionSignupTable {
  id: Generated<number>;
  agenda_item_id: number;
  registration_id: number;
  status: SignupStatus;
  created_at: string;
  promoted_at: string | null;
  cancelled_at: string | null;
}

/** A user's personal calendar feed: the secret token in its URL, stored hashed. */
export interface CalendarFeedTable {
  user_id: number;
  token_hash: string;
  created_at: string;
}

/** Backspegel: "this I take with me" and "I want to hear more about", after an event. */
export interface RetrospectiveTable {
  id: Generated<number>;
  event_id: number;
  user_id: number | null;
  take_with: string;
  hear_more: string;
  created_at: string;
}

declare module '../../platform/db/schema' {
  interface Schema {
    event_series: EventSeriesTable;
    events: EventTable;
    agenda_items: AgendaItemTable;
    agenda_speakers: AgendaSpeakerTable;
    event_questions: EventQuestionTable;
    registrations: RegistrationTable;
    registration_answers: RegistrationAnswerTable;
    session_signups: SessionSignupTable;
    calendar_feeds: CalendarFeedTable;
    retrospectives: RetrospectiveTable;
  }
}
