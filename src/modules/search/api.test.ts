import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { createApiToken } from '../accounts/index';
import { buildSearchWorld } from './test-world';

interface ApiResult {
  total: number;
  items: { type: string; id: number; title: string; url: string; snippet: string; language: string }[];
  facets: Record<
    'type' | 'kind' | 'theme' | 'language' | 'programme' | 'year',
    { value: string; count: number; label: string }[]
  >;
}

for (const dialect of testDialects()) {
  describe(`search API [${dialect}]`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof buildSearchWorld>>;
    let visitor: Client;
    let member: Client;
    let outsider: Client;
    const api = async (client: Client, query: string, headers: Record<string, string> = {}) => {
      const response = await client.get(`/api/v1/search?${query}`, headers);
      return { status: response.statusCode, json: response.json() as ApiResult };
    };
    before(async () => {
      t = await createTestApp(dialect);
      world = await buildSearchWorld(t.database.db);
      visitor = new Client(t.app);
      member = new Client(t.app);
      await member.logIn(world.member.user.email, world.member.user.password);
      outsider = new Client(t.app);
      await outsider.logIn(world.outsider.user.email, world.outsider.user.password);
    });
    after(() => t.close());

    it('answers with total, items and facets, and finds other word forms in both languages', async () => {
      const { status, json } = await api(visitor, 'q=kommuner&lang=en');
      assert.equal(status, 200);
      assert.deepEqual(Object.keys(json).sort(), ['facets', 'items', 'total']);
      assert.equal(json.total, 2);
      const urls = json.items.map((i) => i.url).sort();
      assert.deepEqual(urls, [`/library/${world.norwegian.slug}`, `/library/${world.swedish.slug}`].sort());
      for (const item of json.items)
        assert.deepEqual(Object.keys(item).sort(), ['id', 'language', 'snippet', 'title', 'type', 'url']);
      const swedish = json.items.find((i) => i.id === world.swedish.id)!;
      assert.equal(swedish.language, 'sv');
      assert.match(swedish.snippet, /<mark>Kommunerna<\/mark>/);
      assert.deepEqual(json.facets.type, [{ value: 'item', count: 2, label: 'Knowledge item' }]);
      assert.deepEqual(json.facets.language.map((v) => [v.value, v.label]).sort(), [
        ['nb', 'Norwegian bokmål'],
        ['sv', 'Swedish'],
      ]);
    });

    it('labels facets in the language asked for and filters by them', async () => {
      const { json } = await api(visitor, 'q=kommunene&lang=nb');
      assert.ok(
        json.facets.theme.some((v) => v.value === 'land-use' && v.label === 'Arealbruk' && v.count === 1),
      );
      assert.ok(json.facets.kind.some((v) => v.value === 'report' && v.label === 'Rapport'));
      assert.deepEqual(json.facets.programme, [
        { value: String(world.open.id), count: 1, label: 'Byregionprogrammet' },
      ]);
      assert.deepEqual(json.facets.year, [
        { value: '2014', count: 1, label: '2014' },
        { value: '2009', count: 1, label: '2009' },
      ]);
      const byTheme = await api(visitor, 'q=kommunene&theme=housing-market');
      assert.deepEqual(
        byTheme.json.items.map((i) => i.id),
        [world.swedish.id],
      );
      const byLanguage = await api(visitor, 'q=kommunene&language=nb&lang=sv');
      assert.deepEqual(
        byLanguage.json.items.map((i) => i.id),
        [world.norwegian.id],
      );
      assert.equal((await api(visitor, `q=kommunene&programme=${world.open.id}`)).json.total, 1);
      assert.equal((await api(visitor, 'q=kommunene&year=2009&kind=report')).json.total, 1);
      assert.equal((await api(visitor, 'q=kommunene&type=event')).json.total, 0);
      const paged = await api(visitor, 'q=kommunene&pageSize=1&page=2&sort=date');
      assert.equal(paged.json.total, 2);
      assert.deepEqual(
        paged.json.items.map((i) => i.id),
        [world.norwegian.id],
        'the one published first, on page 2 when newest come first',
      );
    });

    it('finds a members-only programme and its event for its member only', async () => {
      for (const q of ['fjellprogrammet', 'reiselivsnæringen']) {
        assert.equal((await api(visitor, `q=${encodeURIComponent(q)}`)).json.total, 0, `public: ${q}`);
        assert.equal((await api(outsider, `q=${encodeURIComponent(q)}`)).json.total, 0, `outsider: ${q}`);
      }
      const programme = await api(member, 'q=fjellprogrammet');
      assert.deepEqual(
        programme.json.items.map((i) => [i.type, i.url]),
        [['programme', `/programmes/${world.closed.slug}`]],
      );
      const event = await api(member, 'q=reiseliv');
      assert.deepEqual(
        event.json.items.map((i) => [i.type, i.url]),
        [['event', `/events/${world.eventId}`]],
      );
      // The same with the member's API token instead of a session.
      const token = await createApiToken(t.database.db, world.member.user.id, 'search test');
      const byToken = await api(visitor, 'q=reiseliv', { authorization: `Bearer ${token}` });
      assert.equal(byToken.json.total, 1);
    });

    it('never shows a draft, except to staff', async () => {
      assert.equal((await api(visitor, 'q=kommunesammenslåingen')).json.total, 0);
      assert.equal((await api(member, 'q=sammenslåingen')).json.total, 0);
      const operator = new Client(t.app);
      await operator.logIn(world.operator.email, world.operator.password);
      assert.equal((await api(operator, 'q=sammenslåingen')).json.total, 1);
    });

    it('escapes the text of snippets and keeps titles as plain text', async () => {
      const { json } = await api(visitor, 'q=skriptprøve');
      assert.equal(json.total, 1);
      const [hit] = json.items;
      assert.equal(hit!.title, '<script>alert(1)</script> Skriptprøve');
      assert.ok(!hit!.snippet.includes('<script'), hit!.snippet);
      assert.match(hit!.snippet, /&lt;script&gt;/);
      assert.match(hit!.snippet, /<mark>skriptprøve<\/mark>/);
    });

    it('answers a parameter it cannot read with 400 and names it', async () => {
      const cases: [string, string][] = [
        ['q=a&page=0', 'page'],
        ['q=a&page=x', 'page'],
        ['q=a&pageSize=51', 'pageSize'],
        ['q=a&type=person', 'type'],
        ['q=a&language=de', 'language'],
        ['q=a&lang=de', 'lang'],
        ['q=a&sort=random', 'sort'],
        ['q=a&year=20x4', 'year'],
        ['q=a&programme=-1', 'programme'],
        ['q=a&theme=%3Cb%3E', 'theme'],
        ['q=a&q=b', 'q'],
        [`q=${'a'.repeat(201)}`, 'q'],
      ];
      for (const [query, parameter] of cases) {
        const response = await visitor.get(`/api/v1/search?${query}`);
        assert.equal(response.statusCode, 400, query);
        const body = response.json() as { error: { status: number; message: string; parameter: string } };
        assert.equal(body.error.parameter, parameter, query);
        assert.ok(body.error.message.length > 0);
      }
    });

    it('is described in the OpenAPI document', async () => {
      const doc = (await visitor.get('/api/v1/openapi.json')).json() as {
        paths: Record<string, { get?: { parameters: unknown[] } }>;
        components: { schemas: Record<string, unknown> };
      };
      assert.ok(doc.paths['/search']?.get);
      assert.ok(doc.components.schemas.SearchResult);
    });
  });
}
