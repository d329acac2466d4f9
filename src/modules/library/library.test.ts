import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildProgramme, buildProgrammeMember, buildUser } from '../../../test/support/factories';
import { search } from '../../platform/search/index';
import { createItem } from './service';

/** Parses XML and fails on any error, so a feed or sitemap that is not well-formed fails the test. */
function parseXml(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: (e) => errors.push(e),
      fatalError: (e) => errors.push(e),
    },
  }).parseFromString(text, 'application/xml');
  assert.deepEqual(errors, [], 'well-formed XML');
  return doc;
}

const anonymousViewer = { loggedIn: false, staff: false, programmeIds: [] };

for (const dialect of testDialects()) {
  describe(`knowledge bank items [${dialect}]`, () => {
    let t: TestApp;
    let operator: Client;
    let advisor: Client;
    let participant: Client;
    let anonymous: Client;
    let programme: { id: number; slug: string };

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      programme = await buildProgramme(db, { title: { nb: 'Byregionprogrammet' } });
      const op = await buildUser(db, { role: 'operator', name: 'Ola Operatør' });
      const ad = await buildUser(db, { role: 'advisor', name: 'Vera Veileder' });
      const member = await buildProgrammeMember(db, programme.id);
      operator = new Client(t.app);
      advisor = new Client(t.app);
      participant = new Client(t.app);
      anonymous = new Client(t.app);
      await operator.logIn(op.email, op.password);
      await advisor.logIn(ad.email, ad.password);
      await participant.logIn(member.user.email, member.user.password);
    });
    after(() => t.close());

    it('takes an item from draft through review to published: list, page, feed, sitemap and search', async () => {
      const created = await advisor.post('/library/new', {
        kind: 'article',
        title: 'Arbeidsmarked & bolig i byregionen',
        summary: 'Hva samfunnsanalysen viste om pendling <og> boliger.',
        body: '## Funn\n\nPendlingen mellom byen og omlandet øker.',
        language: 'nb',
        year: '2014',
        audience: 'public',
        themes: ['labour-market', 'housing-market'],
        tags: 'pendling, samfunnsanalyse',
        authorNames: 'Kari Forsker',
        programmeIds: String(programme.id),
      });
      assert.equal(created.statusCode, 303);
      const url = created.headers.location!.split('?')[0]!;
      assert.equal(url, '/library/arbeidsmarked-bolig-i-byregionen');

      // A draft: 404 for the public and participants, not listed, not found by search.
      assert.equal((await anonymous.get(url)).statusCode, 404);
      assert.equal((await participant.get(url)).statusCode, 404);
      assert.doesNotMatch((await anonymous.get('/library')).body, /Arbeidsmarked &amp; bolig/);
      const draftHits = await search(t.database.db, { q: 'pendlingen', viewer: anonymousViewer });
      assert.equal(draftHits.total, 0);

      assert.equal((await advisor.post(`${url}/review`)).statusCode, 303);
      assert.match((await advisor.get(`${url}?lang=en`)).body, /Status: In review/);
      assert.equal((await advisor.post(`${url}/publish`)).statusCode, 403, 'advisors do not publish');
      assert.equal((await participant.get(url)).statusCode, 404);
      assert.equal((await operator.post(`${url}/publish`)).statusCode, 303);

      const page = await anonymous.get(`${url}?lang=en`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1[^>]*>Arbeidsmarked &amp; bolig i byregionen<\/h1>/);
      assert.match(page.body, /<meta property="og:title" content="Arbeidsmarked &amp; bolig i byregionen"/);
      assert.match(page.body, /<meta property="og:type" content="article"/);
      assert.match(
        page.body,
        /<meta property="og:url" content="http[^"]*\/library\/arbeidsmarked-bolig-i-byregionen"/,
      );
      assert.match(
        page.body,
        /og:description" content="Hva samfunnsanalysen viste om pendling &lt;og> boliger\."/,
      );
      assert.match(page.body, /<h2>Funn<\/h2>/, "the body's headings start below the title");
      assert.match(page.body, /Labour market/);
      assert.match(page.body, /Kari Forsker/);
      assert.match(page.body, /Byregionprogrammet/);
      assert.doesNotMatch(page.body, /Workflow/, 'the public sees no workflow');

      assert.match((await anonymous.get('/library?lang=en')).body, /Arbeidsmarked &amp; bolig i byregionen/);
      assert.match((await anonymous.get('/library?theme=labour-market')).body, /Arbeidsmarked &amp; bolig/);
      assert.doesNotMatch((await anonymous.get('/library?theme=climate')).body, /Arbeidsmarked &amp; bolig/);

      const feed = await anonymous.get('/library/feed.atom');
      assert.equal(feed.statusCode, 200);
      assert.match(String(feed.headers['content-type']), /application\/atom\+xml/);
      const doc = parseXml(feed.body);
      const entries = doc.getElementsByTagName('entry');
      assert.equal(entries.length, 1);
      const entry = entries[0]!;
      assert.equal(entry.getElementsByTagName('title')[0]!.textContent, 'Arbeidsmarked & bolig i byregionen');
      assert.match(
        entry.getElementsByTagName('id')[0]!.textContent ?? '',
        /^tag:[^,]+,\d{4}-\d{2}-\d{2}:library\/item\/\d+$/,
      );
      assert.equal(
        entry.getElementsByTagName('summary')[0]!.textContent,
        'Hva samfunnsanalysen viste om pendling <og> boliger.',
      );
      assert.ok(entry.getElementsByTagName('published')[0]!.textContent);
      assert.equal(entry.getElementsByTagName('name')[0]!.textContent, 'Kari Forsker');
      assert.ok(doc.getElementsByTagName('link').length >= 3, 'self, alternate and the entry link');

      for (const path of [
        `/programmes/${programme.slug}/library.atom`,
        '/library/themes/labour-market/feed.atom',
      ]) {
        const other = await anonymous.get(path);
        assert.equal(other.statusCode, 200, path);
        assert.equal(parseXml(other.body).getElementsByTagName('entry').length, 1, path);
      }
      assert.equal(
        parseXml((await anonymous.get('/library/themes/climate/feed.atom')).body).getElementsByTagName(
          'entry',
        ).length,
        0,
      );
      assert.equal((await anonymous.get('/library/themes/nonsense/feed.atom')).statusCode, 404);

      const map = await anonymous.get('/sitemap.xml');
      assert.equal(map.statusCode, 200);
      const nodes = parseXml(map.body).getElementsByTagName('loc');
      const locs = Array.from({ length: nodes.length }, (_, i) => nodes.item(i)?.textContent ?? '');
      assert.ok(
        locs.some((l) => l.endsWith(url)),
        'the item',
      );
      assert.ok(
        locs.some((l) => l.endsWith(`/programmes/${programme.slug}`)),
        'the public programme',
      );

      const hits = await search(t.database.db, { q: 'pendlingen', viewer: anonymousViewer });
      assert.equal(hits.items[0]?.url, url);
    });

    it('shows a members item to logged-in people only, and a draft to staff only', async () => {
      const db = t.database.db;
      const { id, slug } = await createItem(
        db,
        {
          kind: 'report',
          title: 'Intern rapport',
          language: 'nb',
          audience: 'members',
          body: 'Bare for nettverket.',
        },
        null,
      );
      assert.equal((await advisor.get(`/library/${slug}`)).statusCode, 200, 'staff read drafts');
      await operator.post(`/library/${slug}/publish`);
      assert.equal((await anonymous.get(`/library/${slug}`)).statusCode, 404);
      assert.equal((await participant.get(`/library/${slug}`)).statusCode, 200);
      assert.doesNotMatch((await anonymous.get('/library/feed.atom')).body, /Intern rapport/);
      assert.doesNotMatch((await anonymous.get('/sitemap.xml')).body, new RegExp(slug));
      assert.equal((await operator.post(`/library/${slug}/unpublish`)).statusCode, 303);
      assert.equal((await participant.get(`/library/${slug}`)).statusCode, 404, 'back to draft');
      assert.equal((await operator.post(`/library/${slug}/delete`)).statusCode, 303);
      assert.equal((await advisor.get(`/library/${slug}`)).statusCode, 404, 'deleted');
      assert.ok(id > 0);
    });

    it('keeps every earlier version, viewable by editors only', async () => {
      const created = await advisor.post('/library/new', {
        kind: 'news',
        title: 'Første tittel',
        body: 'Første tekst.',
        language: 'nb',
        audience: 'public',
      });
      const url = created.headers.location!.split('?')[0]!;
      const edited = await advisor.post(`${url}/edit`, {
        kind: 'news',
        title: 'Andre tittel',
        body: 'Andre tekst.',
        language: 'nb',
        audience: 'public',
      });
      assert.equal(edited.statusCode, 303);
      const form = await advisor.get(`${url}/edit`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /value="Andre tittel"/);
      assert.match((await advisor.get(url)).body, /Andre tittel/);
      await operator.post(`${url}/publish`);

      const list = await advisor.get(`${url}/versions?lang=en`);
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /<caption>/);
      const links = [...list.body.matchAll(/href="(\/library\/[^"]+\/versions\/\d+)"/g)].map((m) => m[1]!);
      assert.equal(links.length, 2, 'one version per save: the edit and the publication');
      const oldest = links.at(-1)!;
      const old = await advisor.get(`${oldest}?lang=en`);
      assert.equal(old.statusCode, 200);
      assert.match(old.body, /Version 1 of “Første tittel”/);
      assert.match(old.body, /Første tekst\./);
      assert.match(old.body, /Vera Veileder/);

      assert.equal((await participant.get(`${url}/versions`)).statusCode, 403);
      assert.equal((await anonymous.get(oldest)).statusCode, 401);
      assert.equal((await advisor.get(`${url}/versions/999999`)).statusCode, 404);
    });

    it('re-renders the form with translated errors for a missing title or an unknown theme', async () => {
      await advisor.get('/library/new?lang=en');
      const bad = await advisor.post('/library/new', {
        kind: 'article',
        title: ' ',
        language: 'nb',
        audience: 'public',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Fill in this field\./);
      const theme = await advisor.post('/library/new', {
        kind: 'article',
        title: 'Med tema',
        language: 'nb',
        audience: 'public',
        themes: 'astrology',
      });
      assert.equal(theme.statusCode, 400);
      assert.match(theme.body, /Choose themes from the list\./);
      assert.equal((await participant.get('/library/new')).statusCode, 403);
    });
  });
}
