/**
 * `npm run bench`: requests per second and latency at 50 connections for a bare node:http server
 * (the baseline), a programme page and GET /api/v1/programmes, on SQLite and on PostgreSQL, in one
 * run, plus a bare Fastify route for reference (the framework's own ceiling). Writes
 * bench/results/foundation.json, then runs the registration rush (bench/gatherings.ts →
 * bench/results/gatherings.json).
 *
 * Each server runs in its own Node process, started exactly like `npm start`; autocannon runs in
 * this process, so load generation and serving do not share one event loop. Each target gets a
 * warm-up (discarded) and then a measured run of fixed length.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const connections = 50;
const warmupSeconds = Number(process.env.BENCH_WARMUP ?? 2);
const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const adminPgUrl =
  process.env.BENCH_PG_URL ?? process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const appLogLevel = process.env.BENCH_LOG_LEVEL ?? 'warn';
const goal = { programmePageShareOfBaseline: 0.3, p99BelowMs: 50, database: 'sqlite', connections };

interface Target {
  name: string;
  database: 'none' | 'sqlite' | 'postgres';
  path: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
  ratioToBaseline?: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

interface Server {
  base: string;
  stop(): Promise<void>;
}

/** Starts `node --import tsx <script>` on a free port and waits until `readyPath` answers 200. */
async function startServer(name: string, script: string, env: Record<string, string>, readyPath: string) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start-up:\n${stderr}`);
    if (Date.now() > deadline)
      throw new Error(`${name} did not answer ${readyPath} within 120 s:\n${stderr}`);
    const ok = await fetch(base + readyPath).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    base,
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  } satisfies Server;
}

/** Warm-up, then the measured run; autocannon's rps is the mean of its one-second samples. */
async function measure(name: string, database: Target['database'], base: string, urlPath: string) {
  const url = base + urlPath;
  process.stdout.write(`  ${name} [${database}] ${urlPath} … `);
  await autocannon({ url, connections, duration: warmupSeconds });
  const r = await autocannon({ url, connections, duration: durationSeconds });
  const target: Target = {
    name,
    database,
    path: urlPath,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
    requests: r.requests.total,
  };
  console.log(
    `${target.rps} req/s, p50 ${target.p50} ms, p99 ${target.p99} ms, errors ${target.errors + target.non2xx}`,
  );
  return target;
}

/** A public demo programme's page, found through the API as a visitor would. */
async function programmePath(base: string) {
  const response = await fetch(`${base}/api/v1/programmes?lang=nb`);
  if (!response.ok) throw new Error(`GET /api/v1/programmes answered ${response.status}`);
  const { items } = (await response.json()) as { items: { slug: string; visibility: string }[] };
  const publicOnes = items.filter((p) => p.visibility === 'public');
  const chosen = publicOnes.find((p) => p.slug.includes('byregion')) ?? publicOnes[0];
  if (!chosen) throw new Error('The demo data has no public programme to measure');
  const page = `/programmes/${chosen.slug}`;
  const check = await fetch(base + page);
  if (check.status !== 200) throw new Error(`${page} answered ${check.status}`);
  return page;
}

async function benchApp(database: 'sqlite' | 'postgres', env: Record<string, string>) {
  const server = await startServer(
    `Samling on ${database}`,
    'src/server.ts',
    { SAMLING_DEMO: '1', LOG_LEVEL: appLogLevel, SMTP_URL: '', ...env },
    '/healthz',
  );
  try {
    const page = await programmePath(server.base);
    return [
      await measure('programme page', database, server.base, page),
      await measure('GET /api/v1/programmes', database, server.base, '/api/v1/programmes'),
    ];
  } finally {
    await server.stop();
  }
}

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: adminPgUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function main() {
  console.log(
    `Samling bench: ${connections} connections, ${warmupSeconds} s warm-up + ${durationSeconds} s per target; ` +
      `each server in its own process, autocannon in this one; app LOG_LEVEL=${appLogLevel}.`,
  );
  const targets: Target[] = [];
  const skipped: string[] = [];

  const baselineServer = await startServer('baseline', 'bench/baseline-server.ts', {}, '/');
  try {
    targets.push(await measure('bare node:http', 'none', baselineServer.base, '/'));
  } finally {
    await baselineServer.stop();
  }
  const baseline = targets[0]!;

  const fastifyServer = await startServer('bare Fastify', 'bench/fastify-server.ts', {}, '/');
  try {
    targets.push(await measure('bare Fastify route (reference)', 'none', fastifyServer.base, '/'));
  } finally {
    await fastifyServer.stop();
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samling-bench-'));
  try {
    targets.push(...(await benchApp('sqlite', { DATA_DIR: dataDir, DATABASE_URL: '' })));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const name = `samling_bench_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  let created = false;
  try {
    await adminQuery(`create database ${name}`);
    created = true;
    const url = new URL(adminPgUrl);
    url.pathname = `/${name}`;
    targets.push(...(await benchApp('postgres', { DATABASE_URL: url.toString() })));
  } catch (error) {
    if (created) throw error;
    const reason = `PostgreSQL at ${adminPgUrl} could not be used: ${(error as Error).message}`;
    console.error(`  skipped PostgreSQL — ${reason}`);
    skipped.push(reason);
  } finally {
    if (created) await adminQuery(`drop database if exists ${name} with (force)`);
  }

  for (const t of targets) t.ratioToBaseline = Math.round((t.rps / baseline.rps) * 1000) / 1000;
  const page = targets.find((t) => t.name === 'programme page' && t.database === 'sqlite');
  const met =
    !!page &&
    page.errors + page.non2xx === 0 &&
    (page.ratioToBaseline ?? 0) >= goal.programmePageShareOfBaseline &&
    page.p99 < goal.p99BelowMs;

  const result = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    method: {
      tool: 'autocannon',
      connections,
      warmupSeconds,
      durationSeconds,
      processes:
        'each server (baseline, app on SQLite, app on PostgreSQL) runs in its own `node --import tsx` process; ' +
        'autocannon runs in the bench process',
      appLogLevel,
      visitor: 'anonymous, no cookies (a first visit)',
    },
    targets,
    skipped,
    goal: {
      description:
        'programme page on SQLite at ≥ 30 % of the bare node:http rate, with p99 latency under 50 ms at 50 connections',
      ...goal,
      measured: page ? { ratioToBaseline: page.ratioToBaseline, p99: page.p99, rps: page.rps } : null,
      met,
    },
  };
  const file = path.join(root, 'bench/results/foundation.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);

  console.log('');
  console.table(
    targets.map((t) => ({
      target: t.name,
      database: t.database,
      'req/s': t.rps,
      'p50 ms': t.p50,
      'p99 ms': t.p99,
      errors: t.errors + t.non2xx,
      'of baseline': `${Math.round((t.ratioToBaseline ?? 0) * 100)} %`,
    })),
  );
  console.log(`Goal (${result.goal.description}): ${met ? 'met' : 'NOT met'}.`);
  console.log(`Written to ${path.relative(process.cwd(), file)}`);

  // Issue 3: the registration rush, in its own file; writes bench/results/gatherings.json. Loaded
  // only now, so the app's modules it seeds through are not loaded before the foundation runs.
  console.log('');
  const { runGatheringsBench } = await import('./gatherings');
  await runGatheringsBench();

  // Issue 4: the knowledge bank's search over 100,000 generated items; writes bench/results/library.json.
  console.log('');
  const { runLibraryBench } = await import('./library');
  await runLibraryBench();
}

main().catch((error: unknown) => {
  console.error('The bench failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
