import { audit } from '../../platform/audit/audit';
import { inTransaction, type Executor } from '../../platform/db/database';
import type { LocalizedText } from '../../platform/i18n/index';
import * as aq from './admin-queries';
import type { QuestionKind } from './tables';

/** A question asked at registration; its label in as many of nb, sv and en as the team writes. */
export interface QuestionInput {
  kind: QuestionKind;
  label: LocalizedText;
  required: boolean;
}

export type QuestionResult = { ok: true; id: number } | { ok: false; error: 'labelRequired' | 'notFound' };

function row(input: QuestionInput) {
  const label: LocalizedText = {};
  for (const [locale, text] of Object.entries(input.label))
    if (text?.trim()) label[locale as 'nb'] = text.trim();
  return {
    kind: input.kind,
    label: JSON.stringify(label),
    required: input.required ? 1 : 0,
    empty: !Object.keys(label).length,
  };
}

/** Adds a question at the end of the event's list. */
export async function addQuestion(
  db: Executor,
  eventId: number,
  input: QuestionInput,
  actorUserId: number | null,
): Promise<QuestionResult> {
  const { empty, ...values } = row(input);
  if (empty) return { ok: false, error: 'labelRequired' };
  return inTransaction(db, async (tx) => {
    const id = await aq.insertQuestion(tx, eventId, values);
    await audit(tx, {
      actorUserId,
      action: 'event.question.add',
      subjectType: 'event',
      subjectId: eventId,
      details: { questionId: id },
    });
    return { ok: true as const, id };
  });
}

/** Changes a question's kind, label or whether it must be answered. */
export async function updateQuestion(
  db: Executor,
  eventId: number,
  questionId: number,
  input: QuestionInput,
  actorUserId: number | null,
): Promise<QuestionResult> {
  const { empty, ...values } = row(input);
  if (empty) return { ok: false, error: 'labelRequired' };
  return inTransaction(db, async (tx) => {
    if (!(await aq.findQuestion(tx, eventId, questionId)))
      return { ok: false as const, error: 'notFound' as const };
    await aq.updateQuestion(tx, questionId, values);
    await audit(tx, {
      actorUserId,
      action: 'event.question.edit',
      subjectType: 'event',
      subjectId: eventId,
      details: { questionId },
    });
    return { ok: true as const, id: questionId };
  });
}

/** Deletes a question and every answer given to it. */
export async function deleteQuestion(
  db: Executor,
  eventId: number,
  questionId: number,
  actorUserId: number | null,
) {
  return inTransaction(db, async (tx) => {
    if (!(await aq.findQuestion(tx, eventId, questionId))) return false;
    await aq.deleteQuestion(tx, questionId);
    await audit(tx, {
      actorUserId,
      action: 'event.question.delete',
      subjectType: 'event',
      subjectId: eventId,
      details: { questionId },
    });
    return true;
  });
}

/** Swaps a question with its neighbour above or below; the list is renumbered 1…n on the way. */
export async function moveQuestion(
  db: Executor,
  eventId: number,
  questionId: number,
  direction: 'up' | 'down',
  actorUserId: number | null,
) {
  return inTransaction(db, async (tx) => {
    const list = await aq.listQuestions(tx, eventId);
    const at = list.findIndex((q) => q.id === questionId);
    if (at < 0) return false;
    const to = direction === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= list.length) return true;
    [list[at], list[to]] = [list[to]!, list[at]!];
    for (const [i, q] of list.entries())
      if (q.position !== i + 1) await aq.setQuestionPosition(tx, q.id, i + 1);
    await audit(tx, {
      actorUserId,
      action: 'event.question.move',
      subjectType: 'event',
      subjectId: eventId,
      details: { questionId, direction },
    });
    return true;
  });
}
