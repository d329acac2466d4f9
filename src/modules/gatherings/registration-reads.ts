import type { Executor } from '../../platform/db/database';
import { parseLocalized, type LocalizedText } from '../../platform/i18n/index';
import { unendedEventsOfProgrammes } from './next-steps-queries';
import * as q from './registration-queries';
import * as sq from './signup-queries';
import {
  cancellationClosesAt,
  registrationClosesAt,
  registrationWindow,
  sessionsCloseAt,
  tokenHash,
} from './registration-rules';
import type { EventLanguage, RegistrationStatus, SignupStatus } from './tables';

// What the registration and session pages show, read in a few queries and handed to the views.

interface EventRow {
  id: number;
  title: string;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  place: string;
  capacity: number | null;
  registration_opens_at: string | null;
  registration_closes_at: string | null;
  cancellation_closes_at: string | null;
  sessions_close_at: string | null;
}

/** The event as the registration pages show it. */
export interface RegistrationEvent {
  id: number;
  title: LocalizedText;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  place: string;
  capacity: number | null;
  opensAt: string | null;
  closesAt: string;
  cancelUntil: string;
  sessionsUntil: string;
}

export interface MyRegistration {
  id: number;
  status: RegistrationStatus;
  email: string;
  position: number | null;
}

function eventView(e: EventRow): RegistrationEvent {
  return {
    id: e.id,
    title: parseLocalized(e.title),
    startsAt: e.starts_at,
    endsAt: e.ends_at,
    timeZone: e.time_zone,
    place: e.place,
    capacity: e.capacity,
    opensAt: e.registration_opens_at,
    closesAt: registrationClosesAt(e),
    cancelUntil: cancellationClosesAt(e),
    sessionsUntil: sessionsCloseAt(e),
  };
}

/** The user's live registration for the event with their place in line, or null. */
export async function myRegistration(db: Executor, eventId: number, userId: number | null) {
  if (userId === null) return null;
  const r = await q.findLiveRegistration(db, eventId, { userId });
  if (!r) return null;
  const position = r.status === 'waitlisted' ? await q.waitlistPosition(db, r.id) : null;
  return { id: r.id, status: r.status, email: r.email, position } satisfies MyRegistration;
}

/** The event a still-usable confirmation link belongs to, for the page the link opens; else null. */
export async function eventOfConfirmToken(db: Executor, token: string) {
  const r = await q.findRegistrationByToken(db, tokenHash(token));
  if (!r || r.status !== 'pending') return null;
  const event = await q.findEventRow(db, r.event_id);
  return event ? eventView(event) : null;
}

/** Everything the registration page shows. */
export async function registrationPageData(
  db: Executor,
  event: EventRow,
  userId: number | null,
  now = new Date(),
) {
  const [questions, confirmed, mine] = await Promise.all([
    q.eventQuestions(db, event.id),
    q.countRegistrations(db, event.id, 'confirmed'),
    myRegistration(db, event.id, userId),
  ]);
  return {
    event: eventView(event),
    window: registrationWindow(event, now),
    placesLeft: event.capacity === null ? null : Math.max(0, event.capacity - confirmed),
    questions: questions.map((x) => ({
      id: x.id,
      label: parseLocalized(x.label),
      required: x.required === 1,
      kind: x.kind,
    })),
    mine,
  };
}
export type RegistrationPageData = Awaited<ReturnType<typeof registrationPageData>>;

export interface SessionChoice {
  id: number;
  title: LocalizedText;
  description: LocalizedText;
  startsAt: string;
  endsAt: string;
  room: string;
  language: EventLanguage | null;
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
  presenters: { name: string; organisation: string }[];
  mine: { status: SignupStatus; position: number | null } | null;
}

/** The event's parallel sessions grouped by time slot, with places left and the user's choices. */
export async function sessionsPageData(
  db: Executor,
  event: EventRow,
  userId: number | null,
  now = new Date(),
) {
  const [rows, mine] = await Promise.all([
    sq.sessionsWithCounts(db, event.id),
    myRegistration(db, event.id, userId),
  ]);
  const speakers = await sq.speakersOf(
    db,
    rows.map((r) => r.id),
  );
  const signups = mine ? await sq.liveSignupsOf(db, mine.id) : [];
  const sessions: SessionChoice[] = [];
  for (const r of rows) {
    const signup = signups.find((s) => s.agenda_item_id === r.id);
    sessions.push({
      id: r.id,
      title: parseLocalized(r.title),
      description: parseLocalized(r.description),
      startsAt: r.starts_at,
      endsAt: r.ends_at,
      room: r.room,
      language: r.language,
      capacity: r.capacity,
      confirmed: Number(r.confirmed),
      waitlisted: Number(r.waitlisted),
      presenters: speakers.filter((s) => s.agenda_item_id === r.id),
      mine: signup
        ? {
            status: signup.status,
            position:
              signup.status === 'waitlisted' ? await sq.sessionWaitPosition(db, r.id, signup.id) : null,
          }
        : null,
    });
  }
  // One slot per start and end time: the sessions that run in parallel.
  const slots: { startsAt: string; endsAt: string; sessions: SessionChoice[] }[] = [];
  for (const s of sessions) {
    const slot = slots.find((x) => x.startsAt === s.startsAt && x.endsAt === s.endsAt);
    if (slot) slot.sessions.push(s);
    else slots.push({ startsAt: s.startsAt, endsAt: s.endsAt, sessions: [s] });
  }
  const closes = sessionsCloseAt(event);
  return { event: eventView(event), slots, mine, open: now.getTime() < Date.parse(closes) };
}
export type SessionsPageData = Awaited<ReturnType<typeof sessionsPageData>>;

/** Events of these programmes whose registration is open at `now` (the registration rule), in time order. */
export async function openEventsOfProgrammes(db: Executor, programmeIds: number[], now: Date) {
  const candidates = await unendedEventsOfProgrammes(db, programmeIds, now.toISOString());
  return candidates.filter((e) => registrationWindow(e, now) === 'open');
}
