/**
 * Browser tests run the real server (migrations, demo data, a listening port, a SQLite file in a
 * fresh temp folder) in this process and drive Debian's Chromium through playwright-core. Each
 * test file gets its own server and browser, so files never share state.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import * as demo from '../../src/demo/index';
import { allMigrations } from '../../src/modules';
import { openDatabase, type Database } from '../../src/platform/db/database';
import { migrateToLatest } from '../../src/platform/db/migrate';
import type { Role } from '../../src/platform/http/context';
import { buildUser } from '../support/factories';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, reproducible headless Chromium in a container (no sandbox, no GPU, no updates). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export interface RunningSamling {
  baseUrl: string;
  app: FastifyInstance;
  database: Database;
  dataDir: string;
  close(): Promise<void>;
}

/** A port nobody listens on now, so baseUrl (used in mail links) names the real port. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/**
 * Starts Samling the way src/server.ts does — migrate, build, load the demo data, listen — on a
 * fresh SQLite DATA_DIR. Server errors are logged to stderr (LOG_LEVEL, default "error").
 */
export async function startSamling(): Promise<RunningSamling> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samling-browser-'));
  const port = await freePort();
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    SAMLING_DEMO: '1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
  });
  const database = await openDatabase({ dataDir: config.dataDir });
  await migrateToLatest(database, allMigrations);
  const app = await buildApp(config, database);
  await demo.loadDemoIfEmpty(database);
  await app.listen({ port, host: config.host });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    database,
    dataDir,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Browser tests need Chromium at ${CHROMIUM}: run \`bash scripts/setup.sh --browser\`.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
}

/** A new browser profile (own cookies) that resolves relative URLs against the server. */
export async function newContext(browser: Browser, server: RunningSamling, options: { width?: number } = {}) {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: 'nb-NO',
  });
  // Generous, so a busy CI machine is slow rather than red; a real failure still fails.
  context.setDefaultTimeout(20_000);
  return context;
}

/** Both fixtures a test file needs, closed together. */
export async function startBrowserSuite() {
  const server = await startSamling();
  const browser = await launchBrowser();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Fails when axe-core finds a WCAG 2.1 A or AA violation on the page as it is now. */
export async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const report = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` +
      v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`)
        .join('\n'),
  );
  assert.equal(
    report.length,
    0,
    `axe found WCAG 2.1 A/AA violations on ${page.url()}:\n${report.join('\n')}`,
  );
}

export interface Account {
  email: string;
  password: string;
  role: Role;
  name?: string;
}

type DemoAccount = { email: string; password: string; role: string; name?: string };

/** The demo data's logins (src/demo `demoAccounts`), when the demo module provides them. */
export function demoAccounts(): DemoAccount[] {
  const list = (demo as unknown as { demoAccounts?: DemoAccount[] }).demoAccounts;
  return Array.isArray(list) ? list : [];
}

/**
 * A login of the given role: the first demo account with that role, else a new user made for the
 * test (so the harness works before the demo data names its accounts).
 */
export async function accountFor(server: RunningSamling, role: Role): Promise<Account> {
  const found = demoAccounts().find((a) => a.role === role);
  if (found) return { ...found, role };
  const user = await buildUser(server.database.db, { role, name: `Test ${role}` });
  return { email: user.email, password: user.password, role, name: `Test ${role}` };
}

/** Logs in through the login form, as a person would: the fields by their labels, the button by its name. */
export async function logIn(page: Page, account: { email: string; password: string }) {
  await page.goto('/login?lang=en');
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/login')),
    page.getByRole('main').getByRole('button', { name: 'Log in' }).click(),
  ]);
}

/** True when the page is wider than the window, i.e. a phone would scroll sideways. */
export async function scrollsSideways(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

export type { Browser, BrowserContext, Page };
