import { sql, type CreateTableBuilder } from 'kysely';
import type { DialectName } from './database';

/**
 * An integer primary key that the database numbers. The two dialects spell this differently:
 * SQLite wants INTEGER PRIMARY KEY AUTOINCREMENT, PostgreSQL an identity column.
 */
export function withId<T extends string>(table: CreateTableBuilder<T, never>, dialect: DialectName) {
  return dialect === 'postgres'
    ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

/** Timestamps are stored as ISO 8601 text in UTC on both databases so they compare and sort alike. */
export const nowIso = () => new Date().toISOString();

export const emptyJson = sql<string>`'{}'`;
