import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../test/support/app';
import { testDialects } from '../../test/support/databases';
import { getItemBySlug, listPublicItems } from '../modules/library/index';
import { search, type SearchHit, type SearchViewer } from '../platform/search/index';
import { loadDemoIfEmpty } from './index';

// The demo's knowledge bank: a summary of each seed, the literature seed 000 cites (its exact
// references, written down here from the seed, not read from src/demo/data), and generated items
// in four languages, found by search on both databases.

const anonymous: SearchViewer = { loggedIn: false, staff: false, programmeIds: [] };
const member: SearchViewer = { loggedIn: true, staff: false, programmeIds: [] };
const staff: SearchViewer = { loggedIn: true, staff: true, programmeIds: [] };

for (const dialect of testDialects()) {
  describe(`demo knowledge bank [${dialect}]`, () => {
    let t: TestApp;
    const find = async (q: string, viewer = anonymous, pageSize = 100) =>
      search(t.database.db, { q, viewer, pageSize, filters: { type: 'item' } });
    const titles = (hits: SearchHit[]) => hits.map((h) => h.title);

    before(async () => {
      t = await createTestApp(dialect);
      assert.equal(await loadDemoIfEmpty(t.database), true);
    });
    after(() => t.close());

    it('cites the literature of seed 000 as references, with authors, year and publisher', async () => {
      const references = await listPublicItems(t.database.db, { kind: 'reference', limit: 100 });
      const expected: [title: string, year: number, publisher: string][] = [
        ['Scandinavian best cases', 2005, 'Oxford Research'],
        ['VINNOVA Report VR 2009:19', 2009, 'VINNOVA'],
        ['Langtidseffekter av omstillingsprogram', 2010, 'Innovasjon Norge og KDU'],
        ['Suksesskriterier for etablering av sterk læringskultur', 2010, 'MAGMA'],
        ['Læringsnettverk som verktøy i kvalitetsforbedring', 2011, 'kunnskapssenter for helsetjenesten'],
      ];
      for (const [title, year, publisher] of expected) {
        const found = references.find((r) => r.title.startsWith(title));
        assert.ok(found, `a reference "${title}"`);
        assert.equal(found.year, year, title);
        assert.ok(found.reference.publisher?.includes(publisher), `${title}: ${found.reference.publisher}`);
        assert.ok(found.authors.length > 0, `${title} has authors`);
        assert.equal(found.reference.doi ?? null, null, `${title}: no DOI the seed does not give`);
      }
      const filstad = references.find((r) => r.title.startsWith('Suksesskriterier'))!;
      assert.deepEqual(filstad.authors, [{ name: 'Cathrine Filstad Jakobsen' }]);
    });

    it('publishes each seed summary in its language, at its own date, linked to its programme and events', async () => {
      const db = t.database.db;
      const seed000 = await getItemBySlug(db, 'byregionprogrammet-laeringsnettverk-2014');
      assert.equal(seed000?.language, 'nb');
      assert.equal(seed000.status, 'published');
      assert.equal(seed000.publishedAt?.slice(0, 10), '2014-04-10');
      assert.equal(seed000.links.programmeIds.length, 1);
      assert.equal(seed000.links.eventIds.length, 2, 'both 2014 gatherings');
      for (const theme of [
        'labour-market',
        'housing-market',
        'land-use',
        'infrastructure',
        'business',
        'competence',
      ])
        assert.ok(seed000.themes.includes(theme), theme);
      const languages = await Promise.all(
        [
          'regional-fysisk-planering-ws2',
          'suksessfulle-distriktskommuner',
          'laerdom-fra-veiledningspiloten',
          'reglab-arskonferens-2019-larpass',
        ].map(async (slug) => (await getItemBySlug(db, slug))?.language),
      );
      assert.deepEqual(languages, ['sv', 'nb', 'nb', 'sv']);
    });

    it('finds the Kunnskapssenteret report and the seed 000 summary for "læringsnettverk"', async () => {
      const result = await find('læringsnettverk');
      const found = titles(result.items);
      assert.ok(
        found.some((title) => title.includes('Rapport fra Kunnskapssenteret nr. 23–2011')),
        found.join('\n'),
      );
      assert.ok(found.includes('Byregionprogrammet 2014: oppdraget, målene og læringsnettverket'));
    });

    it('finds Norwegian items for the Swedish "lärande nätverk", and Swedish ones too', async () => {
      const result = await find('lärande nätverk');
      const languages = new Set(result.items.map((h) => h.language));
      assert.ok(languages.has('nb'), `languages found: ${[...languages].join(', ')}`);
      assert.ok(languages.has('sv'));
    });

    it('has items in nb, nn, sv and en across kinds, themes and years, for facets to count', async () => {
      const { facets, total } = await find('');
      assert.ok(total >= 60, `${total} public items`);
      assert.deepEqual(facets.language.map((f) => f.value).sort(), ['en', 'nb', 'nn', 'sv']);
      assert.equal(facets.kind.length, 7, 'every kind');
      assert.ok(facets.theme.length >= 12, `${facets.theme.length} themes`);
      assert.ok(facets.year.length >= 10, `${facets.year.length} years`);
      assert.ok(facets.programme.length >= 3, `${facets.programme.length} programmes`);
    });

    it('keeps members-only items from visitors, and drafts and items in review for editors', async () => {
      const visitor = await find('');
      const logged = await find('', member);
      const editors = await find('', staff);
      assert.ok(logged.total > visitor.total, 'members see members-only items');
      assert.ok(editors.total >= logged.total + 2, 'editors see the draft and the item in review');
      const ws2 = await find('flernivåstyrning');
      assert.equal(ws2.total, 0, 'the WS2 summary is for members');
      assert.equal((await find('flernivåstyrning', member)).total, 1);
    });

    it('shows a reference page to a visitor and hides the members-only summary', async () => {
      const visitor = new Client(t.app);
      const page = await visitor.get('/library/kunnskapssenteret-rapport-23-2011');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Nasjonalt kunnskapssenter for helsetjenesten/);
      assert.equal((await visitor.get('/library/regional-fysisk-planering-ws2')).statusCode, 404);
    });
  });
}
