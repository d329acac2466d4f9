import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildInput, buildProgramme, buildProgrammeMember, buildUser } from '../../../test/support/factories';
import { listPublicInputs } from './index';

for (const dialect of testDialects()) {
  describe(`triaging input [${dialect}]`, () => {
    let t: TestApp;
    let operator: Client;
    let operatorId: number;
    before(async () => {
      t = await createTestApp(dialect);
      const user = await buildUser(t.database.db, { role: 'operator', name: 'Ola Operatør' });
      operatorId = user.id;
      operator = new Client(t.app);
      await operator.logIn(user.email, user.password);
    });
    after(() => t.close());

    const outboxTo = (recipient: string) =>
      t.database.db.selectFrom('outbox').selectAll().where('recipient', '=', recipient).execute();

    it('lists inputs newest first with counts per status, and filters by status', async () => {
      const db = t.database.db;
      const { id, slug } = await buildProgramme(db);
      await buildInput(db, id, { title: 'Eldste innspill' });
      const middle = await buildInput(db, id, { title: 'Mellomste innspill' });
      await buildInput(db, id, { title: 'Nyeste innspill', name: 'Nils Navn' });
      await operator.post(`/inputs/${middle}`, { status: 'closed', internalNote: '', answer: '' });

      const list = await operator.get(`/programmes/${slug}/inputs?lang=en`);
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /All \(3\)/);
      assert.match(list.body, /New \(2\)/);
      assert.match(list.body, /Closed \(1\)/);
      assert.match(list.body, /<caption[^>]*>Input, newest first<\/caption>/);
      assert.ok(list.body.indexOf('Nyeste innspill') < list.body.indexOf('Eldste innspill'), 'newest first');
      assert.match(list.body, /Nils Navn \(Resident\)/);

      const closed = await operator.get(`/programmes/${slug}/inputs?status=closed&lang=en`);
      assert.match(closed.body, /Mellomste innspill/);
      assert.doesNotMatch(closed.body, /Nyeste innspill/);
      assert.match(closed.body, /aria-current="page"[^>]*>Closed \(1\)/);
    });

    it('triages: status history with who and when, internal note, and a public answer mailed to the sender', async () => {
      const db = t.database.db;
      const { id, slug } = await buildProgramme(db, { title: { nb: 'Byregionprogrammet' } });
      const inputId = await buildInput(db, id, {
        title: 'Flere bussavganger',
        body: 'Bussen fra omlandet går for sjelden.',
        name: 'Kari Innbygger',
        email: 'kari@example.no',
        locale: 'nb',
      });
      const page = await operator.get(`/inputs/${inputId}?lang=en`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /kari@example\.no/);
      assert.match(page.body, /The status has not been changed yet\./);

      const bad = await operator.post(`/inputs/${inputId}`, {
        status: 'deleted',
        internalNote: '',
        answer: '',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Choose one of the options\./);

      const ack = await operator.post(`/inputs/${inputId}`, {
        status: 'acknowledged',
        internalNote: 'Sjekk med fylkeskommunen.',
        answer: '',
      });
      assert.equal(ack.statusCode, 303);
      assert.equal(ack.headers.location, `/inputs/${inputId}?notice=saved`);
      assert.equal((await outboxTo('kari@example.no')).length, 0, 'no answer, no mail');
      assert.equal((await listPublicInputs(db, id)).length, 0);

      const answered = await operator.post(`/inputs/${inputId}`, {
        status: 'acted_on',
        internalNote: 'Sjekk med fylkeskommunen.',
        answer: 'Fylkeskommunen legger inn to nye avganger fra august.',
      });
      assert.equal(answered.headers.location, `/inputs/${inputId}?notice=mailed`);
      const mails = await outboxTo('kari@example.no');
      assert.equal(mails.length, 1);
      assert.equal(mails[0]!.subject, 'Innspillet ditt er besvart: Flere bussavganger');
      assert.match(mails[0]!.body, /to nye avganger fra august/);
      assert.match(mails[0]!.body, new RegExp(`/programmes/${slug}/inputs/public#input-${inputId}`));

      // Editing the answer does not mail again; going back to an earlier status is allowed.
      await operator.post(`/inputs/${inputId}`, {
        status: 'acknowledged',
        internalNote: 'Sjekk med fylkeskommunen.',
        answer: 'Fylkeskommunen legger inn to nye avganger fra august 2026.',
      });
      assert.equal((await outboxTo('kari@example.no')).length, 1);

      const shown = await operator.get(`/inputs/${inputId}?notice=saved&lang=en`);
      assert.match(shown.body, /Saved\./);
      assert.match(shown.body, /<caption[^>]*>Status changes, oldest first<\/caption>/);
      const rows = [
        ...shown.body.matchAll(
          /<tr><td>[^<]+<\/td><td>(\w[\w ]*)<\/td><td>(\w[\w ]*)<\/td><td>([^<]+)<\/td><\/tr>/g,
        ),
      ];
      assert.deepEqual(
        rows.map((r) => [r[1], r[2], r[3]]),
        [
          ['New', 'Acknowledged', 'Ola Operatør'],
          ['Acknowledged', 'Acted on', 'Ola Operatør'],
          ['Acted on', 'Acknowledged', 'Ola Operatør'],
        ],
      );
      const audit = await db
        .selectFrom('audit_log')
        .select(['action', 'actor_user_id'])
        .where('subject_type', '=', 'input')
        .where('subject_id', '=', String(inputId))
        .orderBy('id')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        [
          'input.status',
          'input.note',
          'input.status',
          'input.answer.published',
          'input.status',
          'input.answer.changed',
        ],
      );
      assert.ok(audit.every((a) => a.actor_user_id === operatorId));

      const visitor = new Client(t.app);
      const publicPage = await visitor.get(`/programmes/${slug}/inputs/public?lang=en`);
      assert.equal(publicPage.statusCode, 200);
      assert.match(publicPage.body, /Flere bussavganger/);
      assert.match(publicPage.body, /Bussen fra omlandet går for sjelden\./);
      assert.match(publicPage.body, /to nye avganger fra august 2026\./);
      assert.match(publicPage.body, /From a resident/);
      assert.doesNotMatch(publicPage.body, /Kari Innbygger|kari@example\.no/, 'no name without consent');
      assert.doesNotMatch(publicPage.body, /Sjekk med fylkeskommunen/, 'the internal note stays internal');
      assert.match(publicPage.body, /Answered \d/);
    });

    it("shows a member's name only when they agreed, and the member sees the answer on /me/inputs", async () => {
      const db = t.database.db;
      const { id, slug } = await buildProgramme(db);
      const { user } = await buildProgrammeMember(db, id);
      const named = await buildInput(db, id, {
        title: 'Navngitt',
        userId: user.id,
        name: 'Pia Prosjektleder',
        email: user.email,
        showName: true,
      });
      const unnamed = await buildInput(db, id, {
        title: 'Unavngitt',
        userId: user.id,
        name: 'Pia Prosjektleder',
      });
      for (const inputId of [named, unnamed])
        await operator.post(`/inputs/${inputId}`, { status: 'closed', internalNote: '', answer: 'Takk!' });
      assert.equal((await outboxTo(user.email)).length, 1, 'the member with an e-mail is told');

      const publicPage = await new Client(t.app).get(`/programmes/${slug}/inputs/public?lang=en`);
      assert.match(publicPage.body, /From Pia Prosjektleder/);
      assert.match(publicPage.body, /From a member/);

      const member = new Client(t.app);
      await member.logIn(user.email, user.password);
      const mine = await member.get('/me/inputs?lang=en');
      assert.match(mine.body, /Navngitt/);
      assert.match(mine.body, />Closed</);
      assert.match(mine.body, /Takk!/);
    });

    it('lets no participant or advisor triage', async () => {
      const db = t.database.db;
      const { id, slug } = await buildProgramme(db);
      const { user } = await buildProgrammeMember(db, id);
      const inputId = await buildInput(db, id, { userId: user.id, title: 'Mitt innspill' });
      const advisor = await buildUser(db, { role: 'advisor' });
      for (const login of [user, advisor]) {
        const client = new Client(t.app);
        await client.logIn(login.email, login.password);
        assert.equal((await client.get(`/programmes/${slug}/inputs`)).statusCode, 403);
        assert.equal((await client.get(`/inputs/${inputId}`)).statusCode, 404);
        const post = await client.post(`/inputs/${inputId}`, {
          status: 'closed',
          internalNote: '',
          answer: 'Nei',
        });
        assert.equal(post.statusCode, 404);
      }
      const anonymous = new Client(t.app);
      assert.equal((await anonymous.get(`/programmes/${slug}/inputs`)).statusCode, 401);
      assert.equal((await anonymous.get(`/inputs/${inputId}`)).statusCode, 401);
      const row = await db
        .selectFrom('inputs')
        .selectAll()
        .where('id', '=', inputId)
        .executeTakeFirstOrThrow();
      assert.equal(row.status, 'new');
      assert.equal(row.answer, null);
    });

    it('withdraws an answer when the field is emptied', async () => {
      const db = t.database.db;
      const { id } = await buildProgramme(db);
      const inputId = await buildInput(db, id);
      await operator.post(`/inputs/${inputId}`, { status: 'new', internalNote: '', answer: 'Svar' });
      assert.equal((await listPublicInputs(db, id)).length, 1);
      await operator.post(`/inputs/${inputId}`, { status: 'new', internalNote: '', answer: '' });
      assert.equal((await listPublicInputs(db, id)).length, 0);
    });
  });
}
