import {
  addAgendaItem,
  addQuestion,
  cancelRegistration,
  chooseSession,
  createEvent,
  createSeries,
  register,
} from '../modules/gatherings/index';
import { createProgramme, getProgrammeBySlug } from '../modules/programmes/index';
import type { Executor } from '../platform/db/database';
import { forgetRecipient, listOutbox } from '../platform/mail/outbox';
import { upcomingGathering, byregionGatherings2014 } from './data/gatherings-byregionprogrammet';
import { reglabCaseWork } from './data/gatherings-reglab-casework';
import { reglabConference, reglabConferenceProgramme } from './data/gatherings-reglab-conference';
import { reglabWorkshops } from './data/gatherings-reglab-workshops';
import type { DemoEvent, DemoEventProgramme, DemoGatherings, DemoRegistrant } from './data/gatherings-types';
import { on } from './dates';
import type { DemoIds } from './keys';
import { loadCaseWork } from './load-gatherings-cases';

/** Registrations are dated at 08:00 UTC on their day, a minute apart in the data's order. */
const REGISTERED_HOUR = 8;
const MINUTE = 60_000;

/**
 * Writes the demo's gatherings, workshops, conference, cases, homework, coaching groups and
 * retrospectives (seeds 000, 001 and 004), plus one upcoming gathering relative to `loadedAt`.
 */
export async function loadGatherings(db: Executor, ids: DemoIds, loadedAt = new Date()): Promise<void> {
  await createEventProgramme(db, reglabConferenceProgramme, ids);
  const events = new Map<string, number>();
  const sets = [byregionGatherings2014, reglabWorkshops, reglabConference, upcomingGathering(loadedAt)];
  for (const set of sets) await loadGatheringSet(db, set, ids, events, loadedAt);
  await loadCaseWork(db, reglabCaseWork, events, ids);
  await dropQueuedMail(db);
}

/** A programme that holds only events (the annual conference). */
async function createEventProgramme(db: Executor, p: DemoEventProgramme, ids: DemoIds) {
  return createProgramme(
    db,
    {
      slug: p.slug,
      title: p.title,
      description: p.description,
      ownerOrganisationId: ids.organisation(p.owner),
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      visibility: p.visibility,
    },
    ids.user(p.centreAccount),
  );
}

/** The programme's id by its slug; the data names a programme the demo has made. */
async function programmeId(db: Executor, slug: string): Promise<number> {
  const programme = await getProgrammeBySlug(db, slug);
  if (!programme) throw new Error(`Demo gatherings refer to an unknown programme "${slug}"`);
  return programme.id;
}

async function loadGatheringSet(
  db: Executor,
  set: DemoGatherings,
  ids: DemoIds,
  events: Map<string, number>,
  loadedAt: Date,
) {
  const programme = await programmeId(db, set.programme);
  const organiser = ids.user(set.organiser);
  const seriesId = set.series
    ? await createSeries(db, { programmeId: programme, title: set.series }, organiser)
    : null;
  for (const e of set.events) {
    if (events.has(e.key)) throw new Error(`Demo gatherings have two events keyed "${e.key}"`);
    const eventId = await createEvent(
      db,
      {
        programmeId: programme,
        seriesId,
        seriesNumber: e.seriesNumber ?? null,
        kind: e.kind,
        title: e.title,
        description: e.description,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        timeZone: e.timeZone,
        place: e.place ?? '',
        address: e.address ?? '',
        language: e.language,
        capacity: e.capacity ?? null,
        registrationOpensAt: e.registrationOpensAt ?? null,
        registrationClosesAt: e.registrationClosesAt ?? null,
        cancellationClosesAt: e.cancellationClosesAt ?? null,
        sessionsCloseAt: e.sessionsCloseAt ?? null,
      },
      organiser,
    );
    events.set(e.key, eventId);
    await loadEventContents(db, e, eventId, ids, organiser, loadedAt);
  }
}

async function loadEventContents(
  db: Executor,
  e: DemoEvent,
  eventId: number,
  ids: DemoIds,
  organiser: number,
  loadedAt: Date,
) {
  const sessions = new Map<string, number>();
  // Agenda in time order, so the ids read in the order of the programme too.
  const agenda = [...e.agenda].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const item of agenda) {
    const itemId = await addAgendaItem(
      db,
      eventId,
      {
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        kind: item.kind,
        title: item.title,
        description: item.description,
        room: item.room,
        language: item.language ?? null,
        capacity: item.capacity ?? null,
        speakers: item.speakers ?? [],
      },
      organiser,
    );
    if (item.key) sessions.set(item.key, itemId);
  }
  const questions: number[] = [];
  for (const question of e.questions ?? []) {
    const added = await addQuestion(db, eventId, question, organiser);
    if (!added.ok) throw new Error(`Demo event "${e.key}" has a question without a label`);
    questions.push(added.id);
  }
  for (const [position, r] of e.registrants.entries()) {
    const at = r.on ? new Date(on(r.on, REGISTERED_HOUR, position)) : new Date(loadedAt.getTime() + position);
    await loadRegistrant(db, { eventId, r, at, ids, sessions, questions, key: e.key });
  }
}

/** One registration at its own time, its session choices a minute later, and its cancellation. */
async function loadRegistrant(
  db: Executor,
  x: {
    eventId: number;
    r: DemoRegistrant;
    at: Date;
    ids: DemoIds;
    sessions: Map<string, number>;
    questions: number[];
    key: string;
  },
) {
  const { r, ids } = x;
  const userId = r.account
    ? ids.user(r.account)
    : r.person
      ? (ids.usersByPerson.get(r.person) ?? null)
      : null;
  const answers: Record<number, string> = {};
  for (const [index, answer] of Object.entries(r.answers ?? {})) {
    const questionId = x.questions[Number(index)];
    if (questionId === undefined) throw new Error(`Demo event "${x.key}" has no question ${index}`);
    answers[questionId] = answer;
  }
  const { registrationId, status } = await register(
    db,
    {
      eventId: x.eventId,
      userId,
      personId: r.person ? ids.person(r.person) : null,
      name: r.name,
      email: r.email,
      organisation: r.organisation ?? '',
      answers,
      registeredBy: r.registeredBy ? ids.user(r.registeredBy) : null,
      confirmed: true,
    },
    x.at,
  );
  if (status === 'confirmed') {
    const chosenAt = new Date(x.at.getTime() + MINUTE);
    for (const key of r.sessions ?? []) {
      const itemId = x.sessions.get(key);
      if (itemId === undefined) throw new Error(`Demo event "${x.key}" has no session "${key}"`);
      await chooseSession(db, registrationId, itemId, chosenAt);
    }
  }
  if (r.cancelledOn) await cancelRegistration(db, registrationId, userId, new Date(on(r.cancelledOn, 9)));
}

/**
 * The demo's registrations are history or fiction, and their addresses are made up: the mail they
 * queued (confirmations, waitlist notices) is dropped before the demo's transaction commits, so a
 * demo started with SMTP_URL set sends nothing.
 */
async function dropQueuedMail(db: Executor) {
  const recipients = new Set((await listOutbox(db, 100_000)).map((m) => m.recipient));
  for (const recipient of recipients) await forgetRecipient(db, recipient);
}
