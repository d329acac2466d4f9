import type { Selectable } from 'kysely';
import type { Db } from '../../platform/db/database';
import {
  format,
  formatDateTime,
  parseLocalized,
  pickText,
  type Locale,
  type LocalizedText,
} from '../../platform/i18n/index';
import { adminMessages } from './admin-messages';
import * as aq from './admin-queries';
import { cancelRegistration, register } from './registration-service';
import { RegistrationError } from './registration-rules';
import { registrationStatuses, type EventTable, type RegistrationStatus } from './tables';

export interface RegistrationRow {
  id: number;
  name: string;
  email: string;
  organisation: string;
  status: RegistrationStatus;
  /** 1 for the first in line; null unless waitlisted. */
  waitlistNumber: number | null;
  createdAt: string;
  onBehalf: boolean;
  sessions: { id: number; title: LocalizedText; status: string }[];
  answers: Record<number, string>;
}

export interface RegistrationFilter {
  status: RegistrationStatus | null;
  sessionId: number | null;
  text: string;
}

/**
 * The event's registration list: every registration with its place in line and sessions, counts by
 * status, and (for managers only) the answers to the event's questions.
 */
export async function registrationList(db: Db, eventId: number, withAnswers: boolean) {
  const [registrations, sessions, signups, questions, answers] = await Promise.all([
    aq.listRegistrations(db, eventId),
    aq.listSessions(db, eventId),
    aq.listSignups(db, eventId),
    withAnswers ? aq.listQuestions(db, eventId) : [],
    withAnswers ? aq.listAnswers(db, eventId) : [],
  ]);
  const sessionTitle = new Map(sessions.map((s) => [s.id, parseLocalized(s.title)]));
  // The query gives the waitlist in the order it is served, so its numbers are counted off here.
  let inLine = 0;
  const rows: RegistrationRow[] = registrations.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    organisation: r.organisation,
    status: r.status,
    waitlistNumber: r.status === 'waitlisted' ? ++inLine : null,
    createdAt: r.created_at,
    onBehalf: r.registered_by != null,
    sessions: signups
      .filter((s) => s.registration_id === r.id)
      .map((s) => ({
        id: s.agenda_item_id,
        title: sessionTitle.get(s.agenda_item_id) ?? {},
        status: s.status,
      })),
    answers: Object.fromEntries(
      answers.filter((a) => a.registration_id === r.id).map((a) => [a.question_id, a.answer]),
    ),
  }));
  const counts = Object.fromEntries(
    registrationStatuses.map((s) => [s, rows.filter((r) => r.status === s).length]),
  ) as Record<RegistrationStatus, number>;
  return {
    rows,
    counts,
    sessions: sessions.map((s) => ({ id: s.id, title: parseLocalized(s.title) })),
    questions: questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      label: parseLocalized(q.label),
      required: q.required === 1,
    })),
  };
}

export type RegistrationList = Awaited<ReturnType<typeof registrationList>>;

/** The rows that match the filter: status, a chosen session, and text in name, e-mail or organisation. */
export function filterRegistrations(rows: RegistrationRow[], filter: RegistrationFilter) {
  const text = filter.text.trim().toLowerCase();
  return rows.filter(
    (r) =>
      (!filter.status || r.status === filter.status) &&
      (!filter.sessionId || r.sessions.some((s) => s.id === filter.sessionId)) &&
      (!text || [r.name, r.email, r.organisation].some((v) => v.toLowerCase().includes(text))),
  );
}

/** The list as a table for CSV and XLSX: a header row, then one row per registration with answers. */
export function exportTable(
  list: RegistrationList,
  event: Pick<Selectable<EventTable>, 'time_zone'>,
  locale: Locale,
): (string | number)[][] {
  const m = adminMessages(locale);
  const header = [
    m.name,
    m.email,
    m.organisation,
    m.status,
    m.waitlistColumn,
    m.registeredAt,
    m.sessions,
    ...list.questions.map((q) => pickText(q.label, locale)),
  ];
  const rows = list.rows.map((r) => [
    r.name,
    r.email,
    r.organisation,
    m[`status.${r.status}`],
    r.waitlistNumber ?? '',
    formatDateTime(r.createdAt, locale, event.time_zone),
    r.sessions
      .map((s) => {
        const title = pickText(s.title, locale);
        return s.status === 'waitlisted' ? format(m.waitlistedSession, { title }) : title;
      })
      .join(', '),
    ...list.questions.map((q) => r.answers[q.id] ?? ''),
  ]);
  return [header, ...rows];
}

export interface OnBehalfInput {
  name: string;
  email: string;
  organisation: string;
  answers: Record<number, string>;
}

export type OnBehalfResult =
  | { ok: true; registrationId: number; status: RegistrationStatus }
  | { ok: false; error: 'duplicate' | 'refused' };

/** An organiser registers someone: confirmed at once, or on the waitlist when the event is full. */
export async function registerOnBehalf(
  db: Db,
  eventId: number,
  input: OnBehalfInput,
  actorUserId: number,
): Promise<OnBehalfResult> {
  try {
    const result = await register(db, { eventId, ...input, registeredBy: actorUserId, confirmed: true });
    return { ok: true, registrationId: result.registrationId, status: result.status };
  } catch (error) {
    if (error instanceof RegistrationError) {
      return { ok: false, error: error.key === 'duplicate' ? 'duplicate' : 'refused' };
    }
    throw error;
  }
}

/**
 * An organiser cancels a registration of this event, at any time (their own too: they act as
 * organiser here); null when it is not the event's. A refusal is a RegistrationError.
 */
export async function cancelOnBehalf(db: Db, eventId: number, registrationId: number, actorUserId: number) {
  const registration = await aq.findRegistration(db, eventId, registrationId);
  if (!registration) return null;
  await cancelRegistration(db, registrationId, actorUserId, new Date(), { asOrganiser: true });
  return registration;
}

/** The event's registration questions, in order, with their labels parsed. */
export async function questionsOfEvent(db: Db, eventId: number) {
  return (await aq.listQuestions(db, eventId)).map((q) => ({
    id: q.id,
    kind: q.kind,
    label: parseLocalized(q.label),
    required: q.required === 1,
  }));
}
