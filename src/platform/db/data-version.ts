import { sql, type CompiledQuery, type Kysely } from 'kysely';
import type { DialectName, Executor } from './database';

/**
 * One number, in the database, that every write to the tables a cache depends on increases in the
 * same transaction as the write (by triggers, so no code path can forget it, whichever module or
 * instance writes). A cache keyed on it is never stale: read the version first, then the data; a
 * version seen unchanged on a later request means nothing those tables hold has changed since, on
 * any instance sharing the database.
 */
export async function readDataVersion(db: Executor): Promise<number> {
  // Built and compiled once per database: on a cached page, building the query cost more than running it.
  let query = compiled.get(db);
  if (!query) {
    query = db.selectFrom('data_version').select('version').where('id', '=', 1).compile();
    compiled.set(db, query);
  }
  const { rows } = await db.executeQuery(query);
  return Number(rows[0]?.version ?? 0);
}

const compiled = new WeakMap<Executor, CompiledQuery<{ version: number }>>();

/** Creates the single-row version table (a platform migration). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createDataVersion(db: Kysely<any>, dialect: DialectName) {
  await db.schema
    .createTable('data_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db.insertInto('data_version').values({ id: 1, version: 0 }).execute();
  if (dialect === 'postgres') {
    await sql`
      create function bump_data_version() returns trigger language plpgsql as $$
      begin
        update data_version set version = version + 1 where id = 1;
        return null;
      end $$`.execute(db);
  }
}

/**
 * Makes every insert, update and delete on `tables` increase the data version (for migrations of the
 * modules whose pages are cached). On PostgreSQL once per statement and *before* it: a transaction
 * takes the version row's lock before any row lock of its own, so two writers queue at the version
 * rather than deadlock on it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function bumpDataVersionOn(db: Kysely<any>, dialect: DialectName, tables: string[]) {
  for (const table of tables) {
    if (!/^[a-z_]+$/.test(table)) throw new Error(`Not a table name: ${table}`);
    if (dialect === 'postgres') {
      await sql
        .raw(
          `create trigger data_version_${table} before insert or update or delete or truncate on ${table} ` +
            'for each statement execute function bump_data_version()',
        )
        .execute(db);
      continue;
    }
    for (const op of ['insert', 'update', 'delete']) {
      await sql
        .raw(
          `create trigger data_version_${table}_${op} after ${op} on ${table} ` +
            'begin update data_version set version = version + 1 where id = 1; end',
        )
        .execute(db);
    }
  }
}
