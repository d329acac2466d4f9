import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';

/**
 * `src/server.ts` as `npm start` runs it, in a child process: what an operator sees at start-up and
 * at shutdown.
 */
const root = path.resolve(import.meta.dirname, '..');
const children: ChildProcess[] = [];
const dirs: string[] = [];

function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', SMTP_URL: '', SAMLING_DEMO: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  /** Resolves when the server has written a line matching `pattern` to stdout. */
  const logged = (pattern: RegExp, timeoutMs = 20_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no log line ${pattern} within ${timeoutMs} ms:\n${stdout}\n${stderr}`)),
        timeoutMs,
      );
      const check = () => {
        if (pattern.test(stdout)) {
          clearTimeout(timer);
          child.stdout?.off('data', check);
          resolve();
        }
      };
      child.stdout?.on('data', check);
      check();
    });
  return { child, exited, logged, output: () => ({ stdout, stderr }) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

after(() => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('server.ts', () => {
  it('says in one line that an unreachable database stops it, and exits non-zero without a stack trace', async () => {
    const server = startServer({ DATABASE_URL: 'postgres://nobody:secret@127.0.0.1:1/x', PORT: '1' });
    const code = await server.exited;
    const { stdout, stderr } = server.output();
    assert.notEqual(code, 0);
    const lines = stderr.trim().split('\n');
    assert.match(
      lines[0] ?? '',
      /^Samling could not start: Cannot reach PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/x: .+/,
    );
    assert.ok(lines.length <= 2, `a short message, not:\n${stderr}`);
    assert.ok(!stderr.includes('secret'), 'the password is not printed');
    assert.ok(!/^\s+at /m.test(stderr + stdout), `no stack trace:\n${stderr}`);
  });

  it('finishes a request in flight on SIGTERM, then exits 0', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samling-server-'));
    dirs.push(dataDir);
    const port = await freePort();
    const server = startServer({ DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'info' });
    await server.logged(/Server listening/);

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    assert.deepEqual(await health.json(), { status: 'ok', database: 'sqlite' });
    const login = await fetch(`http://127.0.0.1:${port}/login`);
    const csrf = /csrf=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1] ?? '';
    assert.ok(csrf);

    // A form post whose body is still arriving when the signal comes: the request is in flight.
    const body = new URLSearchParams({ _csrf: csrf, email: 'someone@example.no' }).toString();
    const socket = net.connect(port, '127.0.0.1');
    let response = '';
    socket.on('data', (chunk) => (response += chunk.toString()));
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write(
      [
        'POST /forgot HTTP/1.1',
        `Host: 127.0.0.1:${port}`,
        'Content-Type: application/x-www-form-urlencoded',
        `Content-Length: ${Buffer.byteLength(body)}`,
        `Cookie: csrf=${csrf}`,
        'Connection: close',
        '',
        body.slice(0, 10),
      ].join('\r\n'),
    );
    await server.logged(
      /"url":"\/forgot".*"msg":"incoming request"|"msg":"incoming request".*"url":"\/forgot"/,
    );
    server.child.kill('SIGTERM');
    await server.logged(/shutting down/);
    socket.write(body.slice(10));
    await closed;

    assert.match(response, /^HTTP\/1\.1 200 /);
    assert.match(response, /Sjekk e-posten din/);
    assert.equal(await server.exited, 0);
    await assert.rejects(fetch(`http://127.0.0.1:${port}/healthz`), 'no longer listening');
  });
});
