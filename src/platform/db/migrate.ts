import { Migrator, type Kysely, type Migration } from 'kysely';
import type { Database, DialectName } from './database';

/** A schema change. Names sort in the order they must run: `YYYYMMDD-NN-module-what`. */
export interface SchemaMigration {
  name: string;
  // Migrations see the database as it was when they were written, not today's Schema type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

/** Runs every pending migration; Kysely's migrator takes a lock so several instances may start at once. */
export async function migrateToLatest(database: Database, migrations: SchemaMigration[]): Promise<string[]> {
  const seen = new Set<string>();
  const byName: Record<string, Migration> = {};
  for (const m of migrations) {
    if (seen.has(m.name)) throw new Error(`Two migrations share the name ${m.name}`);
    seen.add(m.name);
    byName[m.name] = { up: (db) => m.up(db, database.dialect) };
  }
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => byName },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
