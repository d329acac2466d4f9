import type { Executor } from '../../platform/db/database';
import type { Role } from '../../platform/http/context';

export function findUserByEmail(db: Executor, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).where('erased_at', 'is', null).executeTakeFirst();
}

export function findUserById(db: Executor, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertUser(
  db: Executor,
  user: { email: string; name: string; passwordHash: string | null; role: Role; personId: number | null; verifiedAt: string | null; createdAt: string },
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
      created_at: user.createdAt,
      erased_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function listUsers(db: Executor) {
  return db.selectFrom('users').selectAll().where('erased_at', 'is', null).orderBy('name').execute();
}

export function insertSession(
  db: Executor,
  s: { id: string; userId: number; now: string; expiresAt: string; userAgent: string; ip: string },
) {
  return db
    .insertInto('sessions')
    .values({ id: s.id, user_id: s.userId, created_at: s.now, last_seen_at: s.now, expires_at: s.expiresAt, user_agent: s.userAgent, ip: s.ip })
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
    ])
    .where('sessions.id', '=', sessionId)
    .where('sessions.expires_at', '>', now)
    .where('users.erased_at', 'is', null)
    .executeTakeFirst();
}

export function touchSession(db: Executor, sessionId: string, now: string) {
  return db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
}

export function deleteSession(db: Executor, sessionId: string, userId?: number) {
  let q = db.deleteFrom('sessions').where('id', '=', sessionId);
  if (userId !== undefined) q = q.where('user_id', '=', userId);
  return q.executeTakeFirst();
}

export function deleteSessionsOfUser(db: Executor, userId: number) {
  return db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export function listSessionsOfUser(db: Executor, userId: number) {
  return db.selectFrom('sessions').selectAll().where('user_id', '=', userId).orderBy('last_seen_at', 'desc').execute();
}

export function findApiTokenUser(db: Executor, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['users.id as id', 'users.name as name', 'users.email as email', 'users.role as role', 'users.person_id as personId'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('users.erased_at', 'is', null)
    .executeTakeFirst();
}

export function insertApiToken(db: Executor, t: { userId: number; name: string; tokenHash: string; now: string }) {
  return db
    .insertInto('api_tokens')
    .values({ user_id: t.userId, name: t.name, token_hash: t.tokenHash, created_at: t.now, last_used_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
}
