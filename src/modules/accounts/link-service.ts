import { audit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import type { Db, Executor } from '../../platform/db/database';
import { format, type Locale } from '../../platform/i18n/index';
import { queueMail } from '../../platform/mail/outbox';
import { mailMessages } from './mail-messages';
import * as q from './queries';
import { hashPassword, inTransaction, newToken, sha256 } from './service';
import type { TokenPurpose } from './tables';
import * as tq from './token-queries';

const HOUR_MS = 3_600_000;
/** A reset link is a key to the account, so it lives an hour; the others may wait for a week's holiday. */
export const LINK_LIFETIME_MS: Record<TokenPurpose, number> = {
  reset: HOUR_MS,
  verify: 7 * 24 * HOUR_MS,
  invite: 7 * 24 * HOUR_MS,
};
/** Used and expired links are kept this long after expiry, so a late click still reads "used". */
const KEEP_EXPIRED_MS = 30 * 24 * HOUR_MS;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

export interface LinkRecipient {
  id: number;
  email: string;
  name: string;
  locale: Locale | null;
}

/**
 * Creates a single-use link for `purpose` and queues the mail that carries it, in the person's
 * language (the request's when they have never chosen one). Only the token's hash is stored.
 */
export async function sendLink(
  db: Executor,
  user: LinkRecipient,
  purpose: TokenPurpose,
  options: { baseUrl: string; fallbackLocale: Locale },
) {
  const token = newToken();
  const now = Date.now();
  await tq.pruneUserTokens(db, user.id, new Date(now - KEEP_EXPIRED_MS).toISOString());
  await tq.insertUserToken(db, {
    tokenHash: sha256(token),
    userId: user.id,
    purpose,
    expiresAt: new Date(now + LINK_LIFETIME_MS[purpose]).toISOString(),
  });
  const url = `${options.baseUrl.replace(/\/+$/, '')}/${purpose === 'verify' ? 'verify' : 'reset'}/${token}`;
  const m = mailMessages(user.locale ?? options.fallbackLocale);
  const [subject, body] =
    purpose === 'reset'
      ? [m.resetSubject, m.resetBody]
      : purpose === 'verify'
        ? [m.verifySubject, m.verifyBody]
        : [m.inviteSubject, m.inviteBody];
  await queueMail(db, { to: user.email, subject, body: format(body, { name: user.name, url }) });
}

/**
 * "Forgot password": mails a reset link if the address belongs to a login. The caller answers the
 * same either way, so the form does not tell who has an account.
 */
export async function requestPasswordReset(
  db: Db,
  email: string,
  options: { baseUrl: string; fallbackLocale: Locale },
) {
  const user = await q.findUserByEmail(db, email.trim().toLowerCase());
  if (!user) return;
  await db.transaction().execute((tx) => sendLink(tx, user, 'reset', options));
}

export type LinkState =
  { state: 'valid'; userId: number; purpose: TokenPurpose } | { state: 'used' | 'expired' | 'unknown' };

/** What a link in a mail is worth now: usable, already used, expired, or never ours. */
export async function checkLink(db: Executor, token: string, purposes: TokenPurpose[]): Promise<LinkState> {
  if (!TOKEN_SHAPE.test(token)) return { state: 'unknown' };
  const row = await tq.findUserToken(db, sha256(token));
  if (!row || row.erasedAt || !purposes.includes(row.purpose)) return { state: 'unknown' };
  if (row.usedAt) return { state: 'used' };
  if (row.expiresAt <= nowIso()) return { state: 'expired' };
  return { state: 'valid', userId: row.userId, purpose: row.purpose };
}

export type LinkOutcome = { state: 'done'; userId: number } | Exclude<LinkState, { state: 'valid' }>;

/**
 * Sets a new password from a reset or invitation link, once. The link came by mail, so it also
 * proves the address. Every other session of the person ends: whoever knew the old password is out.
 */
export async function resetPassword(
  db: Db,
  input: { token: string; password: string; current: { userId: number; sessionId: string | null } | null },
): Promise<LinkOutcome> {
  const link = await checkLink(db, input.token, ['reset', 'invite']);
  if (link.state !== 'valid') return link;
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (tx): Promise<LinkOutcome> => {
    const now = nowIso();
    // Another request (or instance) may have used the link since checkLink; the UPDATE decides.
    if (!(await tq.consumeUserToken(tx, sha256(input.token), now))) return { state: 'used' };
    const userId = link.userId;
    await q.setPasswordHash(tx, userId, passwordHash);
    await q.markEmailVerified(tx, userId, now);
    await tq.voidUserTokens(tx, userId, ['reset', 'invite'], now);
    const keep = input.current?.userId === userId ? input.current.sessionId : null;
    const endedSessions = await q.deleteSessionsOfUser(tx, userId, keep);
    await audit(tx, {
      actorUserId: userId,
      action: link.purpose === 'invite' ? 'user.password_set' : 'user.password_reset',
      subjectType: 'user',
      subjectId: userId,
      details: { endedSessions },
    });
    return { state: 'done', userId };
  });
}

/** Confirms an e-mail address from a verification link, once. */
export async function verifyEmail(db: Db, token: string): Promise<LinkOutcome> {
  const link = await checkLink(db, token, ['verify']);
  if (link.state !== 'valid') return link;
  return db.transaction().execute(async (tx): Promise<LinkOutcome> => {
    const now = nowIso();
    if (!(await tq.consumeUserToken(tx, sha256(token), now))) return { state: 'used' };
    await q.markEmailVerified(tx, link.userId, now);
    await audit(tx, {
      actorUserId: link.userId,
      action: 'user.email_verified',
      subjectType: 'user',
      subjectId: link.userId,
    });
    return { state: 'done', userId: link.userId };
  });
}

/** Mails the logged-in person a new verification link, unless the address is already confirmed. */
export async function sendVerification(
  db: Executor,
  userId: number,
  options: { baseUrl: string; fallbackLocale: Locale },
): Promise<'sent' | 'already'> {
  const user = await q.findUserById(db, userId);
  if (!user || user.erased_at) return 'already';
  if (user.email_verified_at) return 'already';
  await inTransaction(db, (tx) => sendLink(tx, user, 'verify', options));
  return 'sent';
}
