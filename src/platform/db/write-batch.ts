import { sql, type Kysely, type Transaction } from 'kysely';
import type { Schema } from './schema';

type Work = (tx: Transaction<Schema>) => Promise<unknown>;

interface Pending {
  work: Work;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** Most units in one transaction: bounds how long the first of a batch waits for the last. */
const MAX_BATCH = 64;

const queues = new WeakMap<Kysely<Schema>, { pending: Pending[]; scheduled: boolean }>();

/**
 * Group commit for SQLite. A commit writes every changed page to the WAL, and that costs more than
 * the small writes of a typical request (a sign-up: five statements, a commit four times their
 * cost). Units of work that arrive together therefore share one transaction, run one after another
 * in arrival order, each inside its own savepoint so that one failing leaves the others whole.
 * Each caller's promise settles only after the shared commit, so a unit is durable when it
 * returns, exactly as with a transaction of its own. PostgreSQL does not need this: its
 * transactions run side by side on separate connections.
 */
export function inWriteBatch<T>(
  db: Kysely<Schema>,
  work: (tx: Transaction<Schema>) => Promise<T>,
): Promise<T> {
  let queue = queues.get(db);
  if (!queue) {
    queue = { pending: [], scheduled: false };
    queues.set(db, queue);
  }
  const promise = new Promise<T>((resolve, reject) => {
    queue.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
  });
  schedule(db, queue);
  return promise;
}

function schedule(db: Kysely<Schema>, queue: { pending: Pending[]; scheduled: boolean }) {
  if (queue.scheduled) return;
  queue.scheduled = true;
  // setImmediate runs after the event loop has read every socket that was ready, so the requests
  // parsed in one turn of the loop meet in one batch.
  setImmediate(() => {
    const batch = queue.pending.splice(0, MAX_BATCH);
    void runBatch(db, batch).finally(() => {
      queue.scheduled = false;
      if (queue.pending.length > 0) schedule(db, queue);
    });
  });
}

async function runBatch(db: Kysely<Schema>, batch: Pending[]) {
  if (batch.length === 1) return runAlone(db, batch[0]!);
  const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
  let tx;
  try {
    tx = await db.startTransaction().execute();
    for (const unit of batch) {
      await sql`savepoint unit`.execute(tx);
      try {
        outcomes.push({ ok: true, value: await unit.work(tx) });
      } catch (error) {
        await sql`rollback to unit`.execute(tx);
        outcomes.push({ ok: false, error });
      }
      await sql`release unit`.execute(tx);
    }
    await tx.commit().execute();
  } catch {
    // The shared transaction itself failed (the commit, or a unit that ended the transaction
    // under the others). Nothing of it was kept, so each unit runs again on its own, as it would
    // have without batching, and gets its own outcome.
    await tx
      ?.rollback()
      .execute()
      .catch(() => undefined);
    for (const unit of batch) await runAlone(db, unit);
    return;
  }
  batch.forEach((unit, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) unit.resolve(outcome.value);
    else unit.reject(outcome.error);
  });
}

async function runAlone(db: Kysely<Schema>, unit: Pending) {
  try {
    unit.resolve(await db.transaction().execute(unit.work));
  } catch (error) {
    unit.reject(error);
  }
}
