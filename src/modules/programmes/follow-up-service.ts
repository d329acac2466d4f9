import { audit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import { inTransaction, type Executor } from '../../platform/db/database';
import { format, pickText, type Locale } from '../../platform/i18n/index';
import { queueMail } from '../../platform/mail/outbox';
import * as fq from './follow-up-queries';
import { followUpMessages } from './follow-up-messages';
import { happenedAt, parseLocalized, ProgrammeError } from './model';
import { getProgramme, listParticipants } from './reads';
import { stepStatuses, type StepStatus } from './tables';

export interface StepStatusInput {
  participantId: number;
  stepId: number;
  status: StepStatus;
  note?: string | null;
  noteDate?: string | null;
  /** When it happened (ISO timestamp); now when absent. Only the demo loader sets it. */
  at?: string | null;
}

export interface StepNoteInput {
  participantId: number;
  stepId: number;
  body: string;
  noteDate?: string | null;
  /** When it was written (ISO timestamp); now when absent. */
  at?: string | null;
}

export interface FeedbackInput {
  participantId: number;
  stepId: number;
  body: string;
  fromCentre: boolean;
  replyToId?: number | null;
  /** When it was given (ISO timestamp); now when absent. Only the demo loader sets it. */
  at?: string | null;
}

export interface FeedbackOptions {
  /** The start of links in the mail, e.g. https://samling.example. */
  baseUrl?: string;
  /** Mail the centre's feedback to the participant's contacts (default). The demo loader turns it off. */
  sendMail?: boolean;
}

// Checks shared with follow-up-plan-service.ts. The routes validate forms first; these guard the
// service's other callers (the demo loader) and answer with ProgrammeError like the rest of the module.

// The programmes run in Norway and Sweden, which keep the same clock (CET/CEST): a note written at
// 00:30 in Oslo belongs to that day, not to the day before as the UTC date would have it.
const localDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The note's date: the one given, else the day `at` fell on in Norway and Sweden. */
const noteDay = (noteDate: string | null, at: string) => noteDate ?? localDay.format(new Date(at));
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Trimmed text, or null when empty. */
export const clean = (text: string | null | undefined) => text?.trim() || null;

/** The trimmed text; `invalid` on `field` when it is empty or longer than `max`. */
export function requireText(text: string | null | undefined, field: string, max = 5000): string {
  const value = clean(text);
  if (!value || value.length > max) throw new ProgrammeError('invalid', field);
  return value;
}

/** A YYYY-MM-DD date or null; `invalid` on `field` for anything else. */
export function optionalDate(value: string | null | undefined, field: string): string | null {
  const date = clean(value);
  if (date && !DATE.test(date)) throw new ProgrammeError('invalid', field);
  return date;
}

/** The participant and the step, when the step belongs to the participant's programme. */
async function requireParticipantStep(db: Executor, participantId: number, stepId: number) {
  const participant = await fq.findParticipantRow(db, participantId);
  if (!participant) throw new ProgrammeError('notFound', 'participantId');
  const step = await fq.findStepOfProgramme(db, participant.programme_id, stepId);
  if (!step) throw new ProgrammeError('notFound', 'stepId');
  return { participant, step };
}

/** The participant row; `notFound` when there is none. */
export async function requireParticipant(db: Executor, participantId: number) {
  const participant = await fq.findParticipantRow(db, participantId);
  if (!participant) throw new ProgrammeError('notFound', 'participantId');
  return participant;
}

/** Audits a follow-up change under the participant it concerns. */
export const followUpAudit = (
  db: Executor,
  actorUserId: number | null,
  action: string,
  participantId: number,
  details: Record<string, unknown>,
) => audit(db, { actorUserId, action, subjectType: 'participant', subjectId: participantId, details });

/** Sets a step's status for a participant (not started, in progress, done), with an optional dated note. */
export async function setStepStatus(
  db: Executor,
  input: StepStatusInput,
  actorUserId: number | null,
): Promise<void> {
  if (!(stepStatuses as readonly string[]).includes(input.status))
    throw new ProgrammeError('invalid', 'status');
  const note = clean(input.note);
  if (note && note.length > 5000) throw new ProgrammeError('invalid', 'note');
  const now = happenedAt(input.at);
  const noteDate = noteDay(optionalDate(input.noteDate, 'noteDate'), now);
  await inTransaction(db, async (tx) => {
    const { participant } = await requireParticipantStep(tx, input.participantId, input.stepId);
    const before = await fq.findProgress(tx, participant.id, input.stepId);
    // Saving the same status again only adds the note, so "changed since" stays truthful.
    if (before?.status !== input.status) {
      await fq.upsertProgress(tx, {
        participantId: participant.id,
        stepId: input.stepId,
        status: input.status,
        now,
        userId: actorUserId,
      });
      await followUpAudit(tx, actorUserId, 'programme.step.status', participant.id, {
        stepId: input.stepId,
        from: before?.status ?? 'not_started',
        to: input.status,
      });
    }
    if (note) {
      const noteId = await fq.insertNote(tx, {
        participantId: participant.id,
        stepId: input.stepId,
        noteDate,
        body: note,
        userId: actorUserId,
        now,
      });
      await followUpAudit(tx, actorUserId, 'programme.step.note', participant.id, {
        stepId: input.stepId,
        noteId,
      });
    }
  });
}

/** Adds a dated note to a step without touching its status (participants keep their own log). */
export async function addStepNote(
  db: Executor,
  input: StepNoteInput,
  actorUserId: number | null,
): Promise<number> {
  const body = requireText(input.body, 'note');
  const now = happenedAt(input.at);
  const noteDate = noteDay(optionalDate(input.noteDate, 'noteDate'), now);
  return inTransaction(db, async (tx) => {
    const { participant } = await requireParticipantStep(tx, input.participantId, input.stepId);
    const noteId = await fq.insertNote(tx, {
      participantId: participant.id,
      stepId: input.stepId,
      noteDate,
      body,
      userId: actorUserId,
      now,
    });
    await followUpAudit(tx, actorUserId, 'programme.step.note', participant.id, {
      stepId: input.stepId,
      noteId,
    });
    return noteId;
  });
}

/**
 * Records the centre's feedback on a step (mailed to the participant's contacts unless
 * `sendMail: false`), or the participant's answer to it (`fromCentre: false`, `replyToId` naming the
 * feedback in that thread).
 */
export async function giveFeedback(
  db: Executor,
  input: FeedbackInput,
  actorUserId: number | null,
  options: FeedbackOptions = {},
): Promise<number> {
  const body = requireText(input.body, 'body');
  const now = happenedAt(input.at);
  const replyToId = input.replyToId ?? null;
  if (!input.fromCentre && replyToId == null) throw new ProgrammeError('invalid', 'replyToId');
  return inTransaction(db, async (tx) => {
    const { participant, step } = await requireParticipantStep(tx, input.participantId, input.stepId);
    if (replyToId != null) {
      const parent = await fq.findFeedback(tx, replyToId);
      if (!parent || parent.participant_id !== participant.id || parent.step_id !== step.id) {
        throw new ProgrammeError('notFound', 'replyToId');
      }
    }
    const id = await fq.insertFeedback(tx, {
      participantId: participant.id,
      stepId: step.id,
      body,
      fromCentre: input.fromCentre,
      replyToId,
      userId: actorUserId,
      now,
    });
    await followUpAudit(
      tx,
      actorUserId,
      input.fromCentre ? 'programme.feedback.give' : 'programme.feedback.answer',
      participant.id,
      {
        stepId: step.id,
        feedbackId: id,
        replyToId,
      },
    );
    if (input.fromCentre && options.sendMail !== false)
      await mailContacts(tx, participant, step.title, body, options.baseUrl ?? '');
    return id;
  });
}

/** Queues one mail per contact with an e-mail address, in the language of the participant's country. */
async function mailContacts(
  db: Executor,
  participant: { id: number; programme_id: number },
  stepTitle: string,
  body: string,
  baseUrl: string,
) {
  const [programme, participants] = await Promise.all([
    getProgramme(db, participant.programme_id),
    listParticipants(db, participant.programme_id),
  ]);
  const full = participants.find((p) => p.id === participant.id);
  if (!programme || !full) return;
  const locale: Locale = full.organisation?.country === 'SE' ? 'sv' : 'nb';
  const m = followUpMessages(locale);
  const step = pickText(parseLocalized(stepTitle), locale);
  const link = `${baseUrl}/programmes/${programme.slug}/participants/${participant.id}`;
  const params = {
    step,
    programme: pickText(programme.title, locale),
    organisation: full.organisation?.name ?? '',
    body,
    link,
  };
  const recipients = new Set(full.contacts.map((c) => c.person.email).filter((e): e is string => !!e));
  for (const to of recipients) {
    await queueMail(db, { to, subject: format(m.mailSubject, params), body: format(m.mailBody, params) });
  }
}
/** Notes that the person looked at the programme's overview now; returns when they had looked before. */
export async function recordVisit(db: Executor, userId: number, programmeId: number): Promise<string | null> {
  return inTransaction(db, async (tx) => {
    const before = await fq.findVisit(tx, userId, programmeId);
    await fq.upsertVisit(tx, userId, programmeId, nowIso());
    return before?.visited_at ?? null;
  });
}
