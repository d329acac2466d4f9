import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { openDatabase, type Database } from '../../platform/db/database';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import {
  buildParticipant,
  buildProgramme,
  buildProgrammeMember,
  buildUser,
} from '../../../test/support/factories';

/** The nonce the page's script tag carries, and the one the CSP header allows. */
function nonces(response: LightMyRequestResponse) {
  const inPage = /<script[^>]* nonce="([^"]+)"/.exec(response.body)?.[1];
  const inHeader = /'nonce-([^']+)'/.exec(String(response.headers['content-security-policy']))?.[1];
  return { inPage, inHeader };
}

for (const dialect of testDialects()) {
  describe(`the anonymous programme page cache [${dialect}]`, () => {
    let t: TestApp;
    // A second instance of the app on the same database, with its own cache, as behind a balancer.
    let second: { app: FastifyInstance; database: Database };
    let operator: Client;
    let operatorOnSecond: Client;
    let slug: string;
    let organisationId: number;
    let queries = 0;

    before(async () => {
      t = await createTestApp(dialect);
      const database =
        dialect === 'postgres'
          ? await openDatabase({ url: t.database.url })
          : await openDatabase({ sqliteFile: t.database.url });
      // Counting the queries this instance runs.
      const counted = database.db.withPlugin({
        transformQuery: (args) => args.node,
        // Per execution: a query compiled once is not transformed again.
        transformResult: async (args) => ((queries += 1), args.result),
      });
      const config = loadConfig({ SAMLING_DEMO: '0', LOG_LEVEL: 'silent' });
      const app = await buildApp(config, { ...database, db: counted }, { logger: false });
      await app.ready();
      second = { app, database };
      const user = await buildUser(t.database.db, { role: 'operator', name: 'Ola Operatør' });
      operator = new Client(t.app);
      await operator.logIn(user.email, user.password);
      operatorOnSecond = new Client(second.app);
      await operatorOnSecond.logIn(user.email, user.password);
      const programme = await buildProgramme(t.database.db, { title: { nb: 'Første tittel' } });
      slug = programme.slug;
      ({ organisationId } = await buildParticipant(t.database.db, programme.id, { name: 'Gamlevik' }));
    });

    after(async () => {
      await second.app.close();
      await second.database.close();
      await t.close();
    });

    const visit = (app: FastifyInstance = t.app, headers: Record<string, string> = {}) =>
      app.inject({ method: 'GET', url: `/programmes/${slug}`, headers });

    it('serves the same page again with a fresh nonce for each response', async () => {
      const first = await visit();
      const again = await visit();
      assert.equal(first.statusCode, 200);
      assert.equal(again.statusCode, 200);
      assert.match(again.body, /Første tittel/);
      const [a, b] = [nonces(first), nonces(again)];
      assert.ok(a.inPage && b.inPage);
      assert.equal(a.inPage, a.inHeader);
      assert.equal(b.inPage, b.inHeader);
      assert.notEqual(a.inPage, b.inPage);
      // The page has no form for a visitor, so it needs no CSRF cookie.
      assert.ok(!first.cookies.some((c) => c.name === 'csrf'));
      const strip = (html: string) => html.replace(/nonce="[^"]+"/g, '');
      assert.equal(strip(again.body), strip(first.body), 'the cached page is the page');
    });

    it('reads the data version only, once the page is cached; the page in two rounds before', async () => {
      await operator.post(`/programmes/${slug}/phases`, { phase_title_nb: 'Ny fase' });
      queries = 0;
      assert.equal((await visit(second.app)).statusCode, 200);
      // The version, the programme, its phases and steps, participants, contacts, advisors,
      // nominations, then their organisations and people: at most nine however many there are
      // (no people yet here, so no query for them).
      assert.ok(queries <= 9, `${queries} queries`);
      queries = 0;
      assert.equal((await visit(second.app)).statusCode, 200);
      assert.equal(queries, 1);
    });

    it('keeps one page per language', async () => {
      await visit();
      const english = await visit(t.app, { 'accept-language': 'en' });
      assert.match(english.body, /<html lang="en"/);
      assert.match((await visit(t.app, { cookie: 'lang=sv' })).body, /<html lang="sv"/);
      assert.match((await visit()).body, /<html lang="nb"/);
    });

    it('shows a change on the next request, whichever instance made it', async () => {
      await visit();
      await visit(second.app);
      const edited = await operator.post(`/programmes/${slug}/edit`, {
        title_nb: 'Andre tittel',
        visibility: 'public',
      });
      assert.equal(edited.statusCode, 303);
      for (const app of [t.app, second.app]) {
        const page = await visit(app);
        assert.match(page.body, /Andre tittel/);
        assert.doesNotMatch(page.body, /Første tittel/);
      }

      // Through the other instance, and through the network module (a participant's name).
      const renamed = await operatorOnSecond.post(`/organisations/${organisationId}/edit`, {
        name: 'Nyvik',
        kind: 'municipality',
        country: 'NO',
      });
      assert.equal(renamed.statusCode, 303);
      assert.match((await visit()).body, /Nyvik/);
      const phase = await operatorOnSecond.post(`/programmes/${slug}/phases`, { phase_title_nb: 'Fase A' });
      assert.equal(phase.statusCode, 303);
      assert.match((await visit()).body, /Fase A/);
    });

    it('hides a programme made members-only at once', async () => {
      assert.equal((await visit()).statusCode, 200);
      const closed = await operatorOnSecond.post(`/programmes/${slug}/edit`, {
        title_nb: 'Andre tittel',
        visibility: 'members',
      });
      assert.equal(closed.statusCode, 303);
      assert.equal((await visit()).statusCode, 404);
      await operator.post(`/programmes/${slug}/edit`, { title_nb: 'Andre tittel', visibility: 'public' });
      assert.equal((await visit()).statusCode, 200);
    });

    it('never gives a logged-in person the anonymous page, nor them the logged-in one', async () => {
      const anonymous = await visit();
      assert.doesNotMatch(anonymous.body, /action="\/logout"/);
      const operatorPage = await operator.get(`/programmes/${slug}`);
      assert.match(operatorPage.body, /Ola Operatør/);
      assert.match(operatorPage.body, new RegExp(`href="/programmes/${slug}/edit"`));
      const { programmeId } = await t.database.db
        .selectFrom('programmes')
        .select('id as programmeId')
        .where('slug', '=', slug)
        .executeTakeFirstOrThrow();
      const member = await buildProgrammeMember(t.database.db, programmeId, 'Medlemsvik');
      const memberClient = new Client(t.app);
      await memberClient.logIn(member.user.email, member.user.password);
      const memberPage = await memberClient.get(`/programmes/${slug}`);
      assert.match(memberPage.body, /Pia Prosjektleder/);
      assert.match(memberPage.body, new RegExp(`/programmes/${slug}/participants/${member.participantId}`));
      const later = await visit();
      assert.doesNotMatch(later.body, /action="\/logout"/);
      assert.doesNotMatch(later.body, /Ola Operatør/);
      assert.doesNotMatch(later.body, new RegExp(`/participants/${member.participantId}"`));
      assert.doesNotMatch(later.body, /\/edit"/);
    });
  });
}
