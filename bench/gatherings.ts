/**
 * The registration rush (issue 3): 2,000 logged-in people, each with a confirmed registration, all
 * choose the same 100-seat parallel session at once — 2,000 POSTs at 200 concurrent connections, each
 * person exactly once — on SQLite and on PostgreSQL. Reports attempts per second, latency, errors,
 * and what the database holds afterwards (exactly 100 confirmed, 1,900 waiting, in arrival order).
 * Writes bench/results/gatherings.json. Run alone with `npx tsx bench/gatherings.ts`, or as part of
 * `npm run bench`.
 *
 * Each server runs in its own Node process, started like `npm start` (SAMLING_DEMO=0). The people are
 * seeded from this process through the modules' index functions, on the same database. Each request
 * carries its own person's API token (`createApiToken`, so no 2,000 argon2 logins; a token also needs
 * no CSRF token), which autocannon cannot do per request, so load comes from 200 workers on one
 * keep-alive agent, timing every request. Machines are noisy: every run also measures a bare
 * node:http server and the app's GET /healthz with the same client, and reports p99 as ratios.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiToken, createUser } from '../src/modules/accounts/index';
import { addAgendaItem, createEvent, register } from '../src/modules/gatherings/index';
import { createProgramme } from '../src/modules/programmes/index';
import { openDatabase, type Db } from '../src/platform/db/database';
import { adminPgUrl, adminQuery, fire, ms, startServer, type Shot } from './rush-client';

const root = path.resolve(import.meta.dirname, '..');
const ATTEMPTS = Number(process.env.BENCH_RUSH_ATTEMPTS ?? 2000);
const CONNECTIONS = 200;
const SEATS = 100;
const WARMUP_PEOPLE = 400;
const appLogLevel = process.env.BENCH_LOG_LEVEL ?? 'warn';
const goal = {
  p99BelowMs: 100,
  database: 'sqlite',
  attempts: ATTEMPTS,
  connections: CONNECTIONS,
  seats: SEATS,
};

const load = (agent: http.Agent, base: string, shots: Shot[]) => fire(agent, base, shots, CONNECTIONS);

/** An event without a limit and one parallel session of `seats`; `people` registered, each with an API token. */
async function seedEvent(db: Db, programmeId: number, label: string, people: number, seats: number) {
  const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const eventId = await createEvent(
    db,
    {
      programmeId,
      kind: 'conference',
      title: { nb: `Rush ${label}`, sv: `Rush ${label}`, en: `Rush ${label}` },
      startsAt: `${day}T09:00`,
      endsAt: `${day}T16:00`,
      timeZone: 'Europe/Oslo',
      language: 'nb',
      capacity: null,
    },
    null,
  );
  const itemId = await addAgendaItem(
    db,
    eventId,
    {
      startsAt: `${day}T10:00`,
      endsAt: `${day}T11:00`,
      kind: 'session',
      title: { nb: `Lærpass ${label}`, sv: `Lärpass ${label}`, en: `Session ${label}` },
      capacity: seats,
      speakers: [],
    },
    null,
  );
  const tokens: string[] = [];
  for (let start = 0; start < people; start += 100) {
    // A hundred people per transaction: quick on PostgreSQL, short enough not to hold SQLite's lock long.
    await db.transaction().execute(async (tx) => {
      for (let i = start; i < Math.min(people, start + 100); i++) {
        const email = `${label}-${i}@rush.example`;
        const name = `Deltaker ${label} ${i}`;
        const userId = await createUser(tx, {
          email,
          name,
          password: null,
          role: 'participant',
          verified: true,
        });
        tokens.push(await createApiToken(tx, userId, 'registration rush'));
        await register(tx, { eventId, userId, name, email, confirmed: true });
      }
    });
  }
  return { eventId, itemId, tokens };
}

/** What the database holds for the session: live sign-ups in id (arrival) order. */
async function ledger(db: Db, itemId: number, base: string, eventId: number) {
  const rows = await db
    .selectFrom('session_signups')
    .select(['id', 'registration_id', 'status'])
    .where('agenda_item_id', '=', itemId)
    .where('status', '<>', 'cancelled')
    .orderBy('id')
    .execute();
  const confirmed = rows.filter((r) => r.status === 'confirmed').length;
  const waitlisted = rows.filter((r) => r.status === 'waitlisted').length;
  // Arrival order: the first `SEATS` sign-ups by id hold the seats, everyone after them waits.
  const inIdOrder = rows.every((r, i) => r.status === (i < SEATS ? 'confirmed' : 'waitlisted'));
  const api = await fetch(`${base}/api/v1/events/${eventId}/sessions`).then(
    (r) => r.json() as Promise<{ items: { id: number; confirmed: number; waitlisted: number }[] }>,
  );
  const shown = api.items.find((s) => s.id === itemId);
  return {
    signups: rows.length,
    distinctPeople: new Set(rows.map((r) => r.registration_id)).size,
    confirmed,
    waitlisted,
    waitlistInIdOrder: inIdOrder,
    api: shown ? { confirmed: shown.confirmed, waitlisted: shown.waitlisted } : null,
  };
}

/** The whole rush against one database: seed, warm up, baselines, the page, the rush, the ledger. */
async function rushOn(database: 'sqlite' | 'postgres', env: Record<string, string>, baselineP99: number) {
  const server = await startServer(
    `Samling on ${database}`,
    'src/server.ts',
    { SAMLING_DEMO: '0', LOG_LEVEL: appLogLevel, SMTP_URL: '', ...env },
    '/healthz',
  );
  const opened = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR, poolSize: 2 });
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  try {
    const seedStart = performance.now();
    const programmeId = await createProgramme(
      opened.db,
      { title: { nb: 'Rushprogrammet', en: 'The rush programme' }, visibility: 'public' },
      null,
    );
    const warm = await seedEvent(opened.db, programmeId, 'warmup', WARMUP_PEOPLE, 20);
    const rush = await seedEvent(opened.db, programmeId, 'rush', ATTEMPTS, SEATS);
    const seedSeconds = Math.round((performance.now() - seedStart) / 100) / 10;
    const choose = (event: typeof rush) =>
      event.tokens.map((token): Shot => ({
        method: 'POST',
        path: `/events/${event.eventId}/sessions/${event.itemId}/choose`,
        token,
      }));
    process.stdout.write(`  [${database}] seeded in ${seedSeconds} s; warming up … `);
    // Discarded: opens the 200 connections and lets the JIT see both routes (seat and waitlist).
    await load(agent, server.base, Array(2000).fill({ method: 'GET', path: '/healthz' }));
    const warmup = await load(agent, server.base, choose(warm));
    const healthz = await load(agent, server.base, Array(ATTEMPTS).fill({ method: 'GET', path: '/healthz' }));
    // Everyone looks at the sessions page first, as people waiting for the opening do. In the same
    // order as the rush, so each token was last used about this phase's length before its sign-up:
    // under a minute, the app does not rewrite its last-used time during the rush.
    const page = await load(
      agent,
      server.base,
      rush.tokens.map((token) => ({ method: 'GET', path: `/events/${rush.eventId}/sessions`, token })),
    );
    const signups = await load(agent, server.base, choose(rush));
    const held = await ledger(opened.db, rush.itemId, server.base, rush.eventId);
    const errors = signups.errors + signups.non2xx3xx;
    const correct =
      errors === 0 &&
      held.signups === ATTEMPTS &&
      held.distinctPeople === ATTEMPTS &&
      held.confirmed === SEATS &&
      held.waitlisted === ATTEMPTS - SEATS &&
      held.waitlistInIdOrder;
    console.log(
      `rush ${signups.perSecond} attempts/s, p50 ${signups.p50} ms, p99 ${signups.p99} ms, errors ${errors}; ` +
        `confirmed ${held.confirmed}, waitlisted ${held.waitlisted}, in order ${held.waitlistInIdOrder}`,
    );
    return {
      seedSeconds,
      attemptsPerSecond: signups.perSecond,
      p50: signups.p50,
      p99: signups.p99,
      errors,
      confirmed: held.confirmed,
      waitlisted: held.waitlisted,
      correct,
      p99RatioToBaseline: ms(signups.p99 / Math.max(baselineP99, 0.1)),
      p99RatioToHealthz: ms(signups.p99 / Math.max(healthz.p99, 0.1)),
      rush: signups,
      ledger: held,
      healthz,
      sessionsPage: page,
      tokensFreshForRush: page.seconds + Math.max(0, signups.seconds - page.seconds) < 60,
      warmup: { requests: warmup.requests, errors: warmup.errors + warmup.non2xx3xx },
      server: { pgPoolSize: database === 'postgres' ? Number(process.env.PG_POOL_SIZE ?? 10) : null },
    };
  } finally {
    agent.destroy();
    await opened.close();
    await server.stop();
  }
}

export type RushResult = Awaited<ReturnType<typeof rushOn>>;

/** The bare node:http server at the same concurrency: the most this machine serves right now. */
async function baselineRun() {
  const server = await startServer('baseline', 'bench/baseline-server.ts', {}, '/');
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  try {
    await load(agent, server.base, Array(ATTEMPTS).fill({ method: 'GET', path: '/' }));
    return await load(agent, server.base, Array(ATTEMPTS).fill({ method: 'GET', path: '/' }));
  } finally {
    agent.destroy();
    await server.stop();
  }
}

/** Runs the rush on SQLite and PostgreSQL and writes bench/results/gatherings.json; returns whether the goal was met. */
export async function runGatheringsBench(): Promise<boolean> {
  console.log(
    `Registration rush: ${ATTEMPTS} sign-ups for a ${SEATS}-seat session at ${CONNECTIONS} connections, ` +
      `each person once; app LOG_LEVEL=${appLogLevel}.`,
  );
  const baseline = await baselineRun();
  console.log(`  bare node:http baseline: ${baseline.perSecond} req/s, p99 ${baseline.p99} ms`);
  const skipped: string[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samling-rush-'));
  const sqlite: RushResult | null = await rushOn(
    'sqlite',
    { DATA_DIR: dataDir, DATABASE_URL: '' },
    baseline.p99,
  ).finally(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const name = `samling_rush_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  let postgres: RushResult | null = null;
  let created = false;
  try {
    if (process.env.BENCH_RUSH_SKIP_POSTGRES === '1') throw new Error('BENCH_RUSH_SKIP_POSTGRES=1');
    await adminQuery(`create database ${name}`);
    created = true;
    const url = new URL(adminPgUrl);
    url.pathname = `/${name}`;
    postgres = await rushOn('postgres', { DATABASE_URL: url.toString(), DATA_DIR: dataDir }, baseline.p99);
  } catch (error) {
    if (created) throw error;
    skipped.push(`PostgreSQL at ${adminPgUrl} could not be used: ${(error as Error).message}`);
    console.error(`  skipped PostgreSQL — ${skipped[0]}`);
  } finally {
    if (created) await adminQuery(`drop database if exists ${name} with (force)`);
  }

  const met = !!sqlite?.correct && sqlite.p99 < goal.p99BelowMs && (postgres?.correct ?? false);
  const result = {
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    method:
      `${ATTEMPTS} POST /events/:eventId/sessions/:itemId/choose, one per person (each with its own API token), ` +
      `${CONNECTIONS} at a time over keep-alive connections from this process; each server in its own process ` +
      `(SAMLING_DEMO=0); before the rush: a discarded warm-up (${WARMUP_PEOPLE} people, another session), ` +
      `GET /healthz and every person's GET of the sessions page at the same concurrency. Latency in ms.`,
    goal: {
      description: `on SQLite: p99 under ${goal.p99BelowMs} ms; on both: exactly ${SEATS} confirmed, ${ATTEMPTS - SEATS} waitlisted in arrival order, 0 errors`,
      ...goal,
    },
    sqlite,
    postgres,
    baseline: { target: 'bare node:http (bench/baseline-server.ts)', ...baseline },
    skipped,
    met,
  };
  const file = path.join(root, 'bench/results/gatherings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Registration rush goal (${result.goal.description}): ${met ? 'met' : 'NOT met'}.`);
  console.log(`Written to ${path.relative(process.cwd(), file)}`);
  return met;
}

if (path.resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  runGatheringsBench().catch((error: unknown) => {
    console.error('The registration rush failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
