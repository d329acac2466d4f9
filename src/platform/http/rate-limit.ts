import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Executor } from '../db/database';
import { HttpError } from './access';

/**
 * Counts attempts per key in a fixed window, in the database, so every instance shares the count.
 * One upsert both resets an expired window and increments, so two instances cannot race past it.
 */
export async function hitRateLimit(db: Executor, key: string, limit: number, windowSeconds: number) {
  const now = new Date();
  const windowStart = new Date(
    Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000,
  ).toISOString();
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when rate_limits.window_start = ${windowStart} then rate_limits.count + 1 else 1 end`,
        window_start: windowStart,
      }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  return { count: row.count, allowed: row.count <= limit };
}

/** Throws 429 when `key` has been used more than `limit` times in the current window. */
export async function enforceRateLimit(db: Executor, key: string, limit: number, windowSeconds: number) {
  const { allowed } = await hitRateLimit(db, key, limit, windowSeconds);
  if (!allowed) throw new HttpError(429);
}

/**
 * The rate limit for a public form (contact, registration, nomination…): per client address, so
 * one client cannot flood a form that needs no login. `form` names the form in the key.
 */
export async function limitPublicForm(
  request: FastifyRequest,
  form: string,
  limit = 10,
  windowSeconds = 10 * 60,
) {
  await enforceRateLimit(request.server.database.db, `form:${form}:ip:${request.ip}`, limit, windowSeconds);
}

/** Forgets counters, e.g. those keyed on an erased person's e-mail. */
export async function clearRateLimits(db: Executor, keys: string[]) {
  if (keys.length > 0) await db.deleteFrom('rate_limits').where('key', 'in', keys).execute();
}
