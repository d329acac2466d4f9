import type { Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import { parseLocalized, type LocalizedText } from '../../platform/i18n/index';
import { eventAccess, findEvent, type EventAccess } from '../gatherings/index';
import { programmeAccess } from '../programmes/index';
import type { HandInItem } from './case-page-data';
import * as cq from './case-queries';
import { listProgrammeCases } from './case-service';
import * as hq from './homework-queries';
import type { HomeworkRow } from './homework-queries';
import { handInStatus, type HandInStatus } from './homework-service';

type EventRow = NonNullable<Awaited<ReturnType<typeof findEvent>>>;

export interface HomeworkView {
  id: number;
  title: LocalizedText;
  instructions: LocalizedText;
  dueAt: string;
  eventId: number;
  eventTitle: LocalizedText;
  timeZone: string;
}

export interface StatusRow {
  caseId: number;
  caseTitle: string;
  organisationName: string;
  status: HandInStatus;
}

export interface CaseHandIn {
  caseId: number;
  caseTitle: string;
  organisationName: string;
  status: HandInStatus;
  handIn: HandInItem | null;
}

export interface HomeworkPageData {
  homework: HomeworkView;
  /** Every case the reader follows, with its status; null for readers who are not staff. */
  statusRows: StatusRow[] | null;
  /** The reader's own cases (normally one) with their hand-in, if any. */
  ownCases: CaseHandIn[];
  /** Hand-ins of the cases that sit in a coaching group with the reader's case at this event. */
  groupHandIns: CaseHandIn[];
  /** The reader belongs to a participant of the programme (has a case to hand in, or should). */
  isMember: boolean;
  /** The reader manages the event (operators): may edit and delete the homework. */
  canManage: boolean;
}

/** The event of a homework and what the person may do with it; undefined when either is missing. */
export async function homeworkContext(db: Executor, user: RequestUser | null, homeworkId: number) {
  const homework = await hq.findHomework(db, homeworkId);
  const event = homework ? await findEvent(db, homework.event_id) : undefined;
  if (!homework || !event) return undefined;
  return { homework, event, access: await eventAccess(db, user, event) };
}

export function toHomeworkView(homework: HomeworkRow, event: EventRow): HomeworkView {
  return {
    id: homework.id,
    title: parseLocalized(homework.title),
    instructions: parseLocalized(homework.instructions),
    dueAt: homework.due_at,
    eventId: event.id,
    eventTitle: parseLocalized(event.title),
    timeZone: event.time_zone,
  };
}

/** Everything the homework page shows to one reader. */
export async function loadHomeworkPage(
  db: Executor,
  user: RequestUser | null,
  homework: HomeworkRow,
  event: EventRow,
  access: EventAccess,
  now = new Date(),
): Promise<HomeworkPageData> {
  const view = toHomeworkView(homework, event);
  const [cases, submissions, p] = await Promise.all([
    listProgrammeCases(db, event.programme_id),
    hq.listSubmissionsOfHomework(db, homework.id),
    programmeAccess(db, user, event.programme_id),
  ]);
  const files = await hq.listFiles(
    db,
    submissions.map((s) => s.id),
  );
  const byCase = new Map(submissions.map((s) => [s.case_id, s]));
  const handInOf = (caseId: number): HandInItem | null => {
    const s = byCase.get(caseId);
    if (!s) return null;
    return {
      submissionId: s.id,
      homeworkId: homework.id,
      title: view.title,
      dueAt: homework.due_at,
      timeZone: event.time_zone,
      status: handInStatus(s, homework.due_at, now),
      body: s.body,
      submittedAt: s.submitted_at,
      updatedAt: s.updated_at,
      files: files.filter((f) => f.submission_id === s.id),
    };
  };
  const entry = (c: (typeof cases)[number]): CaseHandIn => ({
    caseId: c.id,
    caseTitle: c.title,
    organisationName: c.organisationName,
    status: handInStatus(byCase.get(c.id), homework.due_at, now),
    handIn: handInOf(c.id),
  });

  const staff = access.canManage || access.canFollowUp;
  const followed = (participantId: number) =>
    access.canManage || p.followUpParticipantIds == null || p.followUpParticipantIds.includes(participantId);
  const statusRows = staff
    ? cases
        .filter((c) => followed(c.participantId))
        .map((c) => ({
          caseId: c.id,
          caseTitle: c.title,
          organisationName: c.organisationName,
          status: handInStatus(byCase.get(c.id), homework.due_at, now),
        }))
    : null;

  const own = cases.filter((c) => access.participantIds.includes(c.participantId));
  const peerIds = new Set<number>();
  for (const c of own) for (const id of await cq.groupPeersAt(db, c.id, event.id)) peerIds.add(id);
  const groupHandIns = cases
    .filter((c) => peerIds.has(c.id) && !own.includes(c))
    .map(entry)
    .filter((e) => e.handIn);
  return {
    homework: view,
    statusRows,
    ownCases: own.map(entry),
    groupHandIns,
    isMember: access.participantIds.length > 0,
    canManage: access.canManage,
  };
}
