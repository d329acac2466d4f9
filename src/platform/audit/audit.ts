import type { Executor } from '../db/database';
import { nowIso } from '../db/columns';

export interface AuditEntry {
  actorUserId: number | null;
  action: string;
  subjectType: string;
  subjectId: string | number;
  details?: Record<string, unknown>;
}

/** Records who changed what and when; written in the transaction of the change itself. */
export async function audit(db: Executor, entry: AuditEntry) {
  await db
    .insertInto('audit_log')
    .values({
      at: nowIso(),
      actor_user_id: entry.actorUserId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: String(entry.subjectId),
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export function listAudit(
  db: Executor,
  filter: { subjectType?: string; subjectId?: string; limit?: number } = {},
) {
  let q = db
    .selectFrom('audit_log')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 200);
  if (filter.subjectType) q = q.where('subject_type', '=', filter.subjectType);
  if (filter.subjectId) q = q.where('subject_id', '=', filter.subjectId);
  return q.execute();
}

/** When a person is erased, their past actions stay in the log but no longer point at them. */
export async function anonymiseActor(db: Executor, userId: number) {
  await db
    .updateTable('audit_log')
    .set({ actor_user_id: null })
    .where('actor_user_id', '=', userId)
    .execute();
}

/** Everything a person did, oldest first: part of their personal-data export. */
export function listAuditByActor(db: Executor, userId: number) {
  return db.selectFrom('audit_log').selectAll().where('actor_user_id', '=', userId).orderBy('id').execute();
}
