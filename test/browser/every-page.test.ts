/**
 * axe-core on every page type. Rather than keep a list of pages that drifts, each caller crawls the
 * demo site from its start pages, following links, and checks the first page it reaches for each
 * registered GET route; at the end every HTML route must have been reached by someone. A new page
 * that no link leads to fails here — link it, or add it to `direct` below.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RouteAccess } from '../../src/platform/http/access';
import {
  axe,
  demoAccounts,
  logIn,
  newContext,
  scrollsSideways,
  startBrowserSuite,
  type BrowserContext,
  type Page,
} from './support';

/** Routes that are not pages: data, files, machine endpoints. */
const notPages = [/^\/assets\//, /^\/api\//, /^\/healthz$/, /^\/account\/export$/];

/** Pages only an e-mail links to: visited directly, with a token that was never issued. */
const direct = [
  '/reset/never-issued-token-abcdefghijklmnopqrstuvwxyz0',
  '/verify/never-issued-token-abcdefgh',
];

function patternOf(route: RouteAccess) {
  const source = route.url
    .split('/')
    .map((s) => (s.startsWith(':') ? '[^/]+' : s === '*' ? '.*' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

interface Crawl {
  reached: Map<string, string>;
  problems: string[];
}

/** Follows links from `start`, visiting one page per route not reached yet, and runs axe on each. */
async function crawl(
  page: Page,
  routes: RouteAccess[],
  start: string[],
  origin: string,
  anonymous: boolean,
): Promise<Crawl> {
  const reached = new Map<string, string>();
  const problems: string[] = [];
  // Like the router: a static segment wins over a parameter (/organisations/import over /organisations/:id).
  const params = (r: RouteAccess) => r.url.split('/').filter((s) => s.startsWith(':') || s === '*').length;
  const routeOf = (path: string) =>
    routes.filter((r) => patternOf(r).test(path)).sort((a, b) => params(a) - params(b))[0]?.url;
  const queue = [...start];
  const queued = new Set(queue.map((u) => routeOf(new URL(u, origin).pathname)));
  while (queue.length > 0) {
    const url = queue.shift()!;
    const route = routeOf(new URL(url, origin).pathname);
    if (!route || reached.has(route)) continue;
    const response = await page.goto(url);
    const status = response?.status() ?? 0;
    const expectError = direct.some((d) => url.startsWith(d));
    // The public meets the login page (401) behind links to pages that need a login; that is right.
    if (status === 200 || expectError) reached.set(route, url);
    else if (!(anonymous && status === 401)) problems.push(`${url} answered ${status}`);
    try {
      await axe(page);
    } catch (error) {
      problems.push((error as Error).message);
    }
    const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links) {
      const target = new URL(link);
      if (target.origin !== origin || target.searchParams.has('lang')) continue;
      const next = routeOf(target.pathname);
      if (!next || reached.has(next) || queued.has(next)) continue;
      queued.add(next);
      queue.push(target.pathname + target.search);
    }
  }
  return { reached, problems };
}

describe('browser: every page type passes axe (WCAG 2.1 A/AA) and fits a phone', () => {
  let suite: Awaited<ReturnType<typeof startBrowserSuite>>;
  let routes: RouteAccess[];
  const reachedBy = new Map<string, string>();
  before(async () => {
    suite = await startBrowserSuite();
    routes = suite.server.app.routeAccess.filter(
      (r) => r.method === 'GET' && !notPages.some((p) => p.test(r.url)),
    );
  });
  after(async () => {
    await suite?.close();
  });

  const callers = [
    { who: 'the public', email: null },
    { who: 'a participant member', email: 'prosjektleder@grue.example' },
    { who: 'an advisor', email: 'advisor@innlandet.example' },
    { who: 'an operator', email: 'operator@distriktssenteret.example' },
  ];
  for (const caller of callers) {
    it(`as ${caller.who}`, async () => {
      const context: BrowserContext = await newContext(suite.browser, suite.server);
      const page = await context.newPage();
      await page.goto('/?lang=en');
      if (caller.email) {
        const account = demoAccounts().find((a) => a.email === caller.email);
        assert.ok(account, `the demo data has ${caller.email}`);
        await logIn(page, account);
      }
      const own = caller.email ? ['/me', '/account'] : [];
      const start = ['/', ...own, '/programmes', '/login', '/forgot', ...direct];
      const result = await crawl(page, routes, start, suite.server.baseUrl, !caller.email);
      for (const [route, url] of result.reached) if (!reachedBy.has(route)) reachedBy.set(route, url);
      await context.close();
      assert.deepEqual(result.problems, [], result.problems.join('\n\n'));
    });
  }

  it('reached every page type', () => {
    const missing = routes.map((r) => r.url).filter((url) => !reachedBy.has(url));
    assert.deepEqual(missing, [], `No link leads to: ${missing.join(', ')}`);
  });

  it('has no sideways scrolling on a 375 px phone', async () => {
    const context = await newContext(suite.browser, suite.server, { width: 375 });
    const page = await context.newPage();
    const operator = demoAccounts().find((a) => a.role === 'operator');
    assert.ok(operator);
    await logIn(page, operator);
    const wide: string[] = [];
    for (const url of new Set(reachedBy.values())) {
      await page.goto(url);
      if (await scrollsSideways(page)) wide.push(url);
    }
    await context.close();
    assert.deepEqual(wide, [], `These pages scroll sideways at 375 px: ${wide.join(', ')}`);
  });
});
