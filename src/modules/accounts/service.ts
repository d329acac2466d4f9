import crypto from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { FastifyRequest } from 'fastify';
import type { Executor } from '../../platform/db/database';
import { nowIso } from '../../platform/db/columns';
import type { RequestUser, Role } from '../../platform/http/context';
import { audit } from '../../platform/audit/audit';
import * as q from './queries';

export const SESSION_COOKIE = 'sid';
export const SESSION_DAYS = 14;
/** Writing last_seen on every request would make every page view a write; once a minute is enough. */
const TOUCH_AFTER_MS = 60_000;

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const argonOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, argonOptions);

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

// A fixed hash to verify against when the e-mail is unknown, so a wrong e-mail takes as long as a
// wrong password and the response time does not reveal who has an account.
let dummyHash: Promise<string> | null = null;

export type LoginResult = { ok: true; sessionToken: string; userId: number } | { ok: false };

/** Checks e-mail and password and opens a new session; the session id is always new at login. */
export async function logIn(
  db: Executor,
  input: { email: string; password: string; userAgent: string; ip: string },
): Promise<LoginResult> {
  const user = await q.findUserByEmail(db, input.email.trim().toLowerCase());
  if (!user) {
    dummyHash ??= hashPassword('not-a-real-password');
    await verifyPassword(await dummyHash, input.password);
    return { ok: false };
  }
  if (!(await verifyPassword(user.password_hash, input.password))) return { ok: false };
  const sessionToken = await openSession(db, user.id, input.userAgent, input.ip);
  return { ok: true, sessionToken, userId: user.id };
}

export async function openSession(db: Executor, userId: number, userAgent: string, ip: string) {
  const token = newToken();
  const now = new Date();
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

export async function logOut(db: Executor, sessionId: string) {
  await q.deleteSession(db, sessionId);
}

/** Who is asking: an `Authorization: Bearer` API token, else the session cookie. */
export async function authenticate(request: FastifyRequest): Promise<RequestUser | null> {
  const db = request.server.database.db;
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const user = await q.findApiTokenUser(db, sha256(header.slice(7).trim()));
    return user ? { ...user, sessionId: null, viaToken: true } : null;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const now = new Date();
  const row = await q.findSessionUser(db, sha256(cookie), now.toISOString());
  if (!row) return null;
  if (now.getTime() - Date.parse(row.lastSeenAt) > TOUCH_AFTER_MS) await q.touchSession(db, row.sessionId, now.toISOString());
  return { id: row.id, name: row.name, email: row.email, role: row.role, personId: row.personId, sessionId: row.sessionId, viaToken: false };
}

export interface NewUser {
  email: string;
  name: string;
  password: string | null;
  role: Role;
  personId?: number | null;
  verified?: boolean;
}

/** Creates a login; the e-mail is stored lower-case so look-ups ignore case. */
export async function createUser(db: Executor, input: NewUser, actorUserId: number | null = null) {
  const { id } = await q.insertUser(db, {
    email: input.email.trim().toLowerCase(),
    name: input.name,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    role: input.role,
    personId: input.personId ?? null,
    verifiedAt: input.verified ? nowIso() : null,
    createdAt: nowIso(),
  });
  await audit(db, { actorUserId, action: 'user.create', subjectType: 'user', subjectId: id, details: { role: input.role } });
  return id;
}

/** Issues an API token for scripts; only its hash is kept, so it is shown once. */
export async function createApiToken(db: Executor, userId: number, name: string) {
  const token = `sam_${newToken()}`;
  await q.insertApiToken(db, { userId, name, tokenHash: sha256(token), now: nowIso() });
  return token;
}
