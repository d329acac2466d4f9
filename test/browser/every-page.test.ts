/**
 * axe-core on every page type. Rather than keep a list of pages that drifts, each caller crawls the
 * demo site from its start pages, following links, and checks the first page it reaches for each
 * registered GET route; at the end every HTML route must have been reached by someone. A new page
 * that no link leads to fails here — link it, or add it to `direct` below.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sendInput } from '../../src/modules/inputs/index';
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

/**
 * Routes that are not pages: data, files, feeds, machine endpoints. A browser downloads them (or
 * shows raw XML) instead of rendering HTML, so there is nothing for axe to check and `page.goto`
 * would fail with "Download is starting". Derived where possible, so a new route like
 * `/x/report.csv` needs no entry: any route whose last segment has a file extension (.ics, .csv,
 * .xlsx, .atom, .xml, .json) is a file. The rest are named: downloads and feeds whose URL has no
 * extension.
 */
const notPages = [
  /^\/assets\//,
  /^\/api\//,
  /^\/healthz$/,
  /\/[^/:]+\.[a-z0-9]+$/i,
  /^\/account\/export$/,
  /^\/calendar\/:token$/,
  /^\/submissions\/:submissionId\/files\/:fileId$/,
  /^\/library\/:itemSlug\/attachments\/:attachmentId$/,
];

/** Pages only an e-mail links to: visited directly, with a token that was never issued. */
const direct = [
  '/reset/never-issued-token-abcdefghijklmnopqrstuvwxyz0',
  '/verify/never-issued-token-abcdefgh',
  '/registrations/confirm/never-issued-token-abcdefgh',
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

/** How many more pages of a type already checked the crawl may open to look for links (see `crawl`). */
const morePerType = 3;

/**
 * Follows links from `start`, visiting one page per route not reached yet, and runs axe on each.
 * What a page links to depends on its data: the first event reached may have no homework while
 * another event's does. So links to further pages of a type already checked are kept, up to
 * `morePerType` each, and opened (without axe) once the queue runs dry, only to follow their links.
 */
async function crawl(
  page: Page,
  routes: RouteAccess[],
  pages: Set<string>,
  start: string[],
  origin: string,
  anonymous: boolean,
): Promise<Crawl> {
  const reached = new Map<string, string>();
  const problems: string[] = [];
  // Like the router: a static segment wins over a parameter (/organisations/import over /organisations/:id).
  const params = (r: RouteAccess) => r.url.split('/').filter((s) => s.startsWith(':') || s === '*').length;
  // All GET routes take part, so /library/feed.atom is the feed, not /library/:itemSlug; only pages are visited.
  const matchOf = (path: string) =>
    routes.filter((r) => patternOf(r).test(path)).sort((a, b) => params(a) - params(b))[0]?.url;
  const routeOf = (path: string) => {
    const route = matchOf(path);
    return route && pages.has(route) ? route : undefined;
  };
  const queue = [...start];
  const queued = new Set(queue.map((u) => routeOf(new URL(u, origin).pathname)));
  const later: string[] = [];
  const laterCount = new Map<string, number>();
  const seen = new Set(start);
  while (queue.length > 0 || (later.length > 0 && reached.size < pages.size)) {
    const again = queue.length === 0;
    const url = again ? later.shift()! : queue.shift()!;
    const route = routeOf(new URL(url, origin).pathname);
    if (!route || (!again && reached.has(route))) continue;
    let response;
    try {
      response = await page.goto(url);
    } catch (error) {
      problems.push(`${url}: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const status = response?.status() ?? 0;
    const expectError = direct.some((d) => url.startsWith(d));
    // The public meets the login page (401) behind links to pages that need a login; that is right.
    if ((status === 200 || expectError) && !again) reached.set(route, url);
    else if (status !== 200 && !expectError && !(anonymous && status === 401)) {
      problems.push(`${url} answered ${status}`);
    }
    if (!again) {
      try {
        await axe(page);
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
    const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const link of links) {
      const target = new URL(link);
      if (target.origin !== origin || target.searchParams.has('lang')) continue;
      const next = routeOf(target.pathname);
      const key = target.pathname + target.search;
      if (!next || seen.has(key)) continue;
      seen.add(key);
      if (!reached.has(next) && !queued.has(next)) {
        queued.add(next);
        queue.push(key);
      } else if ((laterCount.get(next) ?? 0) < morePerType) {
        laterCount.set(next, (laterCount.get(next) ?? 0) + 1);
        later.push(key);
      }
    }
  }
  return { reached, problems };
}

describe('browser: every page type passes axe (WCAG 2.1 A/AA) and fits a phone', () => {
  let suite: Awaited<ReturnType<typeof startBrowserSuite>>;
  let routes: RouteAccess[];
  let allRoutes: RouteAccess[];
  const reachedBy = new Map<string, string>();
  const groupSummary: string[] = [];
  before(async () => {
    suite = await startBrowserSuite();
    // The demo data holds no inputs (innspill), and a triage list without one links to no input page.
    const db = suite.server.database.db;
    for (const { id } of await db.selectFrom('programmes').select('id').execute()) {
      await sendInput(db, {
        programmeId: id,
        title: 'Innspill fra kommunen',
        body: 'Kan programmet ta opp kommunale planer?',
        sender: { kind: 'public', userId: null, name: null, email: null },
        showName: false,
        locale: 'nb',
      });
    }
    // A group's A3 is linked only from its workshop's coaching-group pages, which the crawl (one page
    // per type) may reach through a workshop without groups; start from one of the demo's instead.
    const group = await db.selectFrom('coaching_groups').select('id').orderBy('id').executeTakeFirst();
    if (group) groupSummary.push(`/coaching-groups/${group.id}/summary`);
    allRoutes = suite.server.app.routeAccess.filter((r) => r.method === 'GET');
    routes = allRoutes.filter((r) => !notPages.some((p) => p.test(r.url)));
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
      // Only an operator may open every group's A3.
      if (caller.who === 'an operator') own.push(...groupSummary);
      // Pages a form leads to (a search), rather than a link, start the crawl too.
      const formResults = ['/search?q=kommune'];
      const start = ['/', ...own, '/programmes', '/login', '/forgot', ...formResults, ...direct];
      const result = await crawl(
        page,
        allRoutes,
        new Set(routes.map((r) => r.url)),
        start,
        suite.server.baseUrl,
        !caller.email,
      );
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
