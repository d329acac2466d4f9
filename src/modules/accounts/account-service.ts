import { audit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import type { Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import * as q from './queries';
import { inTransaction } from './service';
import * as tq from './token-queries';

/** A session as its owner sees it; `ref` names it in forms and is the stored hash, never the cookie. */
export interface SessionView {
  ref: string;
  userAgent: string;
  ip: string;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

export interface ApiTokenView {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface AccountView {
  name: string;
  email: string;
  role: RequestUser['role'];
  emailVerifiedAt: string | null;
  sessions: SessionView[];
  apiTokens: ApiTokenView[];
}

/** Everything the account page shows: who the person is, where they are logged in, their API tokens. */
export async function accountOverview(db: Executor, user: RequestUser): Promise<AccountView | null> {
  const row = await q.findUserById(db, user.id);
  if (!row || row.erased_at) return null;
  const sessions = await q.listSessionsOfUser(db, user.id, nowIso());
  const tokens = await tq.listApiTokensOfUser(db, user.id);
  return {
    name: row.name,
    email: row.email,
    role: row.role,
    emailVerifiedAt: row.email_verified_at,
    sessions: sessions.map((s) => ({
      ref: s.id,
      userAgent: s.user_agent,
      ip: s.ip,
      createdAt: s.created_at,
      lastSeenAt: s.last_seen_at,
      current: s.id === user.sessionId,
    })),
    apiTokens: tokens.map((t) => ({
      id: t.id,
      name: t.name,
      createdAt: t.created_at,
      lastUsedAt: t.last_used_at,
    })),
  };
}

/** Ends one of the person's own sessions; someone else's session reads as not found. */
export async function endOwnSession(db: Executor, user: RequestUser, ref: string) {
  return (await q.deleteSession(db, ref, user.id)) === 1;
}

/** Revokes one of the person's own API tokens; scripts using it get 401 from the next request. */
export async function revokeApiToken(db: Executor, user: RequestUser, tokenId: number) {
  return inTransaction(db, async (tx) => {
    const name = await tq.deleteApiToken(tx, tokenId, user.id);
    if (name === null) return false;
    await audit(tx, {
      actorUserId: user.id,
      action: 'api_token.revoke',
      subjectType: 'api_token',
      subjectId: tokenId,
    });
    return true;
  });
}

/**
 * Names of logins by id, for other modules that show who wrote or changed something; an erased
 * person has no name (null), so pages show them as anonymous.
 */
export async function loginNames(db: Executor, ids: number[]): Promise<Map<number, string | null>> {
  const rows = await q.findUserNames(db, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, r.erased_at ? null : r.name]));
}
