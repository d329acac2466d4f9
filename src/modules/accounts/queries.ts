import type { Executor } from '../../platform/db/database';
import type { Role } from '../../platform/http/context';
import type { Locale } from '../../platform/i18n/index';

export function findUserByEmail(db: Executor, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .where('erased_at', 'is', null)
    .executeTakeFirst();
}

export function findUserById(db: Executor, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertUser(
  db: Executor,
  user: {
    email: string;
    name: string;
    passwordHash: string | null;
    role: Role;
    personId: number | null;
    verifiedAt: string | null;
    locale: Locale | null;
    createdAt: string;
  },
) {
  return db
    .insertInto('users')
    .values({
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      role: user.role,
      person_id: user.personId,
      email_verified_at: user.verifiedAt,
      locale: user.locale,
      created_at: user.createdAt,
      erased_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Logins that are not erased, with how many live sessions each has. */
export function listUsers(db: Executor, now: string) {
  return db
    .selectFrom('users')
    .leftJoin('sessions', (join) =>
      join.onRef('sessions.user_id', '=', 'users.id').on('sessions.expires_at', '>', now),
    )
    .select((eb) => [
      'users.id',
      'users.name',
      'users.email',
      'users.role',
      'users.email_verified_at',
      'users.created_at',
      eb.fn.count<number>('sessions.id').as('sessionCount'),
    ])
    .where('users.erased_at', 'is', null)
    .groupBy([
      'users.id',
      'users.name',
      'users.email',
      'users.role',
      'users.email_verified_at',
      'users.created_at',
    ])
    .orderBy('users.name')
    .orderBy('users.id')
    .execute();
}

export function findUserNames(db: Executor, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('users').select(['id', 'name', 'erased_at']).where('id', 'in', ids).execute();
}

export function setUserLocale(db: Executor, userId: number, locale: Locale) {
  return db.updateTable('users').set({ locale }).where('id', '=', userId).execute();
}

export function setPasswordHash(db: Executor, userId: number, passwordHash: string) {
  return db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

/** Marks the address as proven, keeping the first time it was. */
export function markEmailVerified(db: Executor, userId: number, now: string) {
  return db
    .updateTable('users')
    .set({ email_verified_at: now })
    .where('id', '=', userId)
    .where('email_verified_at', 'is', null)
    .execute();
}

/** Keeps the row (other tables point at it) but nothing in it that identifies the person. */
export function anonymiseUser(db: Executor, userId: number, now: string) {
  return db
    .updateTable('users')
    .set({
      email: `erased-${userId}@invalid`,
      name: 'Erased person',
      password_hash: null,
      person_id: null,
      email_verified_at: null,
      locale: null,
      erased_at: now,
    })
    .where('id', '=', userId)
    .execute();
}

export function insertSession(
  db: Executor,
  s: { id: string; userId: number; now: string; expiresAt: string; userAgent: string; ip: string },
) {
  return db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      created_at: s.now,
      last_seen_at: s.now,
      expires_at: s.expiresAt,
      user_agent: s.userAgent,
      ip: s.ip,
    })
    .execute();
}

/** The session and its user, if the session exists, has not expired and the user is not erased. */
export function findSessionUser(db: Executor, sessionId: string, now: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.last_seen_at as lastSeenAt',
      'users.id as id',
      'users.name as name',
      'users.email as email',
      'users.role as role',
      'users.person_id as personId',
      'users.locale as locale',
    ])
    .where('sessions.id', '=', sessionId)
    .where('sessions.expires_at', '>', now)
    .where('users.erased_at', 'is', null)
    .executeTakeFirst();
}

export function touchSession(db: Executor, sessionId: string, now: string) {
  return db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

/** Deletes one session; with `userId`, only if it belongs to that person. */
export async function deleteSession(db: Executor, sessionId: string, userId?: number) {
  let q = db.deleteFrom('sessions').where('id', '=', sessionId);
  if (userId !== undefined) q = q.where('user_id', '=', userId);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes every session of a person, except `keepId` when given. */
export async function deleteSessionsOfUser(db: Executor, userId: number, keepId?: string | null) {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepId) q = q.where('id', '!=', keepId);
  const result = await q.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A person's sessions that are still valid at `now`; pass null for every stored one, expired too. */
export function listSessionsOfUser(db: Executor, userId: number, now: string | null) {
  let q = db.selectFrom('sessions').selectAll().where('user_id', '=', userId);
  if (now !== null) q = q.where('expires_at', '>', now);
  return q.orderBy('last_seen_at', 'desc').execute();
}

/** Forgets a person's sessions that expired; done at login so the table does not grow forever. */
export function deleteExpiredSessions(db: Executor, userId: number, now: string) {
  return db.deleteFrom('sessions').where('user_id', '=', userId).where('expires_at', '<=', now).execute();
}
