import type { Executor } from '../../platform/db/database';

export function findDigest(db: Executor, userId: number) {
  return db.selectFrom('library_digests').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function saveDigest(
  db: Executor,
  row: {
    userId: number;
    email: string;
    locale: string;
    programmeIds: number[];
    themes: string[];
    at: string;
  },
) {
  const values = {
    email: row.email,
    locale: row.locale,
    programme_ids: JSON.stringify(row.programmeIds),
    themes: JSON.stringify(row.themes),
    updated_at: row.at,
  };
  await db
    .insertInto('library_digests')
    .values({ user_id: row.userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
    .execute();
}

export async function deleteDigest(db: Executor, userId: number) {
  await db.deleteFrom('library_digests').where('user_id', '=', userId).execute();
}

export async function deleteSentWeeks(db: Executor, userId: number) {
  await db.deleteFrom('library_digests_sent').where('user_id', '=', userId).execute();
}

export function sentWeeks(db: Executor, userId: number) {
  return db
    .selectFrom('library_digests_sent')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('week')
    .execute();
}

/** Everyone who chose a digest and has not been claimed for `week` yet. */
export function digestsDue(db: Executor, week: string) {
  return db
    .selectFrom('library_digests')
    .selectAll()
    .where('user_id', 'not in', (eb) =>
      eb.selectFrom('library_digests_sent').select('user_id').where('week', '=', week),
    )
    .orderBy('user_id')
    .execute();
}

/**
 * Claims one person's digest of one week. The primary key makes the insert succeed once, so of two
 * instances running the job at the same moment only one gets `true` and sends.
 */
export async function claimWeek(db: Executor, userId: number, week: string, at: string): Promise<boolean> {
  const row = await db
    .insertInto('library_digests_sent')
    .values({ user_id: userId, week, sent_at: at })
    .onConflict((oc) => oc.columns(['user_id', 'week']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return row != null;
}
