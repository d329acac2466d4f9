import crypto from 'node:crypto';

/** Why a registration or sign-up was refused; `key` names its text in registration-messages.ts. */
export type RegistrationErrorKey =
  | 'notFound'
  | 'notOpen'
  | 'closed'
  | 'duplicate'
  | 'cancellationClosed'
  | 'notRegistered'
  | 'notConfirmed'
  | 'sessionsClosed'
  | 'clash'
  | 'notSession'
  | 'invalidToken'
  | 'answerRequired';

export interface RegistrationErrorDetails {
  /** The deadline or opening time the message names (UTC ISO). */
  at?: string;
  timeZone?: string;
  /** The session a choice clashes with; `waitlisted` when the person is only on its waitlist. */
  clash?: { title: string; startsAt: string; endsAt: string; waitlisted?: boolean };
}

/** A refusal the person can understand: routes show its text with `status` and change nothing. */
export class RegistrationError extends Error {
  constructor(
    readonly key: RegistrationErrorKey,
    readonly status = 409,
    readonly details: RegistrationErrorDetails = {},
  ) {
    super(`registration refused: ${key}`);
    this.name = 'RegistrationError';
  }

  /** What the error page reads if one escapes a route's handling: the refusal's status, never 500. */
  get statusCode(): number {
    return this.status;
  }
}

/** An event's times as stored (UTC ISO text); each rule below reads only the ones it needs. */
export interface EventTimes {
  starts_at: string;
  registration_opens_at: string | null;
  registration_closes_at: string | null;
  cancellation_closes_at: string | null;
  sessions_close_at: string | null;
}

/** The stored times of an event as the rest of the app sees it (camelCase), for the rules below. */
export const eventTimes = (e: {
  startsAt: string;
  registrationOpensAt: string | null;
  registrationClosesAt: string | null;
  cancellationClosesAt: string | null;
  sessionsCloseAt: string | null;
}): EventTimes => ({
  starts_at: e.startsAt,
  registration_opens_at: e.registrationOpensAt,
  registration_closes_at: e.registrationClosesAt,
  cancellation_closes_at: e.cancellationClosesAt,
  sessions_close_at: e.sessionsCloseAt,
});

/** Registration closes at its deadline, or when the event starts. */
export const registrationClosesAt = (e: Pick<EventTimes, 'registration_closes_at' | 'starts_at'>) =>
  e.registration_closes_at ?? e.starts_at;
/** Cancellation is possible until its cut-off, or until the event starts. */
export const cancellationClosesAt = (e: Pick<EventTimes, 'cancellation_closes_at' | 'starts_at'>) =>
  e.cancellation_closes_at ?? e.starts_at;
/** Session choices close at their own deadline, else with registration, else at the start. */
export const sessionsCloseAt = (
  e: Pick<EventTimes, 'sessions_close_at' | 'registration_closes_at' | 'starts_at'>,
) => e.sessions_close_at ?? e.registration_closes_at ?? e.starts_at;

export type RegistrationWindow = 'notOpen' | 'open' | 'closed';

/**
 * Where registration stands at `now`: the one rule for the event page, the registration form, the
 * service that registers, and the "next steps" page.
 */
export function registrationWindow(
  e: Pick<EventTimes, 'registration_opens_at' | 'registration_closes_at' | 'starts_at'>,
  now: Date,
): RegistrationWindow {
  if (e.registration_opens_at && now.getTime() < Date.parse(e.registration_opens_at)) return 'notOpen';
  if (isPast(registrationClosesAt(e), now)) return 'closed';
  return 'open';
}

/** Has the instant (ISO text) come? Parsed, since stored times may differ in how they are written. */
export const isPast = (iso: string, now: Date) => now.getTime() >= Date.parse(iso);

/** Do two time spans overlap (touching ends do not)? */
export const overlaps = (
  a: { starts_at: string; ends_at: string },
  b: { starts_at: string; ends_at: string },
) => Date.parse(a.starts_at) < Date.parse(b.ends_at) && Date.parse(b.starts_at) < Date.parse(a.ends_at);

/** How long an e-mail confirmation link works. */
export const CONFIRM_LINK_MS = 7 * 24 * 3600 * 1000;

/** Confirmation links are stored only as this hash, so a copy of the database cannot use them. */
export const tokenHash = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
