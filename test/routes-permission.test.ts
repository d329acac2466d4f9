/**
 * Walks every registered route (`app.routeAccess`) and calls it as the public, a participant
 * member, an advisor and an operator, with path parameters filled by ids that exist. Each route
 * must refuse those its declared access excludes (401 without a login, 403 for too low a role),
 * and none may ever answer 500. A route whose parameters cannot be filled fails here, so every
 * new route is covered the day it is added: teach `fill()` its parameter.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from './support/app';
import { testDialects } from './support/databases';
import {
  ActorClient,
  concreteUrls,
  createWorld,
  destructive,
  everyone,
  refusal,
  unsafe,
  type Who,
  type World,
} from './support/route-world';

for (const dialect of testDialects()) {
  describe(`every route refuses those it should [${dialect}]`, () => {
    let t: TestApp;
    let world: World;
    let users: Awaited<ReturnType<typeof createWorld>>['users'];
    const clients = new Map<Who, ActorClient>();
    let addresses = 0;

    async function loggedIn(who: Who): Promise<ActorClient> {
      const client = new ActorClient(t.app, `10.0.0.${++addresses}`);
      if (who !== 'anonymous') await client.logIn(users[who].email, users[who].password);
      else await client.get('/login');
      return client;
    }

    /** The actor's client, logged in again when a route it called (log out, end sessions) ended its session. */
    async function clientFor(who: Who, probe: string | null) {
      let client = clients.get(who);
      if (client && who !== 'anonymous' && probe) {
        const check = await client.get(probe);
        if (check.statusCode === 401) client = undefined;
      }
      if (!client) {
        client = await loggedIn(who);
        clients.set(who, client);
      }
      return client;
    }

    async function call(client: ActorClient, method: string, url: string) {
      if (!unsafe(method)) return client.request({ method: method as 'GET', url });
      const token = client.cookies.get('csrf') ?? '';
      const json = url.startsWith('/api/');
      return client.request({
        method: method as 'POST',
        url,
        headers: {
          'x-csrf-token': token,
          'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded',
        },
        payload: json ? '{}' : new URLSearchParams({ _csrf: token }).toString(),
      });
    }

    before(async () => {
      t = await createTestApp(dialect);
      ({ world, users } = await createWorld(t.database.db));
    });
    after(() => t.close());

    it('knows every route and who may use it', () => {
      assert.ok(t.app.routeAccess.length > 5, 'the app registers its routes');
      for (const r of t.app.routeAccess)
        assert.ok(['public', 'user', 'staff', 'operator'].includes(r.access), `${r.method} ${r.url}`);
    });

    it('answers each route as anonymous, participant, advisor and operator without a 500', async (test) => {
      const routes = [...t.app.routeAccess].sort(
        (a, b) =>
          Number(unsafe(a.method)) - Number(unsafe(b.method)) ||
          Number(destructive(a.url)) - Number(destructive(b.url)),
      );
      const probe =
        routes.find((r) => r.method === 'GET' && r.access === 'user' && !r.url.includes(':'))?.url ?? null;
      for (const route of routes) {
        await test.test(`${route.method} ${route.url} (${route.access})`, async () => {
          for (const { url, variant } of concreteUrls(world, route)) {
            for (const who of everyone) {
              const client = await clientFor(who, unsafe(route.method) ? probe : null);
              const response = await call(client, route.method, url);
              const where = `${route.method} ${url} as ${who} [${variant}]`;
              assert.ok(response.statusCode < 500, `${where} answered ${response.statusCode}`);
              const refused = refusal(route.access, who);
              if (refused) assert.equal(response.statusCode, refused, `${where} must answer ${refused}`);
              if (who === 'operator')
                assert.ok(![401, 403].includes(response.statusCode), `${where} refused the operator`);
            }
          }
        });
      }
    });

    it('hides members-only programmes from the public and from participants of other organisations', async () => {
      const pageRoutes = t.app.routeAccess.filter(
        (r) => r.method === 'GET' && /^\/(api\/v1\/)?programmes\/:/.test(r.url),
      );
      assert.ok(pageRoutes.length > 0, 'there are programme pages to check');
      const anonymous = await loggedIn('anonymous');
      const other = new ActorClient(t.app, '10.1.0.1');
      await other.logIn(users.otherParticipant.email, users.otherParticipant.password);
      const member = await loggedIn('participant');
      for (const route of pageRoutes) {
        const [, members] = concreteUrls(world, route);
        assert.ok(members);
        const asAnonymous = await anonymous.get(members.url);
        assert.equal(
          asAnonymous.statusCode,
          route.access === 'public' ? 404 : 401,
          `${members.url} as anonymous`,
        );
        const asOther = await other.get(members.url);
        assert.equal(
          asOther.statusCode,
          ['public', 'user'].includes(route.access) ? 404 : 403,
          `${members.url} as a participant of another organisation`,
        );
      }
      const page = pageRoutes.find((r) => r.url === '/programmes/:slug' || r.url === '/programmes/:id');
      if (page) {
        const [, members] = concreteUrls(world, page);
        assert.equal(
          (await member.get(members!.url)).statusCode,
          200,
          'a member sees their members-only programme',
        );
      }
      const list = await anonymous.get('/api/v1/programmes');
      if (list.statusCode !== 404) {
        const slugs = (list.json() as { items: { slug: string }[] }).items.map((p) => p.slug);
        assert.ok(
          slugs.includes('perm-public') && !slugs.includes('perm-members'),
          `the API lists ${slugs.join(', ')} to the public`,
        );
      }
    });
  });
}
