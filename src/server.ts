import { buildApp } from './app';
import { loadConfig } from './config';
import { loadDemoIfEmpty } from './demo/index';
import { allMigrations, modules } from './modules';
import { DatabaseUnavailableError, openDatabase } from './platform/db/database';
import { migrateToLatest } from './platform/db/migrate';
import { startJobs } from './platform/jobs';
import { startMailSender } from './platform/mail/sender';

/** Starts Samling: database, migrations, demo data on an empty database, then the HTTP server. */
async function main() {
  const config = loadConfig();
  let database;
  try {
    database = await openDatabase({
      url: config.databaseUrl,
      dataDir: config.dataDir,
      poolSize: config.pgPoolSize,
    });
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) {
      console.error(`Samling could not start: ${error.message}`);
      console.error('Check DATABASE_URL, or unset it to use the embedded SQLite database.');
      process.exit(1);
    }
    throw error;
  }
  await migrateToLatest(database, allMigrations);
  const app = await buildApp(config, database);
  if (config.demo) {
    const loaded = await loadDemoIfEmpty(database);
    if (loaded) app.log.info('demo data loaded');
  }
  const stopMail = startMailSender(database, config.smtpUrl, app.log);
  const stopJobs = startJobs(
    database,
    modules.flatMap((m) => m.jobs ?? []),
    app.log,
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    stopMail();
    stopJobs();
    // app.close() stops accepting connections and waits for requests in flight to finish.
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  console.error('Samling could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
