import { audit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import type { Db, Executor } from '../../platform/db/database';
import { format, isLocale, pickText, type Locale } from '../../platform/i18n/index';
import { queueMail } from '../../platform/mail/outbox';
import { getProgramme } from '../programmes/index';
import { inputMailMessages } from './mail-messages';
import * as q from './queries';
import { indexInput } from './search-document';
import type { InputRow } from './queries';
import type { InputStatus, SenderKind } from './tables';

/** The longest input text we take: long enough for a considered letter, short of a document. */
export const MAX_INPUT_LENGTH = 10_000;
/** The longest public answer or internal note. */
export const MAX_ANSWER_LENGTH = 10_000;

/** An input as the rest of the app sees it. */
export interface Input {
  id: number;
  programmeId: number;
  title: string;
  body: string;
  senderKind: SenderKind;
  senderUserId: number | null;
  senderName: string | null;
  senderEmail: string | null;
  showName: boolean;
  locale: Locale;
  status: InputStatus;
  statusChangedAt: string;
  internalNote: string;
  answer: string | null;
  answeredAt: string | null;
  createdAt: string;
}

/** An answered input as the public sees it: the sender's name only if they agreed to show it. */
export interface PublicInput {
  id: number;
  programmeId: number;
  title: string;
  body: string;
  senderKind: SenderKind;
  /** Null unless the sender agreed to show their name. */
  senderName: string | null;
  answer: string;
  answeredAt: string;
  /** The language the sender wrote the form in (nb, sv or en). */
  language: Locale;
}

export const toInput = (row: InputRow): Input => ({
  id: row.id,
  programmeId: row.programme_id,
  title: row.title,
  body: row.body,
  senderKind: row.sender_kind,
  senderUserId: row.sender_user_id,
  senderName: row.sender_name,
  senderEmail: row.sender_email,
  showName: row.show_name === 1,
  locale: isLocale(row.locale) ? row.locale : 'nb',
  status: row.status,
  statusChangedAt: row.status_changed_at,
  internalNote: row.internal_note,
  answer: row.answer,
  answeredAt: row.answered_at,
  createdAt: row.created_at,
});

const toPublic = (row: InputRow): PublicInput => ({
  id: row.id,
  programmeId: row.programme_id,
  title: row.title,
  body: row.body,
  senderKind: row.sender_kind,
  senderName: row.show_name === 1 && row.sender_name ? row.sender_name : null,
  answer: row.answer ?? '',
  answeredAt: row.answered_at ?? row.updated_at,
  language: isLocale(row.locale) ? row.locale : 'nb',
});

/** What a sender hands in through the form. */
export interface NewInput {
  programmeId: number;
  title: string;
  body: string;
  /** A logged-in member (their account's name and e-mail), or the public (what they typed, if anything). */
  sender: { kind: SenderKind; userId: number | null; name: string | null; email: string | null };
  showName: boolean;
  locale: Locale;
}

/** Stores a new input with the status "new"; returns its id. */
export async function sendInput(db: Executor, input: NewInput): Promise<number> {
  return q.insertInput(
    db,
    {
      programme_id: input.programmeId,
      title: input.title,
      body: input.body,
      sender_kind: input.sender.kind,
      sender_user_id: input.sender.userId,
      sender_name: input.sender.name,
      sender_email: input.sender.email,
      show_name: input.showName ? 1 : 0,
      locale: input.locale,
    },
    nowIso(),
  );
}

/** An operator's triage of one input: the new status, the internal note and the public answer (null: none). */
export interface Triage {
  status: InputStatus;
  internalNote: string;
  answer: string | null;
}

/** What a triage changed, for the confirmation the operator sees. */
export interface TriageResult {
  statusChanged: boolean;
  noteChanged: boolean;
  answer: 'published' | 'changed' | 'removed' | 'unchanged';
  senderMailed: boolean;
}

/**
 * Applies a triage in one transaction: a status move is recorded in the history, each change is
 * audited, and the first time an answer is published the sender (if they gave an e-mail) is told
 * through the outbox. `baseUrl` makes the link in that mail.
 */
export async function triageInput(
  db: Db,
  inputId: number,
  triage: Triage,
  actorUserId: number,
  baseUrl: string,
): Promise<TriageResult | null> {
  return db.transaction().execute(async (tx) => {
    const row = await q.findInput(tx, inputId);
    if (!row) return null;
    const now = nowIso();
    const subject = { actorUserId, subjectType: 'input', subjectId: inputId } as const;
    const result: TriageResult = {
      statusChanged: triage.status !== row.status,
      noteChanged: triage.internalNote !== row.internal_note,
      answer: answerChange(row.answer, triage.answer),
      senderMailed: false,
    };
    const values: Parameters<typeof q.updateInput>[2] = {};
    if (result.statusChanged) {
      values.status = triage.status;
      values.status_changed_at = now;
      await q.insertStatusChange(
        tx,
        { input_id: inputId, from_status: row.status, to_status: triage.status, changed_by: actorUserId },
        now,
      );
      await audit(tx, {
        ...subject,
        action: 'input.status',
        details: { from: row.status, to: triage.status },
      });
    }
    if (result.noteChanged) {
      values.internal_note = triage.internalNote;
      await audit(tx, { ...subject, action: 'input.note' });
    }
    if (result.answer !== 'unchanged') {
      values.answer = triage.answer;
      values.answered_by = triage.answer == null ? null : actorUserId;
      // The date shown beside the answer is when it was first published; an edit keeps it.
      if (result.answer !== 'changed') values.answered_at = triage.answer == null ? null : now;
      await audit(tx, { ...subject, action: `input.answer.${result.answer}` });
    }
    if (result.answer === 'published' && row.sender_email && !row.notified_at) {
      await mailSender(tx, row, triage.answer!, baseUrl);
      values.notified_at = now;
      result.senderMailed = true;
    }
    if (Object.keys(values).length > 0) await q.updateInput(tx, inputId, values, now);
    if (result.answer !== 'unchanged') await indexInput(tx, inputId);
    return result;
  });
}

function answerChange(before: string | null, after: string | null): TriageResult['answer'] {
  if (before === after) return 'unchanged';
  if (before == null) return 'published';
  return after == null ? 'removed' : 'changed';
}

/** Tells the sender, in the language they wrote in, that their input has a public answer. */
async function mailSender(db: Executor, row: InputRow, answer: string, baseUrl: string) {
  const locale = isLocale(row.locale) ? row.locale : 'nb';
  const m = inputMailMessages(locale);
  const programme = await getProgramme(db, row.programme_id);
  const programmeTitle = pickText(programme?.title, locale);
  const link = `${baseUrl}/programmes/${encodeURIComponent(programme?.slug ?? '')}/inputs/public#input-${row.id}`;
  await queueMail(db, {
    to: row.sender_email!,
    subject: format(m.subject, { title: row.title }),
    body: format(m.body, { title: row.title, programme: programmeTitle, answer, link }),
  });
}

/** Inputs with a published answer, newest answer first; of one programme, or of all (for search). */
export async function listPublicInputs(db: Executor, programmeId?: number): Promise<PublicInput[]> {
  return (await q.listAnswered(db, programmeId ?? null)).map(toPublic);
}

/** The input with this id, or undefined. */
export async function getInput(db: Executor, id: number): Promise<Input | undefined> {
  const row = await q.findInput(db, id);
  return row ? toInput(row) : undefined;
}
