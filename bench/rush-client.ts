/**
 * The load client of the registration rush (bench/gatherings.ts): `connections` keep-alive workers
 * that each take the next request from one list, so every request is sent exactly once and may carry
 * its own credentials (autocannon gives all requests of a run the same headers), each one timed from
 * sending to the last byte of its answer. Also starts a server in its own process, as bench/run.ts does.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const adminPgUrl =
  process.env.BENCH_PG_URL ?? process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Shot {
  method: 'GET' | 'POST';
  path: string;
  token?: string;
}

/** One load run: every request timed from sending to the last byte of the answer. */
export interface LoadStats {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  /** Answers other than 2xx/3xx. */
  non2xx3xx: number;
  /** Connection errors and timeouts. */
  errors: number;
}

export const ms = (n: number) => Math.round(n * 10) / 10;
const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function send(agent: http.Agent, base: URL, shot: Shot): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept: 'text/html' };
    if (shot.token) headers.authorization = `Bearer ${shot.token}`;
    if (shot.method === 'POST') {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['content-length'] = '0';
    }
    const request = http.request(
      { agent, host: base.hostname, port: base.port, method: shot.method, path: shot.path, headers },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.setTimeout(30_000, () => request.destroy(new Error('timeout')));
    request.on('error', reject);
    request.end();
  });
}

/** Sends every shot once, `connections` at a time, and times each. */
export async function fire(agent: http.Agent, base: string, shots: Shot[], connections: number) {
  const url = new URL(base);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < shots.length) {
      const shot = shots[next++]!;
      const t0 = performance.now();
      try {
        const status = await send(agent, url, shot);
        latencies.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(connections, shots.length) }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const non2xx3xx = Object.entries(statuses)
    .filter(([status]) => !/^[23]/.test(status))
    .reduce((sum, [, n]) => sum + n, 0);
  return {
    requests: shots.length,
    seconds: Math.round(seconds * 10) / 10,
    perSecond: Math.round(shots.length / seconds),
    p50: ms(percentile(latencies, 50)),
    p90: ms(percentile(latencies, 90)),
    p99: ms(percentile(latencies, 99)),
    max: ms(latencies.at(-1) ?? 0),
    statuses,
    non2xx3xx,
    errors,
  } satisfies LoadStats;
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

/** Starts `node --import tsx <script>` on a free port (as bench/run.ts does) and waits for `readyPath`. */
export async function startServer(
  name: string,
  script: string,
  env: Record<string, string>,
  readyPath: string,
) {
  const port = await freePort();
  // BENCH_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") lets a profile be taken of the server.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited during start-up:\n${stderr}`);
    if (Date.now() > deadline)
      throw new Error(`${name} did not answer ${readyPath} within 120 s:\n${stderr}`);
    if (
      await fetch(base + readyPath).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const stop = async () => {
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  return { base, stop, stderr: () => stderr };
}

/** Runs one statement on the PostgreSQL admin connection (create or drop the bench database). */
export async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: adminPgUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export { adminPgUrl };
