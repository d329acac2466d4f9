import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { allMigrations } from '../../src/modules';
import { openDatabase, type Database, type DialectName } from '../../src/platform/db/database';
import { migrateToLatest } from '../../src/platform/db/migrate';

/**
 * Tests run on both databases. PostgreSQL is expected at TEST_PG_URL (default: this machine's
 * server with trust auth); set SAMLING_TEST_PG=0 to run SQLite only on a laptop without it.
 */
export const adminPgUrl = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function testDialects(): DialectName[] {
  return process.env.SAMLING_TEST_PG === '0' ? ['sqlite'] : ['sqlite', 'postgres'];
}

export interface TestDatabase extends Database {
  /** A URL another app instance can open to share this database (PostgreSQL only). */
  url: string;
  drop(): Promise<void>;
}

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: adminPgUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL tests need a server at ${adminPgUrl} (${(error as Error).message}). ` +
        'Start PostgreSQL, set TEST_PG_URL, or set SAMLING_TEST_PG=0 to skip the PostgreSQL runs.',
      { cause: error },
    );
  }
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A new, empty, migrated database of the given dialect; `drop()` removes it. */
export async function createTestDatabase(
  dialect: DialectName,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const suffix = `${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  let database: Database;
  let url: string;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samling-test-'));
    url = path.join(dir, 'test.sqlite');
    database = await openDatabase({ sqliteFile: url });
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `samling_test_${suffix}`;
    await adminQuery(`create database ${name}`);
    const u = new URL(adminPgUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    database = await openDatabase({ url });
    cleanup = () => adminQuery(`drop database if exists ${name} with (force)`);
  }
  if (options.migrate !== false) await migrateToLatest(database, allMigrations);
  let dropped = false;
  return {
    ...database,
    url,
    async drop() {
      if (dropped) return;
      dropped = true;
      await database.close();
      await cleanup();
    },
  };
}
