import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { FastifyRequest } from 'fastify';
import type { Db, Executor } from '../../platform/db/database';
import { nowIso } from '../../platform/db/columns';
import type { RequestUser, Role } from '../../platform/http/context';
import { isLocale, type Locale } from '../../platform/i18n/index';
import { audit } from '../../platform/audit/audit';
import * as q from './queries';
import * as tq from './token-queries';

export const SESSION_COOKIE = 'sid';
export const SESSION_DAYS = 14;
/** Writing last_seen on every request would make every page view a write; once a minute is enough. */
const TOUCH_AFTER_MS = 60_000;

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const argonOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id. */
export const hashPassword = (password: string) => hash(password, argonOptions);

/** True when `password` matches; a login without a password (not yet set, or erased) never matches. */
export async function verifyPassword(passwordHash: string | null, password: string) {
  if (!passwordHash) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex');
export const newToken = () => crypto.randomBytes(32).toString('base64url');

/**
 * The rate-limit key for attempts against one e-mail address. Hashed, so the counter table never
 * holds an address; erasure deletes these keys all the same.
 */
export const emailLimitKey = (kind: 'login' | 'forgot', email: string) =>
  `${kind}:email:${sha256(email.trim().toLowerCase())}`;

// A fixed hash to verify against when the e-mail is unknown, so a wrong e-mail takes as long as a
// wrong password and the response time does not reveal who has an account.
let dummyHash: Promise<string> | null = null;

export type LoginResult = { ok: true; sessionToken: string; userId: number } | { ok: false };

/** Checks e-mail and password and opens a new session; the session id is always new at login. */
export async function logIn(
  db: Executor,
  input: { email: string; password: string; userAgent: string; ip: string; locale: Locale },
): Promise<LoginResult> {
  const user = await q.findUserByEmail(db, input.email.trim().toLowerCase());
  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(await dummyHash, input.password);
    return { ok: false };
  }
  if (!(await verifyPassword(user.password_hash, input.password))) return { ok: false };
  const sessionToken = await openSession(db, user.id, input.userAgent, input.ip);
  if (user.locale !== input.locale) await q.setUserLocale(db, user.id, input.locale);
  return { ok: true, sessionToken, userId: user.id };
}

/** Opens a session and returns the cookie value; only its SHA-256 is stored. */
export async function openSession(db: Executor, userId: number, userAgent: string, ip: string) {
  const token = newToken();
  const now = new Date();
  await q.deleteExpiredSessions(db, userId, now.toISOString());
  await q.insertSession(db, {
    id: sha256(token),
    userId,
    now: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString(),
    userAgent: userAgent.slice(0, 300),
    ip,
  });
  return token;
}

/** Ends the session with this (hashed) id. */
export async function logOut(db: Executor, sessionId: string) {
  await q.deleteSession(db, sessionId);
}

/** Who is asking: an `Authorization: Bearer` API token, else the session cookie. */
export async function authenticate(request: FastifyRequest): Promise<RequestUser | null> {
  const db = request.server.database.db;
  const now = new Date();
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const row = await tq.findApiTokenUser(db, sha256(header.slice(7).trim()));
    if (!row) return null;
    if (!row.lastUsedAt || now.getTime() - Date.parse(row.lastUsedAt) > TOUCH_AFTER_MS) {
      await tq.touchApiToken(db, row.tokenId, now.toISOString());
    }
    const { id, name, email, role, personId } = row;
    return { id, name, email, role, personId, sessionId: null, viaToken: true };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const row = await q.findSessionUser(db, sha256(cookie), now.toISOString());
  if (!row) return null;
  if (now.getTime() - Date.parse(row.lastSeenAt) > TOUCH_AFTER_MS) {
    await q.touchSession(db, row.sessionId, now.toISOString());
  }
  // A language chosen with ?lang= while logged in becomes the language of the person's mail.
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isLocale(asked) && asked !== row.locale) await q.setUserLocale(db, row.id, asked);
  const { id, name, email, role, personId, sessionId } = row;
  return { id, name, email, role, personId, sessionId, viaToken: false };
}

export interface NewUser {
  email: string;
  name: string;
  password: string | null;
  role: Role;
  personId?: number | null;
  verified?: boolean;
  locale?: Locale | null;
}

/** Runs `fn` inside the caller's transaction, or in a new one, so a change and its audit entry commit together. */
export function inTransaction<T>(db: Executor, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : (db as Db).transaction().execute(fn);
}

/** Creates a login; the e-mail is stored lower-case so look-ups ignore case. */
export async function createUser(db: Executor, input: NewUser, actorUserId: number | null = null) {
  // Hashing takes tens of milliseconds: done before the transaction, so it holds no lock meanwhile.
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return inTransaction(db, async (tx) => {
    const { id } = await q.insertUser(tx, {
      email: input.email.trim().toLowerCase(),
      name: input.name,
      passwordHash,
      role: input.role,
      personId: input.personId ?? null,
      verifiedAt: input.verified ? nowIso() : null,
      locale: input.locale ?? null,
      createdAt: nowIso(),
    });
    await audit(tx, {
      actorUserId,
      action: 'user.create',
      subjectType: 'user',
      subjectId: id,
      details: { role: input.role },
    });
    return id;
  });
}

/** Issues an API token for scripts; only its hash is kept, so it is shown once. */
export async function createApiToken(db: Executor, userId: number, name: string) {
  const token = `sam_${newToken()}`;
  await inTransaction(db, async (tx) => {
    const { id } = await tq.insertApiToken(tx, { userId, name, tokenHash: sha256(token), now: nowIso() });
    await audit(tx, {
      actorUserId: userId,
      action: 'api_token.create',
      subjectType: 'api_token',
      subjectId: id,
    });
  });
  return token;
}
