import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildUser } from '../../../test/support/factories';

/** The session ids (hashes) in the end-session forms of the account page, in page order. */
const sessionRefs = (html: string) =>
  [...html.matchAll(/name="session" value="([0-9a-f]{64})"/g)].map((m) => m[1]!);

for (const dialect of testDialects()) {
  describe(`account page [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());
    beforeEach(() => t.database.db.deleteFrom('rate_limits').execute());

    it('needs a login', async () => {
      const response = await new Client(t.app).get('/account');
      assert.equal(response.statusCode, 401);
      assert.equal((await new Client(t.app).get('/account/export')).statusCode, 401);
    });

    it('shows name, e-mail, role, confirmation and every session, this one marked', async () => {
      const user = await buildUser(t.database.db, { name: 'Siri Saksbehandler', role: 'advisor' });
      const phone = new Client(t.app);
      await phone.request({
        method: 'GET',
        url: '/login',
        headers: { 'user-agent': 'PhoneBrowser/1.0' },
      });
      await phone.request({
        method: 'POST',
        url: '/login',
        payload: new URLSearchParams({
          _csrf: phone.cookies.get('csrf')!,
          email: user.email,
          password: user.password,
        }).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'PhoneBrowser/1.0' },
      });
      const laptop = new Client(t.app);
      await laptop.get('/login?lang=en');
      await laptop.logIn(user.email, user.password);
      const page = await laptop.get('/account');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Siri Saksbehandler/);
      assert.ok(page.body.includes(user.email));
      assert.match(page.body, /Advisor/);
      assert.match(page.body, /Confirmed /);
      assert.match(page.body, /PhoneBrowser\/1\.0/);
      assert.match(page.body, /127\.0\.0\.1/);
      assert.equal(sessionRefs(page.body).length, 2);
      assert.equal((page.body.match(/This session/g) ?? []).length, 1);
      assert.match(page.body, /<tr aria-current="true"><td>lightMyRequest/);
    });

    it('ends another session: that cookie then gets 401, this one goes on', async () => {
      const user = await buildUser(t.database.db);
      const mine = new Client(t.app);
      const other = new Client(t.app);
      await other.logIn(user.email, user.password);
      await mine.get('/login?lang=en');
      await mine.logIn(user.email, user.password);
      const page = await mine.get('/account');
      const rows = page.body.split('<tr').filter((row) => row.includes('name="session"'));
      const otherRow = rows.find((row) => !row.startsWith(' aria-current="true"'));
      const ref = /value="([0-9a-f]{64})"/.exec(otherRow ?? '')?.[1];
      assert.ok(ref, 'the other session has an end button');
      const ended = await mine.post('/account/sessions/end', { session: ref });
      assert.equal(ended.statusCode, 303);
      assert.equal(ended.headers.location, '/account?done=session-ended');
      assert.match((await mine.get('/account?done=session-ended')).body, /The session is ended/);
      assert.equal((await other.get('/account')).statusCode, 401);
      assert.equal((await mine.get('/account')).statusCode, 200);
    });

    it("ends this session like a log-out, and cannot end someone else's", async () => {
      const user = await buildUser(t.database.db);
      const someone = await buildUser(t.database.db);
      const theirs = new Client(t.app);
      await theirs.logIn(someone.email, someone.password);
      const theirRef = sessionRefs((await theirs.get('/account')).body)[0]!;
      const client = new Client(t.app);
      await client.logIn(user.email, user.password);
      assert.equal((await client.post('/account/sessions/end', { session: theirRef })).statusCode, 404);
      assert.equal((await theirs.get('/account')).statusCode, 200);
      const own = sessionRefs((await client.get('/account')).body)[0]!;
      const ended = await client.post('/account/sessions/end', { session: own });
      assert.equal(ended.headers.location, '/login');
      assert.equal(client.cookies.get('sid'), undefined);
      assert.equal(
        await t.database.db.selectFrom('sessions').select('id').where('id', '=', own).executeTakeFirst(),
        undefined,
      );
    });

    it('creates an API token shown once, lists it by name, and revokes it', async () => {
      const user = await buildUser(t.database.db);
      const client = new Client(t.app);
      await client.get('/login?lang=en');
      await client.logIn(user.email, user.password);
      const empty = await client.post('/account/tokens', { name: '' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Fill in this field/);

      const created = await client.post('/account/tokens', { name: 'Monthly report' });
      assert.equal(created.statusCode, 200);
      assert.equal(created.headers['cache-control'], 'no-store');
      const token = /value="(sam_[A-Za-z0-9_-]+)"/.exec(created.body)?.[1];
      assert.ok(token, 'the new token is on the page');
      assert.match(created.body, /shown only this once/);
      const listed = await client.get('/account');
      assert.match(listed.body, /Monthly report/);
      assert.ok(!listed.body.includes(token), 'the token is not shown again');

      const byToken = await t.app.inject({
        method: 'GET',
        url: '/account',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(byToken.statusCode, 200);
      assert.match((await client.get('/account')).body, /Last used/);

      const id = /action="\/account\/tokens\/(\d+)\/revoke"/.exec(listed.body)?.[1];
      const revoked = await client.post(`/account/tokens/${id}/revoke`);
      assert.equal(revoked.headers.location, '/account?done=token-revoked');
      assert.match((await client.get('/account')).body, /You have no API tokens/);
      const after = await t.app.inject({
        method: 'GET',
        url: '/account',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(after.statusCode, 401);
    });

    it("cannot revoke someone else's token", async () => {
      const owner = await buildUser(t.database.db);
      const ownerClient = new Client(t.app);
      await ownerClient.logIn(owner.email, owner.password);
      const created = await ownerClient.post('/account/tokens', { name: 'Mine' });
      const token = /value="(sam_[A-Za-z0-9_-]+)"/.exec(created.body)?.[1];
      const id = /action="\/account\/tokens\/(\d+)\/revoke"/.exec(created.body)?.[1];
      const intruder = await buildUser(t.database.db);
      const client = new Client(t.app);
      await client.logIn(intruder.email, intruder.password);
      assert.equal((await client.post(`/account/tokens/${id}/revoke`)).statusCode, 404);
      const still = await t.app.inject({
        method: 'GET',
        url: '/account',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(still.statusCode, 200);
    });

    it('limits how often a confirmation link is sent', async () => {
      const user = await buildUser(t.database.db);
      await t.database.db
        .updateTable('users')
        .set({ email_verified_at: null })
        .where('id', '=', user.id)
        .execute();
      const client = new Client(t.app);
      await client.logIn(user.email, user.password);
      for (let i = 0; i < 5; i++) assert.equal((await client.post('/account/verify')).statusCode, 303);
      assert.equal((await client.post('/account/verify')).statusCode, 429);
    });
  });
}
