/**
 * Imports official municipality and county lists from the command line, the same upsert as the
 * import page: `npx tsx scripts/import-registry.ts <file> [<file> …]`. Uses DATABASE_URL / DATA_DIR
 * like the server, and runs pending migrations first. Give counties before municipalities, e.g.
 *   npx tsx scripts/import-registry.ts ../shared/data/registry/no-fylker-2025.json \
 *     ../shared/data/registry/no-kommuner-2025.json ../shared/data/registry/se-municipality-county.csv
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { allMigrations } from '../src/modules';
import { importRegistry } from '../src/modules/network/index';
import { DatabaseUnavailableError, openDatabase } from '../src/platform/db/database';
import { migrateToLatest } from '../src/platform/db/migrate';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npx tsx scripts/import-registry.ts <file.json|file.csv> [more files …]');
  process.exit(2);
}

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
  for (const file of files) {
    const filename = path.basename(file);
    try {
      const report = await importRegistry(
        database.db,
        { content: fs.readFileSync(file, 'utf8'), filename },
        null,
      );
      console.log(
        `${filename}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.linked} linked to their county, ${report.rejected.length} rejected`,
      );
      for (const r of report.rejected) console.log(`  line ${r.line}, ${r.field}: ${r.reason}`);
    } catch (error) {
      failed = true;
      console.error(`${filename}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
} finally {
  await database.close();
}
process.exit(failed ? 1 : 0);
