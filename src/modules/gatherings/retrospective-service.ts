import type { Executor } from '../../platform/db/database';
import {
  formatDateTime,
  parseLocalized,
  pickText,
  type Locale,
  type LocalizedText,
} from '../../platform/i18n/index';
import type { PersonalDataHandler } from '../../platform/personal-data';
import { deleteFeedOfUser, findFeedOfUser } from './calendar-queries';
import { retrospectiveMessages } from './retrospective-messages';
import * as rq from './retrospective-queries';

/** Backspegel: after an event, "this I take with me" and "I want to hear more about". */

export interface RetrospectiveInput {
  eventId: number;
  userId: number;
  takeWith: string;
  hearMore: string;
}

/** Saves (or edits) a user's retrospective of an event; a new answer is dated `now`. */
export async function saveRetrospective(db: Executor, input: RetrospectiveInput, now: Date = new Date()) {
  await rq.upsert(db, {
    eventId: input.eventId,
    userId: input.userId,
    takeWith: input.takeWith.trim(),
    hearMore: input.hearMore.trim(),
    now: now.toISOString(),
  });
}

/** Whether the user may answer now: once the event has started, with a confirmed place. */
export async function retrospectiveState(
  db: Executor,
  event: { id: number; starts_at: string },
  userId: number,
  now = new Date(),
): Promise<'notStarted' | 'notRegistered' | 'open'> {
  if (now.getTime() < Date.parse(event.starts_at)) return 'notStarted';
  return (await rq.hasConfirmedPlace(db, event.id, userId)) ? 'open' : 'notRegistered';
}

export interface RetrospectiveGroup {
  eventId: number;
  title: LocalizedText;
  seriesNumber: number | null;
  startsAt: string;
  timeZone: string;
  answers: { id: number; takeWith: string; hearMore: string; createdAt: string }[];
}

/** The answers of the given events, grouped by event in the order given. */
export async function retrospectiveGroups(
  db: Executor,
  events: { id: number; title: string; series_number: number | null; starts_at: string; time_zone: string }[],
): Promise<RetrospectiveGroup[]> {
  const answers = await rq.listOfEvents(
    db,
    events.map((e) => e.id),
  );
  return events.map((e) => ({
    eventId: e.id,
    title: parseLocalized(e.title),
    seriesNumber: e.series_number,
    startsAt: e.starts_at,
    timeZone: e.time_zone,
    answers: answers
      .filter((a) => a.event_id === e.id)
      .map((a) => ({ id: a.id, takeWith: a.take_with, hearMore: a.hear_more, createdAt: a.created_at })),
  }));
}

/** The series and its events' answers, or undefined when there is no such series. */
export async function seriesRetrospectives(db: Executor, seriesId: number) {
  const series = await rq.findSeries(db, seriesId);
  if (!series) return undefined;
  const groups = await retrospectiveGroups(db, await rq.eventsOfSeries(db, seriesId));
  return {
    series: { id: series.id, programmeId: series.programme_id, title: parseLocalized(series.title) },
    groups,
  };
}

/** The answers as a table for CSV: event, date, the two answers. */
export function retrospectiveTable(groups: RetrospectiveGroup[], locale: Locale): string[][] {
  const m = retrospectiveMessages(locale);
  const header = [m.event, m.date, m.takeWith, m.hearMore];
  const rows = groups.flatMap((g) =>
    g.answers.map((a) => [
      pickText(g.title, locale),
      formatDateTime(g.startsAt, locale, g.timeZone),
      a.takeWith,
      a.hearMore,
    ]),
  );
  return [header, ...rows];
}

/**
 * What gatherings keeps about a login besides registrations: retrospective answers and whether a
 * calendar feed exists. Erasure deletes the feed and unlinks the answers but keeps their text: the
 * pages and exports never show who wrote them, and they are the programme's material for planning
 * the next agenda. (A person who named themselves in the text can ask the team to delete it.)
 */
export const retrospectivePersonalData: PersonalDataHandler = {
  name: 'gatheringRetrospectives',
  async export(db, who) {
    if (who.userId == null) return null;
    const feed = await findFeedOfUser(db, who.userId);
    return {
      retrospectives: (await rq.listByUser(db, who.userId)).map((r) => ({
        eventId: r.event_id,
        takeWith: r.take_with,
        hearMore: r.hear_more,
        createdAt: r.created_at,
      })),
      calendarFeed: feed ? { createdAt: feed.created_at } : null,
    };
  },
  async erase(db, who) {
    if (who.userId == null) return;
    await rq.unlinkUser(db, who.userId);
    await deleteFeedOfUser(db, who.userId);
  },
};
