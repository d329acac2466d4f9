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
  /** The session a choice clashes with. */
  clash?: { title: string; startsAt: string; endsAt: string };
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
}

interface EventTimes {
  starts_at: string;
  registration_opens_at: string | null;
  registration_closes_at: string | null;
  cancellation_closes_at: string | null;
  sessions_close_at: string | null;
}

/** Registration closes at its deadline, or when the event starts. */
export const registrationClosesAt = (e: EventTimes) => e.registration_closes_at ?? e.starts_at;
/** Cancellation is possible until its cut-off, or until the event starts. */
export const cancellationClosesAt = (e: EventTimes) => e.cancellation_closes_at ?? e.starts_at;
/** Session choices close at their own deadline, else with registration, else at the start. */
export const sessionsCloseAt = (e: EventTimes) =>
  e.sessions_close_at ?? e.registration_closes_at ?? e.starts_at;

/** Where registration stands at `now`. */
export function registrationWindow(e: EventTimes, now: Date): 'notOpen' | 'open' | 'closed' {
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
