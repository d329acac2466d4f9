import { setTimeout } from 'node:timers/promises';
import { sql } from 'kysely';
import { isConstraintViolation, type Database, type Executor } from '../platform/db/database';
import { demoAccounts, demoOrganisations, demoPeople, demoProgrammes } from './data/index';
import { DemoIds } from './keys';
import { loadGatherings } from './load-gatherings';
import { loadLibrary } from './load-library';
import { loadAccounts, loadOrganisations, loadPeople } from './load-network';
import { loadProgramme } from './load-programme';

export { demoAccounts, DEMO_PASSWORD, veiledningspilotenMunicipalities } from './data/index';
export type { DemoAccount } from './data/index';

// Any fixed number will do: it only has to be the same in every instance that may start at once.
const DEMO_LOCK = 72_616_001;

const BUSY_RETRIES = 40;
const isBusy = (error: unknown) =>
  String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_BUSY');

async function hasUsers(db: Executor) {
  return !!(await db.selectFrom('users').select('id').limit(1).executeTakeFirst());
}

/**
 * Loads the demo data once, on an empty database (no logins yet); returns whether it did. It all
 * happens in one transaction, so a failure leaves the database empty and the next start tries again.
 */
export async function loadDemoIfEmpty(database: Database): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await loadOnce(database);
    } catch (error) {
      // SQLite has no lock to wait on: a second process starting on the same file finds it busy while
      // the first one loads, so it waits a little and looks again.
      if (isBusy(error) && attempt < BUSY_RETRIES) await setTimeout(250);
      else throw error;
    }
  }
}

async function loadOnce(database: Database): Promise<boolean> {
  if (await hasUsers(database.db)) return false;
  try {
    return await database.db.transaction().execute(async (tx) => {
      // Several instances may start together on one PostgreSQL database: one loads, the others wait
      // here and then find the logins made.
      if (database.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${DEMO_LOCK})`.execute(tx);
      if (await hasUsers(tx)) return false;
      await loadDemo(tx);
      return true;
    });
  } catch (error) {
    // Another process committed the demo first: its rows stand, ours rolled back.
    if (isConstraintViolation(error) && (await hasUsers(database.db))) return false;
    throw error;
  }
}

/** Writes the whole demo through the modules' public functions, in the order their references need. */
async function loadDemo(db: Executor) {
  const ids = new DemoIds();
  await loadOrganisations(db, demoOrganisations, ids);
  await loadPeople(db, demoPeople, ids);
  await loadAccounts(db, demoAccounts, ids);
  for (const programme of demoProgrammes) await loadProgramme(db, programme, ids);
  await loadGatherings(db, ids);
  await loadLibrary(db, ids);
}
