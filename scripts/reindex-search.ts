/**
 * Fills the search index again with every programme, event, organisation and answered input:
 * `npx tsx scripts/reindex-search.ts`. For a database written before those modules indexed their
 * things (the server also does it at start-up for a type the index lacks entirely). Uses
 * DATABASE_URL / DATA_DIR like the server, and runs pending migrations first.
 */
import { loadConfig } from '../src/config';
import { allMigrations } from '../src/modules';
import { reindexSearch } from '../src/modules/search/index';
import { DatabaseUnavailableError, openDatabase } from '../src/platform/db/database';
import { migrateToLatest } from '../src/platform/db/migrate';

const config = loadConfig();
let database;
try {
  database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
} catch (error) {
  console.error(error instanceof DatabaseUnavailableError ? error.message : String(error));
  process.exit(1);
}

let failed = false;
try {
  await migrateToLatest(database, allMigrations);
  const done = await reindexSearch(database.db);
  const lines = Object.entries(done).map(([type, n]) => `${type}: ${n}`);
  console.log(lines.length > 0 ? `Indexed ${lines.join(', ')}.` : 'Nothing to index.');
} catch (error) {
  console.error('Reindex failed:', error instanceof Error ? error.message : error);
  failed = true;
} finally {
  await database.close();
}
process.exit(failed ? 1 : 0);
