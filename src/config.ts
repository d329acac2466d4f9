import path from 'node:path';

/** Runtime settings, read once from the environment so the rest of the app never touches process.env. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** postgres://… selects PostgreSQL; empty means the embedded SQLite file in dataDir. */
  databaseUrl: string;
  demo: boolean;
  smtpUrl: string;
  baseUrl: string;
  logLevel: string;
  /** Secure cookies need HTTPS; off by default so the demo works on http://localhost. */
  secureCookies: boolean;
  /** Behind a reverse proxy: trust X-Forwarded-For for the client address (rate limits use it). */
  trustProxy: boolean;
  pgPoolSize: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL ?? '',
    demo: env.SAMLING_DEMO !== '0',
    smtpUrl: env.SMTP_URL ?? '',
    baseUrl: env.BASE_URL ?? `http://localhost:${port}`,
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: env.SECURE_COOKIES === '1',
    trustProxy: env.TRUST_PROXY === '1',
    pgPoolSize: Number(env.PG_POOL_SIZE ?? 10),
  };
}
