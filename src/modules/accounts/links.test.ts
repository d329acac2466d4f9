import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildUser } from '../../../test/support/factories';
import type { Executor } from '../../platform/db/database';

/** The newest mail to `to`, and the token of the link in it. */
async function lastMail(db: Executor, to: string) {
  const mail = await db
    .selectFrom('outbox')
    .selectAll()
    .where('recipient', '=', to)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const token = /\/(?:reset|verify)\/([A-Za-z0-9_-]+)/.exec(mail.body)?.[1] ?? '';
  return { ...mail, token };
}

const mailCount = async (db: Executor, to: string) =>
  (await db.selectFrom('outbox').select('id').where('recipient', '=', to).execute()).length;

for (const dialect of testDialects()) {
  describe(`links by mail [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect, { BASE_URL: 'https://samling.example' });
    });
    after(() => t.close());
    // Each test starts with fresh counters: the limits are tested on their own below.
    beforeEach(() => t.database.db.deleteFrom('rate_limits').execute());

    it('answers /forgot the same for a known and an unknown address, and mails only the known one', async () => {
      const user = await buildUser(t.database.db, { name: 'Kari Nordmann' });
      const client = new Client(t.app);
      await client.get('/forgot?lang=en');
      const known = await client.post('/forgot', { email: user.email });
      const unknown = await client.post('/forgot', { email: 'nobody-here@example.no' });
      assert.equal(known.statusCode, 200);
      assert.equal(unknown.statusCode, 200);
      assert.match(known.body, /Check your e-mail/);
      assert.equal(
        known.body.replace(user.email, 'X').replace(/nonce-[^']+|nonce="[^"]+"/g, ''),
        unknown.body.replace('nobody-here@example.no', 'X').replace(/nonce-[^']+|nonce="[^"]+"/g, ''),
      );
      assert.equal(await mailCount(t.database.db, 'nobody-here@example.no'), 0);
      const mail = await lastMail(t.database.db, user.email);
      assert.match(mail.subject, /Choose a new password/);
      assert.match(mail.body, /Hello Kari Nordmann/);
      assert.match(mail.body, /https:\/\/samling\.example\/reset\/[A-Za-z0-9_-]{43}\n/);
    });

    it('stores only the hash of the token', async () => {
      const user = await buildUser(t.database.db);
      await new Client(t.app).post('/forgot', { email: user.email });
      const { token } = await lastMail(t.database.db, user.email);
      const rows = await t.database.db
        .selectFrom('user_tokens')
        .selectAll()
        .where('user_id', '=', user.id)
        .execute();
      assert.equal(rows.length, 1);
      assert.notEqual(rows[0]?.token_hash, token);
      assert.match(rows[0]?.token_hash ?? '', /^[0-9a-f]{64}$/);
      const lifetime = Date.parse(rows[0]!.expires_at) - Date.now();
      assert.ok(
        lifetime > 59 * 60_000 && lifetime <= 60 * 60_000,
        `reset link lives an hour, not ${lifetime} ms`,
      );
    });

    it('writes the mail in the language the person last used, else in the language of the request', async () => {
      const swedish = await buildUser(t.database.db);
      const client = new Client(t.app);
      await client.get('/forgot?lang=sv');
      await client.post('/forgot', { email: swedish.email });
      assert.match((await lastMail(t.database.db, swedish.email)).subject, /Välj ett nytt lösenord/);

      const norwegian = await buildUser(t.database.db);
      const own = new Client(t.app);
      await own.get('/login?lang=nb');
      await own.logIn(norwegian.email, norwegian.password);
      await client.post('/forgot', { email: norwegian.email });
      const mail = await lastMail(t.database.db, norwegian.email);
      assert.match(mail.subject, /Velg nytt passord/);
      assert.match(mail.body, /innen en time/);
    });

    it('sets a new password once; the link then says it is used', async () => {
      const user = await buildUser(t.database.db);
      const anonymous = new Client(t.app);
      await anonymous.get('/login?lang=en');
      await anonymous.post('/forgot', { email: user.email });
      const { token } = await lastMail(t.database.db, user.email);

      const form = await anonymous.get(`/reset/${token}`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /Choose a new password/);
      const done = await anonymous.post(`/reset/${token}`, { password: 'a brand new password' });
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, '/login?done=password');
      assert.match((await anonymous.get('/login?done=password')).body, /Your password is saved/);

      await new Client(t.app).logIn(user.email, 'a brand new password');
      const again = await anonymous.get(`/reset/${token}`);
      assert.equal(again.statusCode, 410);
      assert.match(again.body, /This link has already been used/);
      assert.match(again.body, /href="\/forgot"/);
      const reuse = await anonymous.post(`/reset/${token}`, { password: 'yet another password' });
      assert.equal(reuse.statusCode, 410);
      assert.equal(
        (await anonymous.post('/login', { email: user.email, password: 'yet another password' })).statusCode,
        401,
      );
    });

    it('ends every session of the person when the password is reset', async () => {
      const user = await buildUser(t.database.db);
      const laptop = new Client(t.app);
      const phone = new Client(t.app);
      await laptop.logIn(user.email, user.password);
      await phone.logIn(user.email, user.password);
      assert.equal((await laptop.get('/account')).statusCode, 200);
      const stranger = new Client(t.app);
      await stranger.post('/forgot', { email: user.email });
      const { token } = await lastMail(t.database.db, user.email);
      assert.equal(
        (await stranger.post(`/reset/${token}`, { password: 'another long password' })).statusCode,
        303,
      );
      assert.equal((await laptop.get('/account')).statusCode, 401);
      assert.equal((await phone.get('/account')).statusCode, 401);
      const audit = await t.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'user.password_reset')
        .where('subject_id', '=', String(user.id))
        .executeTakeFirstOrThrow();
      assert.deepEqual(JSON.parse(audit.details), { endedSessions: 2 });
    });

    it('keeps the session that did the reset, and ends the others', async () => {
      const user = await buildUser(t.database.db);
      const here = new Client(t.app);
      const elsewhere = new Client(t.app);
      await here.logIn(user.email, user.password);
      await elsewhere.logIn(user.email, user.password);
      await here.post('/forgot', { email: user.email });
      const { token } = await lastMail(t.database.db, user.email);
      const done = await here.post(`/reset/${token}`, { password: 'a password for here' });
      assert.equal(done.headers.location, '/account');
      assert.equal((await here.get('/account')).statusCode, 200);
      assert.equal((await elsewhere.get('/account')).statusCode, 401);
    });

    it('refuses a short password with a translated field error and keeps the link usable', async () => {
      const user = await buildUser(t.database.db);
      const client = new Client(t.app);
      await client.post('/forgot', { email: user.email });
      const { token } = await lastMail(t.database.db, user.email);
      await client.get('/login?lang=nb');
      const short = await client.post(`/reset/${token}`, { password: 'kort' });
      assert.equal(short.statusCode, 400);
      assert.match(short.body, /Bruk minst 10 tegn/);
      assert.match(short.body, /aria-invalid="true"/);
      const empty = await client.post(`/reset/${token}`, { password: '' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Fyll ut dette feltet/);
      assert.equal((await client.post(`/reset/${token}`, { password: 'lang nok passord' })).statusCode, 303);
    });

    it('refuses an expired link with a page that says so, and an unknown one with 404', async () => {
      const user = await buildUser(t.database.db);
      const client = new Client(t.app);
      await client.get('/login?lang=en');
      await client.post('/forgot', { email: user.email });
      const { token } = await lastMail(t.database.db, user.email);
      await t.database.db
        .updateTable('user_tokens')
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where('user_id', '=', user.id)
        .execute();
      const expired = await client.get(`/reset/${token}`);
      assert.equal(expired.statusCode, 410);
      assert.match(expired.body, /This link has expired/);
      const post = await client.post(`/reset/${token}`, { password: 'a long enough password' });
      assert.equal(post.statusCode, 410);
      assert.equal(
        (await client.post('/login', { email: user.email, password: 'a long enough password' })).statusCode,
        401,
      );
      const unknown = await client.get(`/reset/${'x'.repeat(43)}`);
      assert.equal(unknown.statusCode, 404);
      assert.match(unknown.body, /This link is not valid/);
    });

    it('confirms an e-mail address from a verification link, once', async () => {
      const user = await buildUser(t.database.db);
      await t.database.db
        .updateTable('users')
        .set({ email_verified_at: null })
        .where('id', '=', user.id)
        .execute();
      const client = new Client(t.app);
      await client.get('/login?lang=en');
      await client.logIn(user.email, user.password);
      assert.match((await client.get('/account')).body, /Not confirmed/);
      const sent = await client.post('/account/verify');
      assert.equal(sent.headers.location, '/account?done=verification-sent');
      const mail = await lastMail(t.database.db, user.email);
      assert.match(mail.subject, /Confirm your e-mail address/);
      assert.match(mail.body, /https:\/\/samling\.example\/verify\//);
      const row = await t.database.db
        .selectFrom('user_tokens')
        .selectAll()
        .where('user_id', '=', user.id)
        .executeTakeFirstOrThrow();
      const days = (Date.parse(row.expires_at) - Date.now()) / 86_400_000;
      assert.ok(days > 6.99 && days <= 7, `verification link lives 7 days, not ${days}`);

      const verified = await client.get(`/verify/${mail.token}`);
      assert.equal(verified.statusCode, 200);
      assert.match(verified.body, /E-mail address confirmed/);
      assert.match((await client.get('/account')).body, /Confirmed /);
      const again = await client.get(`/verify/${mail.token}`);
      assert.equal(again.statusCode, 410);
      assert.match(again.body, /This link has already been used/);
      // A verification link is no reset link.
      assert.equal((await client.get(`/reset/${mail.token}`)).statusCode, 404);
    });

    it('limits /forgot per e-mail address and per client address', async () => {
      const user = await buildUser(t.database.db);
      const client = new Client(t.app);
      for (let i = 0; i < 3; i++)
        assert.equal((await client.post('/forgot', { email: user.email })).statusCode, 200);
      const limited = await client.post('/forgot', { email: user.email });
      assert.equal(limited.statusCode, 429);
      assert.equal(await mailCount(t.database.db, user.email), 3);
      // The same limit for an address without a login, so the limit reveals nothing either.
      for (let i = 0; i < 3; i++) await client.post('/forgot', { email: 'ghost@example.no' });
      assert.equal((await client.post('/forgot', { email: 'ghost@example.no' })).statusCode, 429);
      for (let i = 0; i < 2; i++) await client.post('/forgot', { email: `other-${i}@example.no` });
      assert.equal((await client.post('/forgot', { email: 'fresh@example.no' })).statusCode, 429);
      const keys = (await t.database.db.selectFrom('rate_limits').select('key').execute()).map((r) => r.key);
      assert.ok(
        keys.every((k) => !k.includes('@')),
        'counters keep no e-mail address',
      );
    });

    it('limits attempts at /reset per client address', async () => {
      const client = new Client(t.app);
      for (let i = 0; i < 10; i++)
        await client.post(`/reset/${'y'.repeat(43)}`, { password: 'whatever long' });
      assert.equal(
        (await client.post(`/reset/${'y'.repeat(43)}`, { password: 'whatever long' })).statusCode,
        429,
      );
    });
  });
}
