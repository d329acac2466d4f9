import type { Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import { parseLocalized, type LocalizedText } from '../../platform/i18n/index';
import {
  eventsWithSessions,
  nextStepAgendaItems,
  nextStepEvents,
  openEventsOfProgrammes,
  registrationClosesAt,
  registrationsOfUser,
  retrospectivesAnsweredBy,
  sessionsCloseAt,
} from '../gatherings/index';
import { listOwnProgrammes } from '../programmes/index';
import { homeworkForUser } from './homework-service';

/** One thing waiting for the person, at a date, with where to do it. */
export type NextStep =
  | (Base & { kind: 'event'; status: string; waitlistPosition: number | null })
  | (Base & { kind: 'session'; status: string; endsAt: string; sessionTitle: LocalizedText })
  | (Base & { kind: 'sessionDeadline'; chosen: number })
  | (Base & { kind: 'registrationDeadline' })
  | (Base & { kind: 'homework'; homeworkTitle: LocalizedText; overdue: boolean })
  | (Base & { kind: 'retrospective' });

interface Base {
  /** The instant the step is about (a start, a deadline, a due date), UTC ISO. */
  at: string;
  /** The event's time zone, in which `at` is shown. */
  timeZone: string;
  eventTitle: LocalizedText;
  href: string;
}

/** Retrospectives are asked for during the 30 days after an event started. */
const RETROSPECTIVE_DAYS = 30;

/**
 * Everything waiting for the user, by date: events they registered for (with their place in the
 * waitlist), their sessions, deadlines to register and to choose sessions, homework of their cases,
 * and retrospectives to answer.
 */
export async function loadNextSteps(db: Executor, user: RequestUser, now: Date): Promise<NextStep[]> {
  const nowIso = now.toISOString();
  const retroFrom = new Date(now.getTime() - RETROSPECTIVE_DAYS * 24 * 3600 * 1000).toISOString();
  const [registrations, programmes, homework] = await Promise.all([
    registrationsOfUser(db, user.id),
    listOwnProgrammes(db, user),
    homeworkForUser(db, user, now),
  ]);
  const open = await openEventsOfProgrammes(
    db,
    programmes.map((p) => p.id),
    now,
  );
  const eventIds = [...new Set([...registrations.map((r) => r.eventId), ...homework.map((h) => h.eventId)])];
  const events = new Map((await nextStepEvents(db, eventIds)).map((e) => [e.id, e]));
  const withSessions = await eventsWithSessions(db, eventIds);
  const items = new Map(
    (
      await nextStepAgendaItems(
        db,
        registrations.flatMap((r) => r.sessions.map((s) => s.agendaItemId)),
      )
    ).map((i) => [i.id, i]),
  );
  const steps: NextStep[] = [];
  const retroCandidates: number[] = [];

  for (const r of registrations) {
    const event = events.get(r.eventId);
    if (!event) continue;
    const base = {
      timeZone: event.time_zone,
      eventTitle: parseLocalized(event.title),
      href: `/events/${event.id}`,
    };
    if (event.ends_at > nowIso) {
      steps.push({
        ...base,
        kind: 'event',
        at: event.starts_at,
        status: r.status,
        waitlistPosition: r.waitlistPosition,
      });
    }
    if (r.status === 'confirmed' && event.starts_at <= nowIso && event.starts_at >= retroFrom) {
      retroCandidates.push(event.id);
    }
    for (const s of r.sessions) {
      const item = items.get(s.agendaItemId);
      if (!item || item.ends_at <= nowIso) continue;
      steps.push({
        ...base,
        kind: 'session',
        at: item.starts_at,
        endsAt: item.ends_at,
        status: s.status,
        sessionTitle: parseLocalized(item.title),
      });
    }
    const sessionsClose = sessionsCloseAt(event);
    if (r.status === 'confirmed' && withSessions.has(event.id) && Date.parse(sessionsClose) > now.getTime()) {
      steps.push({
        ...base,
        kind: 'sessionDeadline',
        at: sessionsClose,
        chosen: r.sessions.length,
        href: `/events/${event.id}/sessions`,
      });
    }
  }

  const registered = new Set(registrations.map((r) => r.eventId));
  for (const event of open) {
    if (registered.has(event.id)) continue;
    steps.push({
      kind: 'registrationDeadline',
      at: registrationClosesAt(event),
      timeZone: event.time_zone,
      eventTitle: parseLocalized(event.title),
      href: `/events/${event.id}/register`,
    });
  }

  for (const h of homework) {
    if (h.submitted) continue;
    const event = events.get(h.eventId);
    steps.push({
      kind: 'homework',
      at: h.dueAt,
      timeZone: event?.time_zone ?? 'Europe/Oslo',
      eventTitle: event ? parseLocalized(event.title) : {},
      href: `/homework/${h.homeworkId}`,
      homeworkTitle: h.title,
      overdue: h.overdue,
    });
  }

  const answered = await retrospectivesAnsweredBy(db, user.id, retroCandidates);
  for (const eventId of retroCandidates) {
    const event = events.get(eventId)!;
    if (answered.has(eventId)) continue;
    steps.push({
      kind: 'retrospective',
      at: event.ends_at,
      timeZone: event.time_zone,
      eventTitle: parseLocalized(event.title),
      href: `/events/${eventId}/retrospective`,
    });
  }

  return steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
