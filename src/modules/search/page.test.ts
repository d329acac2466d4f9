import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildSearchWorld } from './test-world';

for (const dialect of testDialects()) {
  describe(`search page [${dialect}]`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof buildSearchWorld>>;
    let visitor: Client;
    before(async () => {
      t = await createTestApp(dialect);
      world = await buildSearchWorld(t.database.db);
      visitor = new Client(t.app);
    });
    after(() => t.close());

    it('has a labelled search box in the header of every page', async () => {
      const home = await visitor.get('/programmes?lang=en');
      assert.match(
        home.body,
        /<form method="get" action="\/search" role="search" class="site-search" aria-label="Search the site">/,
      );
      assert.match(home.body, /<label class="visually-hidden" for="site-search-q">Search the site<\/label>/);
    });

    it('shows results with highlighted snippets, facets with counts, and keeps the query', async () => {
      const page = await visitor.get('/search?q=kommuner&lang=en');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<title>Search: kommuner – /);
      assert.match(page.body, /id="search-q" name="q" type="search" value="kommuner"/);
      assert.match(page.body, /2 results/);
      assert.match(
        page.body,
        new RegExp(`href="/library/${world.norwegian.slug}">Kommunene samarbeider om arealbruk</a>`),
      );
      assert.match(page.body, /<mark>Kommunerna<\/mark>/);
      assert.match(page.body, /<h2 class="ds-heading" data-size="sm" id="search-refine">Refine<\/h2>/);
      assert.match(
        page.body,
        /href="\/search\?q=kommuner&amp;theme=land-use">Land use <span class="search-count">\(1\)<\/span>/,
      );
      assert.match(page.body, /Swedish <span class="search-count">\(1\)<\/span>/);
      assert.match(page.body, /The City Region Programme <span class="search-count">\(1\)<\/span>/);
    });

    it('filters by a facet, marks it in words and offers to remove it', async () => {
      const page = await visitor.get('/search?q=kommuner&language=sv&lang=nb');
      assert.match(page.body, /1 treff/);
      assert.match(page.body, /Kommuner i samverkan/);
      assert.ok(!page.body.includes('Kommunene samarbeider om arealbruk'));
      assert.match(page.body, /aria-current="true" aria-label="Fjern filter: Svensk">✓ Svensk/);
      assert.match(page.body, /href="\/search\?q=kommuner">Fjern filter: Svensk<\/a>/);
      assert.match(page.body, /<input type="hidden" name="language" value="sv"\/>/);
    });

    it('says what it searched for when it read a typo as a near word', async () => {
      const page = await visitor.get('/search?q=samverkn&lang=en');
      assert.match(page.body, /Showing results for “samverkar”\./);
      assert.match(page.body, /Kommuner i samverkan/);
    });

    it('escapes titles and snippets', async () => {
      const page = await visitor.get('/search?q=skriptpr%C3%B8ve&lang=en');
      assert.ok(!page.body.includes('<script>alert'));
      assert.match(page.body, /&lt;script>alert\(1\)&lt;\/script> Skriptprøve/);
      assert.match(page.body, /<mark>skriptprøve<\/mark>/);
    });

    it('pages through results', async () => {
      const first = await visitor.get('/search?q=kommuner&pageSize=1&lang=en');
      assert.match(first.body, /Page 1 of 2/);
      assert.match(first.body, /rel="next" href="\/search\?q=kommuner&amp;page=2">Next/);
      const second = await visitor.get('/search?q=kommuner&pageSize=1&page=2&sort=date&lang=en');
      assert.match(second.body, /Page 2 of 2/);
      assert.match(second.body, /rel="prev" href="\/search\?q=kommuner&amp;sort=date">Previous/);
      assert.match(second.body, /<option value="date" selected>Newest first/);
    });

    it('shows a clear empty state, the form alone without a query, and 400 for bad settings', async () => {
      const none = await visitor.get('/search?q=zzxyqq&lang=en');
      assert.equal(none.statusCode, 200);
      assert.match(none.body, /Nothing was found for “zzxyqq”\./);
      assert.match(none.body, /Try another word/);
      const empty = await visitor.get('/search?lang=en');
      assert.match(empty.body, /Search the knowledge bank, programmes, gatherings/);
      assert.ok(!empty.body.includes('Results'));
      const bad = await visitor.get('/search?q=kommuner&page=abc&lang=en');
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Some of the search settings could not be read/);
      assert.match(bad.body, /value="kommuner"/);
    });

    it('shows a members-only programme to its member only', async () => {
      assert.match((await visitor.get('/search?q=fjellprogrammet&lang=en')).body, /Nothing was found/);
      const member = new Client(t.app);
      await member.logIn(world.member.user.email, world.member.user.password);
      const page = await member.get('/search?q=fjellprogrammet&lang=en');
      assert.match(page.body, new RegExp(`href="/programmes/${world.closed.slug}">Fjellprogrammet</a>`));
    });
  });
}
