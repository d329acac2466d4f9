import {
  addCaseLogEntry,
  createCase,
  createCoachingGroup,
  createHomework,
  saveGroupSummary,
  submitHomework,
} from '../modules/cases/index';
import { findEvent, saveRetrospective } from '../modules/gatherings/index';
import { getProgrammeBySlug, listParticipants } from '../modules/programmes/index';
import type { Executor } from '../platform/db/database';
import { zonedToUtc } from '../platform/time';
import { handInText } from './data/gatherings-reglab-cases';
import type { DemoCaseWork } from './data/gatherings-types';
import type { DemoIds } from './keys';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

type EventRow = NonNullable<Awaited<ReturnType<typeof findEvent>>>;

/** A moment on an event's first day, while it is on: six hours in, or its end if that comes first. */
const duringFirstDay = (e: EventRow) =>
  new Date(Math.min(Date.parse(e.starts_at) + 6 * HOUR_MS, Date.parse(e.ends_at)));

/**
 * A learning project's cases with their log, the homework before one workshop and the hand-ins, the
 * workshop's coaching groups with their A3 summaries, and Backspegel answers. `events` holds the
 * ids of the demo's events by their keys.
 */
export async function loadCaseWork(
  db: Executor,
  w: DemoCaseWork,
  events: Map<string, number>,
  ids: DemoIds,
): Promise<void> {
  const eventId = (key: string) => {
    const id = events.get(key);
    if (id === undefined) throw new Error(`Demo case work refers to an unknown event "${key}"`);
    return id;
  };
  const programme = (await getProgrammeBySlug(db, w.programme))?.id;
  if (programme === undefined)
    throw new Error(`Demo case work refers to an unknown programme "${w.programme}"`);
  const organiser = ids.user(w.organiser);
  const participants = new Map(
    (await listParticipants(db, programme)).map((p) => [p.organisationId, p.id] as const),
  );
  const rows = new Map<string, EventRow>();
  const eventRow = async (key: string) => {
    const row = rows.get(key) ?? (await findEvent(db, eventId(key)));
    if (!row) throw new Error(`Demo case work has no event "${key}"`);
    rows.set(key, row);
    return row;
  };
  const workshop = await eventRow(w.event);
  // The records carry the seed's dates, not the day the demo was loaded: a case is written when it
  // was chosen (the first workshop its log names: WS1, where "each region chooses a case") and
  // at the latest a week before the workshop it is for; a log entry and an A3 on their workshop's
  // day; a Backspegel answer the day after its event.
  const logAt = new Map<string, Date>();
  for (const entry of w.log) logAt.set(entry.event, duringFirstDay(await eventRow(entry.event)));
  const caseWrittenAt = new Date(
    Math.min(
      Date.parse(workshop.starts_at) - 7 * DAY_MS,
      ...w.log.map((entry) => Date.parse(rows.get(entry.event)!.starts_at)),
    ),
  );

  const homeworkId = await createHomework(
    db,
    {
      eventId: workshop.id,
      title: w.homework.title,
      instructions: w.homework.instructions,
      dueAt: w.homework.dueAt,
    },
    organiser,
  );

  const caseIds = new Map<number, number[]>();
  for (const c of w.cases) {
    const participantId = participants.get(ids.organisation(c.organisation));
    if (participantId === undefined)
      throw new Error(`Demo case "${c.title}" belongs to no participant of ${w.programme}`);
    // The case owner writes their own case when they have a login; else the project's operator does.
    const owner = ids.usersByPerson.get(c.owner) ?? null;
    const caseId = await createCase(
      db,
      {
        programmeId: programme,
        participantId,
        title: c.title,
        goal: c.goal,
        challenges: c.challenges,
        regionRole: c.regionRole,
        stakeholders: c.stakeholders,
        question: c.question,
        themes: c.themes,
      },
      owner ?? organiser,
      caseWrittenAt,
    );
    caseIds.set(c.group, [...(caseIds.get(c.group) ?? []), caseId]);
    for (const entry of w.log) {
      const body = entry.body.replace('{group}', String(c.group));
      await addCaseLogEntry(
        db,
        { caseId, eventId: eventId(entry.event), body },
        organiser,
        logAt.get(entry.event),
      );
    }
    if (c.handedIn) {
      const at = new Date(zonedToUtc(`${c.handedIn.on}T${c.handedIn.at}`, workshop.time_zone));
      const files = c.file
        ? [
            {
              filename: c.file.filename,
              contentType: c.file.contentType,
              data: Buffer.from(c.file.text, 'utf8'),
            },
          ]
        : [];
      await submitHomework(db, { homeworkId, caseId, body: handInText(c), files }, owner, at);
    }
  }

  // Groups in the seed's order, so each gets the seed's number; a group may hold no case here.
  const groups = new Map<number, number>();
  for (let n = 1; n <= w.groups; n++) {
    groups.set(n, await createCoachingGroup(db, workshop.id, caseIds.get(n) ?? [], organiser));
  }
  for (const s of w.summaries) {
    const groupId = groups.get(s.group);
    if (groupId === undefined) throw new Error(`Demo case work has no coaching group ${s.group}`);
    await saveGroupSummary(db, { groupId, body: s.body }, ids.user(s.by), duringFirstDay(workshop));
  }

  for (const r of w.retrospectives) {
    const event = await eventRow(r.event);
    await saveRetrospective(
      db,
      { eventId: event.id, userId: ids.user(r.account), takeWith: r.takeWith, hearMore: r.hearMore },
      new Date(Date.parse(event.ends_at) + DAY_MS),
    );
  }
}
