import { audit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import { inTransaction, type Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import { parseLocalized, type LocalizedText } from '../../platform/i18n/index';
import { isLocalDateTime, zonedToUtc } from '../../platform/time';
import { eventsOfProgrammes, findEvent } from '../gatherings/index';
import { listOwnProgrammes, programmeAccess } from '../programmes/index';
import * as cq from './case-queries';
import * as q from './homework-queries';

/** A hand-in file may be at most this large; the upload stops reading beyond it. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Files per hand-in (each time a case hands in). */
export const MAX_FILES = 5;

/** A rule of homework broken by input that passed the form's validation; `detail` names the file. */
export class HomeworkError extends Error {
  constructor(
    public code: 'tooLarge' | 'tooMany' | 'empty' | 'dueAt' | 'title' | 'notFound',
    public detail = '',
  ) {
    super(code);
    this.name = 'HomeworkError';
  }

  /** What the error page reads if one escapes a route's handling: a 4xx, never 500. */
  get statusCode(): number {
    return this.code === 'notFound' ? 404 : this.code === 'tooLarge' ? 413 : 400;
  }
}

export interface HandInFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

/** How a case stands with one homework; `late` and `overdue` are said in words on every page. */
export type HandInStatus = 'handedIn' | 'late' | 'missing' | 'overdue';

/** Late when last handed in after the due time; overdue when not handed in and the time has passed. */
export function handInStatus(
  submission: { updated_at: string } | undefined,
  dueAt: string,
  now: Date,
): HandInStatus {
  if (submission) return submission.updated_at > dueAt ? 'late' : 'handedIn';
  return now.toISOString() > dueAt ? 'overdue' : 'missing';
}

/** Keeps only the name of a file (no folders), without control characters, at most 200 characters. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  return clean.slice(-200) || 'file';
}

/** A content type as sent, if it is a plain `type/subtype`; anything else is served as bytes. */
export function safeContentType(type: string): string {
  return /^[\w.+-]{1,60}\/[\w.+-]{1,100}$/.test(type) ? type.toLowerCase() : 'application/octet-stream';
}

/** The kinds of hand-in file served as what they are; every other file is served as plain bytes. */
const servedTypes = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'image/png',
  'image/jpeg',
  'text/plain',
  'text/csv',
]);

/**
 * The content type a download is served with. The stored one is whatever the uploader's browser
 * (or a crafted request) said, so only a known document or image type passes; anything else (an
 * HTML page, an SVG with script) is served as application/octet-stream.
 */
export function servedContentType(stored: string): string {
  const type = stored.split(';')[0]!.trim().toLowerCase();
  return servedTypes.has(type) ? type : 'application/octet-stream';
}

/** What an operator enters for a homework: texts per language and a local due time. */
export interface HomeworkInput {
  title: LocalizedText;
  instructions: LocalizedText;
  /** Local date-time (`YYYY-MM-DDTHH:mm`) in the event's own time zone. */
  dueAt: string;
}

/**
 * The stored columns of a homework entered for `event`: a title in at least one language and a
 * well-formed local due time, turned into UTC with the event's zone. Throws HomeworkError otherwise.
 */
export function homeworkValues(input: HomeworkInput, event: { time_zone: string }) {
  const title = clean(input.title);
  if (Object.keys(title).length === 0) throw new HomeworkError('title');
  if (!isLocalDateTime(input.dueAt)) throw new HomeworkError('dueAt');
  return {
    title: JSON.stringify(title),
    instructions: JSON.stringify(clean(input.instructions)),
    due_at: zonedToUtc(input.dueAt, event.time_zone),
  };
}

/** Creates homework for an event; `dueAt` is a local time in the event's own time zone. */
export function createHomework(
  db: Executor,
  input: HomeworkInput & { eventId: number },
  actorUserId: number | null,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const event = await findEvent(tx, input.eventId);
    if (!event) throw new HomeworkError('notFound');
    const id = await q.insertHomework(tx, { event_id: event.id, ...homeworkValues(input, event) }, nowIso());
    await audit(tx, { actorUserId, action: 'homework.create', subjectType: 'homework', subjectId: id });
    return id;
  });
}

function clean(text: LocalizedText): LocalizedText {
  const out: LocalizedText = {};
  for (const locale of ['nb', 'sv', 'en'] as const) {
    const value: unknown = text[locale];
    if (typeof value === 'string' && value.trim()) out[locale] = value.trim();
  }
  return out;
}

/**
 * Hands in a case's homework: the text replaces any earlier one and the files are added. All or
 * nothing: a file too large or too many files saves nothing at all.
 */
export function submitHomework(
  db: Executor,
  input: { homeworkId: number; caseId: number; body: string; files?: HandInFile[] },
  actorUserId: number | null,
  now: Date = new Date(),
): Promise<number> {
  const files = (input.files ?? []).filter((f) => f.data.length > 0 || f.filename);
  if (files.length > MAX_FILES) throw new HomeworkError('tooMany');
  const tooLarge = files.find((f) => f.data.length > MAX_FILE_BYTES);
  if (tooLarge) throw new HomeworkError('tooLarge', safeFilename(tooLarge.filename));
  const body = input.body.trim();
  if (!body && files.length === 0) throw new HomeworkError('empty');
  return inTransaction(db, async (tx) => {
    const homework = await q.findHomework(tx, input.homeworkId);
    const kase = await cq.findCase(tx, input.caseId);
    const event = homework ? await findEvent(tx, homework.event_id) : undefined;
    if (!homework || !kase || !event || event.programme_id !== kase.programme_id)
      throw new HomeworkError('notFound');
    const at = now.toISOString();
    const id = await q.upsertSubmission(
      tx,
      { homework_id: homework.id, case_id: kase.id, body, submitted_by: actorUserId },
      at,
    );
    for (const file of files) {
      await q.insertFile(
        tx,
        {
          submission_id: id,
          filename: safeFilename(file.filename),
          content_type: safeContentType(file.contentType),
          data: file.data,
        },
        at,
      );
    }
    await audit(tx, {
      actorUserId,
      action: 'homework.submit',
      subjectType: 'homework',
      subjectId: homework.id,
      details: { caseId: kase.id, submissionId: id, files: files.length, late: at > homework.due_at },
    });
    return id;
  });
}

/** One homework as it stands for one of the person's cases. */
export interface HomeworkForUser {
  homeworkId: number;
  title: LocalizedText;
  /** UTC instant (ISO). */
  dueAt: string;
  eventId: number;
  caseId: number;
  submitted: boolean;
  overdue: boolean;
}

/** The homework of every case the person belongs to, earliest due first (for "my next steps"). */
export async function homeworkForUser(
  db: Executor,
  user: RequestUser | null,
  now: Date,
): Promise<HomeworkForUser[]> {
  if (!user) return [];
  const programmes = await listOwnProgrammes(db, user);
  const participantIds: number[] = [];
  for (const programme of programmes) {
    participantIds.push(...(await programmeAccess(db, user, programme.id)).participantIds);
  }
  const cases = await cq.listCasesOfParticipants(db, participantIds);
  if (cases.length === 0) return [];
  // The events (a gatherings table) are asked of gatherings; homework is then found by event.
  const events = await eventsOfProgrammes(db, [...new Set(cases.map((c) => c.programme_id))]);
  const programmeOf = new Map(events.map((e) => [e.id, e.programmeId]));
  const homework = await q.listHomeworkOfEvents(db, [...programmeOf.keys()]);
  const result: HomeworkForUser[] = [];
  for (const h of homework) {
    for (const kase of cases.filter((c) => c.programme_id === programmeOf.get(h.event_id))) {
      const status = handInStatus(await q.findSubmission(db, h.id, kase.id), h.due_at, now);
      result.push({
        homeworkId: h.id,
        title: parseLocalized(h.title),
        dueAt: h.due_at,
        eventId: h.event_id,
        caseId: kase.id,
        submitted: status === 'handedIn' || status === 'late',
        overdue: status === 'overdue',
      });
    }
  }
  return result;
}
