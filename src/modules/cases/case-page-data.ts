import type { Executor } from '../../platform/db/database';
import { parseLocalized, type LocalizedText } from '../../platform/i18n/index';
import { loginNames } from '../accounts/index';
import { listProgrammeEvents } from '../gatherings/index';
import { getProgramme, listParticipants } from '../programmes/index';
import * as cq from './case-queries';
import type { CaseRow } from './case-queries';
import { toCase, type Case } from './case-service';
import * as hq from './homework-queries';
import { handInStatus, type HandInStatus } from './homework-service';
import { readsHandIn, type CaseAccess } from './permissions';
import type { ProgrammeRef } from './views/case-parts';

/** Where an event's time zone is unknown (an entry tied to no event), the programmes' home zone. */
const HOME_ZONE = 'Europe/Oslo';

export interface EventOption {
  id: number;
  title: LocalizedText;
  startsAt: string;
  timeZone: string;
}

export interface LogItem {
  id: number;
  body: string;
  createdAt: string;
  timeZone: string;
  event: EventOption | null;
  /** null when the author was erased or is unknown. */
  authorName: string | null;
}

export interface HandInItem {
  submissionId: number;
  homeworkId: number;
  title: LocalizedText;
  dueAt: string;
  timeZone: string;
  status: HandInStatus;
  body: string;
  submittedAt: string;
  updatedAt: string;
  files: { id: number; filename: string; size: number }[];
}

export interface CasePageData {
  programme: ProgrammeRef;
  kase: Case & { organisationName: string };
  events: EventOption[];
  log: LogItem[];
  handIns: HandInItem[];
}

/** The programme as case pages show it (slug and title). */
export async function programmeRef(db: Executor, programmeId: number): Promise<ProgrammeRef> {
  const programme = await getProgramme(db, programmeId);
  return { slug: programme?.slug ?? '', title: programme?.title ?? {} };
}

/** The name of the participant's organisation. */
export async function participantName(db: Executor, programmeId: number, participantId: number) {
  const participants = await listParticipants(db, programmeId);
  return participants.find((p) => p.id === participantId)?.organisation?.name ?? '';
}

/** Everything the case page shows to a reader with `access`: hand-ins only those they may read. */
export async function loadCasePage(db: Executor, row: CaseRow, access: CaseAccess): Promise<CasePageData> {
  const [programme, organisationName, eventRows, logRows, submissions] = await Promise.all([
    programmeRef(db, row.programme_id),
    participantName(db, row.programme_id, row.participant_id),
    listProgrammeEvents(db, row.programme_id),
    cq.listLog(db, row.id),
    hq.listSubmissionsOfCase(db, row.id),
  ]);
  const events = eventRows.map((e) => ({
    id: e.id,
    title: e.title,
    startsAt: e.startsAt,
    timeZone: e.timeZone,
  }));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const names = await loginNames(
    db,
    logRows.flatMap((l) => (l.author_user_id == null ? [] : [l.author_user_id])),
  );
  const fallbackZone = events[0]?.timeZone ?? HOME_ZONE;
  const log = logRows.map((l) => {
    const event = l.event_id == null ? null : (eventById.get(l.event_id) ?? null);
    return {
      id: l.id,
      body: l.body,
      createdAt: l.created_at,
      timeZone: event?.timeZone ?? fallbackZone,
      event,
      authorName: l.author_user_id == null ? null : (names.get(l.author_user_id) ?? null),
    };
  });
  const readable = submissions.filter((s) => readsHandIn(access, s.event_id));
  const files = await hq.listFiles(
    db,
    readable.map((s) => s.id),
  );
  const now = new Date();
  const handIns = readable.map((s) => ({
    submissionId: s.id,
    homeworkId: s.homework_id,
    title: parseLocalized(s.title),
    dueAt: s.due_at,
    timeZone: eventById.get(s.event_id)?.timeZone ?? fallbackZone,
    status: handInStatus(s, s.due_at, now),
    body: s.body,
    submittedAt: s.submitted_at,
    updatedAt: s.updated_at,
    files: files.filter((f) => f.submission_id === s.id),
  }));
  return { programme, kase: { ...toCase(row), organisationName }, events, log, handIns };
}
