import { audit, listAudit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import { isConstraintViolation, type Db, type Executor } from '../../platform/db/database';
import type { Role } from '../../platform/http/context';
import type { FieldErrors } from '../../platform/http/validation';
import type { Locale } from '../../platform/i18n/index';
import { listOutbox } from '../../platform/mail/outbox';
import { sendLink } from './link-service';
import * as q from './queries';
import { createUser, inTransaction } from './service';

/** Every login that is not erased, with its role and number of live sessions. */
export function listLogins(db: Executor) {
  return q.listUsers(db, nowIso());
}

export interface NewLogin {
  name: string;
  email: string;
  role: Role;
  personId: number | null;
  locale: Locale;
}

export type CreateLoginResult = { ok: true; userId: number } | { ok: false; errors: FieldErrors };

/**
 * An operator creates a login for a person. It has no password: the person gets an invitation
 * link (valid 7 days) to choose one, which also confirms the address.
 */
export async function createLogin(
  db: Db,
  actorUserId: number,
  input: NewLogin,
  baseUrl: string,
): Promise<CreateLoginResult> {
  if (await q.findUserByEmail(db, input.email)) return { ok: false, errors: { email: 'unique' } };
  try {
    const userId = await db.transaction().execute(async (tx) => {
      const id = await createUser(tx, { ...input, password: null }, actorUserId);
      await sendLink(tx, { id, email: input.email, name: input.name, locale: input.locale }, 'invite', {
        baseUrl,
        fallbackLocale: input.locale,
      });
      return id;
    });
    return { ok: true, userId };
  } catch (error) {
    // Two operators creating the same login at once, or a person id that no longer exists.
    if (!isConstraintViolation(error)) throw error;
    if (await q.findUserByEmail(db, input.email)) return { ok: false, errors: { email: 'unique' } };
    return { ok: false, errors: { personId: 'invalid' } };
  }
}

/** Logs a person out everywhere (an operator's action, e.g. for a lost laptop); audited. */
export async function endAllSessions(db: Executor, actorUserId: number, userId: number) {
  return inTransaction(db, async (tx) => {
    const user = await q.findUserById(tx, userId);
    if (!user || user.erased_at) return null;
    const ended = await q.deleteSessionsOfUser(tx, userId);
    await audit(tx, {
      actorUserId,
      action: 'user.sessions_end',
      subjectType: 'user',
      subjectId: userId,
      details: { endedSessions: ended },
    });
    return ended;
  });
}

export interface AuditRow {
  id: number;
  at: string;
  actorUserId: number | null;
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  details: string;
}

/** The audit log, newest first, with each actor's name (none once the actor was erased). */
export async function auditView(
  db: Executor,
  filter: { subjectType?: string; subjectId?: string },
): Promise<AuditRow[]> {
  const entries = await listAudit(db, { ...filter, limit: 200 });
  const actorIds = [
    ...new Set(entries.map((e) => e.actor_user_id).filter((id): id is number => id !== null)),
  ];
  const names = new Map(
    (await q.findUserNames(db, actorIds)).map((u) => [u.id, u.erased_at ? null : u.name]),
  );
  return entries.map((e) => ({
    id: e.id,
    at: e.at,
    actorUserId: e.actor_user_id,
    actorName: e.actor_user_id === null ? null : (names.get(e.actor_user_id) ?? null),
    action: e.action,
    subjectType: e.subject_type,
    subjectId: e.subject_id,
    details: e.details,
  }));
}

/** Queued and sent mail, newest first. */
export function outboxView(db: Executor) {
  return listOutbox(db, 200);
}
