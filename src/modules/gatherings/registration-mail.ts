import type { Executor } from '../../platform/db/database';
import { format, formatDateTime, parseLocalized, pickText, type Locale } from '../../platform/i18n/index';
import { queueMail } from '../../platform/mail/outbox';
import { registrationMailMessages } from './registration-messages';
import type { EventLanguage } from './tables';

// The registration e-mails. They are queued in the caller's transaction, so a mail goes out exactly
// when the change that caused it is committed.

let baseUrl = '';

/** Links in the e-mails start with the app's public address (set once when the routes are built). */
export function setRegistrationMailBaseUrl(url: string) {
  baseUrl = url.replace(/\/$/, '');
}

/** The language of an event's mail: Nynorsk readers get Bokmål (the app has no Nynorsk texts). */
export function mailLocale(language: EventLanguage | string): Locale {
  return language === 'sv' ? 'sv' : language === 'en' ? 'en' : 'nb';
}

/** A stored localized text (JSON) in one language. */
export function localized(json: string | null | undefined, locale: Locale): string {
  return pickText(parseLocalized(json), locale);
}

interface MailEvent {
  id: number;
  title: string;
  starts_at: string;
  time_zone: string;
  language: EventLanguage;
}

type EventMailKind = 'confirmLink' | 'confirmed' | 'waitlisted' | 'promoted' | 'cancelled';

/** Queues one of the event mails to one registration. */
export async function queueEventMail(
  db: Executor,
  kind: EventMailKind,
  event: MailEvent,
  to: { name: string; email: string },
  extra: { token?: string; position?: number } = {},
) {
  const locale = mailLocale(event.language);
  const m = registrationMailMessages(locale);
  const url =
    kind === 'confirmLink'
      ? `${baseUrl}/registrations/confirm/${extra.token ?? ''}`
      : `${baseUrl}/events/${event.id}/register`;
  const params = {
    name: to.name,
    event: localized(event.title, locale),
    when: formatDateTime(event.starts_at, locale, event.time_zone),
    url,
    position: String(extra.position ?? ''),
  };
  await queueMail(db, {
    to: to.email,
    subject: format(m[`${kind}Subject`], params, locale),
    body: format(m[`${kind}Body`], params, locale),
  });
}

/** Tells someone waiting for a session that they now have a seat. */
export async function queueSessionPromotedMail(
  db: Executor,
  event: MailEvent,
  session: { title: string; starts_at: string },
  to: { name: string; email: string },
) {
  const locale = mailLocale(event.language);
  const m = registrationMailMessages(locale);
  const params = {
    name: to.name,
    event: localized(event.title, locale),
    session: localized(session.title, locale),
    when: formatDateTime(session.starts_at, locale, event.time_zone),
    url: `${baseUrl}/events/${event.id}/sessions`,
  };
  await queueMail(db, {
    to: to.email,
    subject: format(m.sessionPromotedSubject, params, locale),
    body: format(m.sessionPromotedBody, params, locale),
  });
}
