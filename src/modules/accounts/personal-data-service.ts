import { anonymiseActor, audit, listAuditByActor } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import type { Db, Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import { clearRateLimits } from '../../platform/http/rate-limit';
import { forgetRecipient, listOutboxTo } from '../../platform/mail/outbox';
import { personalDataHandlers, type PersonRef } from '../../platform/personal-data';
import { canErase } from './permissions';
import * as q from './queries';
import { emailLimitKey } from './service';
import * as tq from './token-queries';

/** Keys the accounts module itself writes in the export; other modules' handlers add theirs beside. */
const OWN_KEYS = new Set(['format', 'exportedAt', 'user', 'sessions', 'apiTokens', 'auditEntries', 'mail']);

function parseDetails(details: string): unknown {
  try {
    return JSON.parse(details);
  } catch {
    return details;
  }
}

/**
 * Everything held about the person, as one JSON document: their login (never the password hash),
 * sessions, API token names, what they did in the audit log, mail to them, and each module's part.
 * The export itself is audited, in the same transaction as it is read.
 */
export async function exportPersonalData(db: Db, userId: number) {
  return db.transaction().execute(async (tx) => {
    const user = await q.findUserById(tx, userId);
    if (!user || user.erased_at) return null;
    await audit(tx, { actorUserId: userId, action: 'user.export', subjectType: 'user', subjectId: userId });
    const now = nowIso();
    const who: PersonRef = { userId, personId: user.person_id };
    const doc: Record<string, unknown> = {
      format: 'samling-personal-data/1',
      exportedAt: now,
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        personId: user.person_id,
        emailVerifiedAt: user.email_verified_at,
        locale: user.locale,
        createdAt: user.created_at,
      },
      sessions: (await q.listSessionsOfUser(tx, userId, null)).map((s) => ({
        createdAt: s.created_at,
        lastSeenAt: s.last_seen_at,
        expiresAt: s.expires_at,
        userAgent: s.user_agent,
        ip: s.ip,
      })),
      apiTokens: (await tq.listApiTokensOfUser(tx, userId)).map((t) => ({
        name: t.name,
        createdAt: t.created_at,
        lastUsedAt: t.last_used_at,
      })),
      auditEntries: (await listAuditByActor(tx, userId)).map((e) => ({
        at: e.at,
        action: e.action,
        subjectType: e.subject_type,
        subjectId: e.subject_id,
        details: parseDetails(e.details),
      })),
      mail: (await listOutboxTo(tx, user.email)).map((m) => ({
        subject: m.subject,
        createdAt: m.created_at,
        sentAt: m.sent_at,
      })),
    };
    for (const handler of personalDataHandlers()) {
      const key = OWN_KEYS.has(handler.name) ? `module:${handler.name}` : handler.name;
      doc[key] = await handler.export(tx, who);
    }
    return doc;
  });
}

/** The login an operator is about to erase, for the confirm step; null when there is none (left). */
export async function findErasable(db: Executor, userId: number) {
  const user = await q.findUserById(db, userId);
  return user && !user.erased_at ? { id: user.id, name: user.name, email: user.email } : null;
}

export type EraseResult = 'erased' | 'notFound' | 'refused';

/**
 * Erases a person, all or nothing: every module's handler first, then the login is anonymised, its
 * sessions, links, tokens, queued mail and counters go, and audit entries keep their shape but lose
 * the actor. The erasure is itself audited, with the operator as actor and no personal data.
 */
export async function eraseUser(db: Db, actor: RequestUser, userId: number): Promise<EraseResult> {
  return db.transaction().execute(async (tx) => {
    const user = await q.findUserById(tx, userId);
    if (!user || user.erased_at) return 'notFound';
    if (!canErase(actor, user)) return 'refused';
    const who: PersonRef = { userId, personId: user.person_id };
    const handlers = personalDataHandlers();
    for (const handler of handlers) await handler.erase(tx, who);
    await q.deleteSessionsOfUser(tx, userId);
    await tq.deleteApiTokensOfUser(tx, userId);
    await tq.deleteUserTokensOfUser(tx, userId);
    await forgetRecipient(tx, user.email);
    await clearRateLimits(tx, [emailLimitKey('login', user.email), emailLimitKey('forgot', user.email)]);
    await q.anonymiseUser(tx, userId, nowIso());
    await anonymiseActor(tx, userId);
    await audit(tx, {
      actorUserId: actor.id,
      action: 'user.erase',
      subjectType: 'user',
      subjectId: userId,
      details: { modules: handlers.map((h) => h.name) },
    });
    return 'erased';
  });
}
