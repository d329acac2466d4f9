import type { Executor } from '../../platform/db/database';
import { prepared } from '../../platform/db/prepared';
import type { TokenPurpose } from './tables';

export function insertUserToken(
  db: Executor,
  t: { tokenHash: string; userId: number; purpose: TokenPurpose; expiresAt: string },
) {
  return db
    .insertInto('user_tokens')
    .values({
      token_hash: t.tokenHash,
      user_id: t.userId,
      purpose: t.purpose,
      expires_at: t.expiresAt,
      used_at: null,
    })
    .execute();
}

/** The link's row and whether its person is still there (an erased person's links are void). */
export function findUserToken(db: Executor, tokenHash: string) {
  return db
    .selectFrom('user_tokens')
    .innerJoin('users', 'users.id', 'user_tokens.user_id')
    .select([
      'user_tokens.token_hash as tokenHash',
      'user_tokens.user_id as userId',
      'user_tokens.purpose as purpose',
      'user_tokens.expires_at as expiresAt',
      'user_tokens.used_at as usedAt',
      'users.erased_at as erasedAt',
    ])
    .where('user_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * Marks a link used if it is still unused and unexpired. One UPDATE decides, so when two instances
 * receive the same link at once, exactly one of them wins.
 */
export async function consumeUserToken(db: Executor, tokenHash: string, now: string) {
  const result = await db
    .updateTable('user_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Voids a person's other open links of the given purposes (a new password makes old reset links moot). */
export function voidUserTokens(db: Executor, userId: number, purposes: TokenPurpose[], now: string) {
  return db
    .updateTable('user_tokens')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('purpose', 'in', purposes)
    .where('used_at', 'is', null)
    .execute();
}

/** Forgets a person's links that expired long ago; recent ones stay so a late click still reads "used". */
export function pruneUserTokens(db: Executor, userId: number, expiredBefore: string) {
  return db
    .deleteFrom('user_tokens')
    .where('user_id', '=', userId)
    .where('expires_at', '<', expiredBefore)
    .execute();
}

export function deleteUserTokensOfUser(db: Executor, userId: number) {
  return db.deleteFrom('user_tokens').where('user_id', '=', userId).execute();
}

/** The user of an API token; compiled once, as it runs on every API request. */
export async function findApiTokenUser(db: Executor, tokenHash: string) {
  return (await apiTokenUser(db, tokenHash))[0];
}

const apiTokenUser = prepared((db, tokenHash: string) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id as tokenId',
      'api_tokens.last_used_at as lastUsedAt',
      'users.id as id',
      'users.name as name',
      'users.email as email',
      'users.role as role',
      'users.person_id as personId',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('users.erased_at', 'is', null),
);

export function touchApiToken(db: Executor, tokenId: number, now: string) {
  return db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', tokenId).execute();
}

export function insertApiToken(
  db: Executor,
  t: { userId: number; name: string; tokenHash: string; now: string },
) {
  return db
    .insertInto('api_tokens')
    .values({
      user_id: t.userId,
      name: t.name,
      token_hash: t.tokenHash,
      created_at: t.now,
      last_used_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A person's API tokens by name; never the hash. */
export function listApiTokensOfUser(db: Executor, userId: number) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Revokes one token, only if it belongs to `userId`; returns its name when it did. */
export async function deleteApiToken(db: Executor, tokenId: number, userId: number) {
  const row = await db
    .deleteFrom('api_tokens')
    .where('id', '=', tokenId)
    .where('user_id', '=', userId)
    .returning('name')
    .executeTakeFirst();
  return row?.name ?? null;
}

export function deleteApiTokensOfUser(db: Executor, userId: number) {
  return db.deleteFrom('api_tokens').where('user_id', '=', userId).execute();
}
