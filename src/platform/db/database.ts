import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Schema } from './schema';
import { inWriteBatch } from './write-batch';

export type DialectName = 'sqlite' | 'postgres';
export type Db = Kysely<Schema>;
export type Tx = Transaction<Schema>;
/** Queries take either the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  dialect: DialectName;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {}

// PostgreSQL returns COUNT(*) and BIGINT as strings by default; all our counts fit in a JS number.
pg.types.setTypeParser(20, (value) => Number(value));

/** Opens PostgreSQL when `url` is a postgres URL, else the SQLite file `samling.sqlite` in `dataDir`. */
export async function openDatabase(options: {
  url?: string;
  dataDir?: string;
  sqliteFile?: string;
  poolSize?: number;
}) {
  const url = options.url ?? '';
  if (url.startsWith('postgres://') || url.startsWith('postgresql://'))
    return openPostgres(url, options.poolSize ?? 10);
  const file = options.sqliteFile ?? path.join(options.dataDir ?? './data', 'samling.sqlite');
  return openSqlite(file);
}

function openSqlite(file: string): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers proceed while one writer commits; busy_timeout makes a second writer wait
  // instead of failing with SQLITE_BUSY.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  cacheStatements(sqlite);
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/**
 * Kysely prepares every query anew, and on SQLite preparing costs more than running a small query.
 * A statement is reusable once its (synchronous) run has returned, so one per SQL text is kept.
 */
function cacheStatements(sqlite: SQLite.Database, max = 500) {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, SQLite.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (!statement) {
      statement = prepare(source);
      // Oldest first out: generated SQL (IN lists of varying length) must not grow the cache forever.
      if (statements.size >= max) statements.delete(statements.keys().next().value as string);
      statements.set(source, statement);
    }
    return statement;
  }) as typeof sqlite.prepare;
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnavailableError(`Cannot reach PostgreSQL at ${redact(url)}: ${reason}`);
  }
  // An idle pooled connection that the server drops (restart, failover) emits 'error'; without a
  // listener that would crash the process. The pool replaces the connection on next use.
  pool.on('error', (error) =>
    process.stderr.write(
      `${JSON.stringify({ level: 50, time: Date.now(), msg: 'PostgreSQL connection lost', err: error.message })}\n`,
    ),
  );
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** Hides the password in a connection URL before it is logged. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the configured database';
  }
}

/**
 * Runs `work` in a transaction, or inside the caller's when `db` already is one (all-or-nothing
 * either way). On SQLite, units that arrive together share one commit (write-batch.ts).
 */
export function inTransaction<T>(db: Executor, work: (tx: Executor) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  if (db.getExecutor().adapter instanceof SqliteAdapter) return inWriteBatch(db, work);
  return db.transaction().execute(work);
}

/** True when `error` is a unique or foreign-key violation on either database. */
export function isConstraintViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return code.startsWith('SQLITE_CONSTRAINT') || /^23\d{3}$/.test(code);
}
