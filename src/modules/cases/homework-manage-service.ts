import { audit } from '../../platform/audit/audit';
import { inTransaction, type Executor } from '../../platform/db/database';
import { parseLocalized } from '../../platform/i18n/index';
import { findEvent } from '../gatherings/index';
import * as q from './homework-queries';
import { HomeworkError, homeworkValues, type HomeworkInput } from './homework-service';

/** What an edit did besides saving the texts. */
export interface HomeworkUpdate {
  /** The due time moved to a time still ahead, so the reminder goes out (again) before it. */
  reminderRearmed: boolean;
}

/**
 * Changes a homework's title, instructions and due time (a local time in the event's zone), with
 * the same rules as creating one; nothing is saved on bad input. Hand-ins stay: whether one was
 * late is always read against the current due time, so it follows the move. When the due time
 * moves to a time after `now`, the reminder is re-armed so the cases still missing are reminded
 * before the new time, even if they were reminded of the old one.
 */
export function updateHomework(
  db: Executor,
  homeworkId: number,
  input: HomeworkInput,
  actorUserId: number | null,
  now: Date = new Date(),
): Promise<HomeworkUpdate> {
  return inTransaction(db, async (tx) => {
    const homework = await q.findHomework(tx, homeworkId);
    const event = homework ? await findEvent(tx, homework.event_id) : undefined;
    if (!homework || !event) throw new HomeworkError('notFound');
    const values = homeworkValues(input, event);
    const moved = values.due_at !== homework.due_at;
    const reminderRearmed = moved && values.due_at > now.toISOString();
    await q.updateHomework(tx, homework.id, values, reminderRearmed, now.toISOString());
    await audit(tx, {
      actorUserId,
      action: 'homework.update',
      subjectType: 'homework',
      subjectId: homework.id,
      details: moved
        ? { dueAt: { from: homework.due_at, to: values.due_at }, reminderRearmed }
        : { reminderRearmed },
    });
    return { reminderRearmed };
  });
}

/** The result of deleting a homework: done, or refused because hand-ins came in after the question. */
export type HomeworkDeletion =
  | { ok: true; eventId: number; handIns: number; files: number }
  | { ok: false; handIns: number; files: number };

/**
 * Deletes a homework with its hand-ins and their files, in one transaction. `expectedHandIns` is
 * the number the operator was shown when asked to confirm: if more have come in since, nothing is
 * deleted and the new numbers are returned, so nobody's work goes without the operator seeing it.
 */
export function deleteHomework(
  db: Executor,
  homeworkId: number,
  actorUserId: number | null,
  expectedHandIns?: number,
): Promise<HomeworkDeletion> {
  return inTransaction(db, async (tx) => {
    const homework = await q.findHomework(tx, homeworkId);
    if (!homework) throw new HomeworkError('notFound');
    const counts = await q.countHandIns(tx, homework.id);
    if (expectedHandIns !== undefined && counts.handIns > expectedHandIns) return { ok: false, ...counts };
    if (!(await q.deleteHomework(tx, homework.id))) throw new HomeworkError('notFound');
    await audit(tx, {
      actorUserId,
      action: 'homework.delete',
      subjectType: 'homework',
      subjectId: homework.id,
      details: {
        eventId: homework.event_id,
        title: parseLocalized(homework.title),
        dueAt: homework.due_at,
        ...counts,
      },
    });
    return { ok: true, eventId: homework.event_id, ...counts };
  });
}
