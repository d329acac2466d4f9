import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildUser } from '../../../test/support/factories';

for (const dialect of testDialects()) {
  describe(`operators' account pages [${dialect}]`, () => {
    let t: TestApp;
    let operator: Client;
    let operatorId: number;
    before(async () => {
      t = await createTestApp(dialect, { BASE_URL: 'https://samling.example/' });
      const op = await buildUser(t.database.db, { role: 'operator', name: 'Olga Operatør' });
      operatorId = op.id;
      operator = new Client(t.app);
      await operator.get('/login?lang=en');
      await operator.logIn(op.email, op.password);
    });
    after(() => t.close());
    beforeEach(() => t.database.db.deleteFrom('rate_limits').execute());

    it('are for operators only', async () => {
      const advisor = await buildUser(t.database.db, { role: 'advisor' });
      const client = new Client(t.app);
      for (const url of [
        '/admin/users',
        '/admin/outbox',
        '/admin/audit',
        `/admin/users/${operatorId}/erase`,
      ]) {
        assert.equal((await client.get(url)).statusCode, 401, url);
      }
      await client.logIn(advisor.email, advisor.password);
      for (const url of [
        '/admin/users',
        '/admin/outbox',
        '/admin/audit',
        `/admin/users/${operatorId}/erase`,
      ]) {
        assert.equal((await client.get(url)).statusCode, 403, url);
      }
      assert.equal((await client.post(`/admin/users/${operatorId}/sessions/end`)).statusCode, 403);
      assert.equal((await client.post('/admin/users', { name: 'X', email: 'x@example.no' })).statusCode, 403);
    });

    it('lists logins with their role', async () => {
      await buildUser(t.database.db, { role: 'participant', name: 'Per Deltaker' });
      const page = await operator.get('/admin/users');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<td>Per Deltaker<\/td><td>[^<]+<\/td><td>Participant<\/td>/);
      assert.match(page.body, /<td>Olga Operatør<\/td><td>[^<]+<\/td><td>Operator<\/td>/);
    });

    it('creates a login and mails an invitation in the chosen language, which sets the password', async () => {
      const created = await operator.post('/admin/users', {
        name: 'Nils Ny',
        email: 'Nils.Ny@Example.no',
        role: 'advisor',
        personId: '',
        locale: 'sv',
      });
      assert.equal(created.statusCode, 303);
      const page = await operator.get(created.headers.location as string);
      assert.match(page.body, /The invitation to nils\.ny@example\.no is in the outbox/);
      const mail = await t.database.db
        .selectFrom('outbox')
        .selectAll()
        .where('recipient', '=', 'nils.ny@example.no')
        .executeTakeFirstOrThrow();
      assert.equal(mail.subject, 'Din inloggning i Samling');
      const token = /https:\/\/samling\.example\/reset\/([A-Za-z0-9_-]+)/.exec(mail.body)?.[1];
      assert.ok(token, 'the invitation holds a link built from BASE_URL');
      const row = await t.database.db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', 'nils.ny@example.no')
        .executeTakeFirstOrThrow();
      assert.equal(row.role, 'advisor');
      assert.equal(row.password_hash, null);
      assert.equal(row.email_verified_at, null);
      const entry = await t.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'user.create')
        .where('subject_id', '=', String(row.id))
        .executeTakeFirstOrThrow();
      assert.equal(entry.actor_user_id, operatorId);

      const nils = new Client(t.app);
      await nils.get('/login?lang=sv');
      const form = await nils.get(`/reset/${token}`);
      assert.match(form.body, /Välj lösenord/);
      assert.equal((await nils.post(`/reset/${token}`, { password: 'nils sitt passord' })).statusCode, 303);
      await nils.logIn('nils.ny@example.no', 'nils sitt passord');
      assert.match((await nils.get('/account')).body, /Bekräftad /);
    });

    it('refuses a second login with the same e-mail, and bad input, with field errors', async () => {
      const existing = await buildUser(t.database.db);
      const duplicate = await operator.post('/admin/users', {
        name: 'Dup',
        email: existing.email,
        role: 'participant',
        locale: 'en',
      });
      assert.equal(duplicate.statusCode, 400);
      assert.match(duplicate.body, /This is already in use/);
      const bad = await operator.post('/admin/users', {
        name: '',
        email: 'nope',
        role: 'king',
        locale: 'en',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Fill in this field/);
      assert.match(bad.body, /Enter an e-mail address/);
      assert.match(bad.body, /Choose one of the options/);
      const unknownPerson = await operator.post('/admin/users', {
        name: 'Ghost',
        email: 'ghost-person@example.no',
        role: 'participant',
        personId: '999999',
        locale: 'en',
      });
      assert.equal(unknownPerson.statusCode, 400);
      assert.match(unknownPerson.body, /This value is not valid/);
      const none = await t.database.db
        .selectFrom('outbox')
        .select('id')
        .where('recipient', '=', 'ghost-person@example.no')
        .execute();
      assert.equal(none.length, 0, 'no invitation for a login that was not created');
    });

    it("ends all of someone's sessions, audited", async () => {
      const user = await buildUser(t.database.db);
      const a = new Client(t.app);
      const b = new Client(t.app);
      await a.logIn(user.email, user.password);
      await b.logIn(user.email, user.password);
      const ended = await operator.post(`/admin/users/${user.id}/sessions/end`);
      assert.equal(ended.headers.location, '/admin/users?ended=2');
      assert.match((await operator.get('/admin/users?ended=2')).body, /Sessions ended: 2/);
      assert.equal((await a.get('/account')).statusCode, 401);
      assert.equal((await b.get('/account')).statusCode, 401);
      assert.equal((await operator.get('/account')).statusCode, 200);
      assert.equal((await operator.post('/admin/users/999999/sessions/end')).statusCode, 404);
      const audit = await operator.get(`/admin/audit?subjectType=user&subjectId=${user.id}`);
      assert.match(audit.body, /user\.sessions_end/);
      assert.match(audit.body, /Olga Operatør/);
    });

    it('shows queued mail in the outbox, with contents when no SMTP server delivers it', async () => {
      const user = await buildUser(t.database.db, { name: 'Mona Mottaker' });
      await new Client(t.app).post('/forgot', { email: user.email });
      const page = await operator.get('/admin/outbox');
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes(user.email));
      assert.match(page.body, /Velg nytt passord for Samling/);
      assert.match(page.body, /Waiting/);
      assert.match(page.body, /Hei Mona Mottaker/);
    });

    it('filters the audit log by subject', async () => {
      const user = await buildUser(t.database.db);
      const page = await operator.get(`/admin/audit?subjectType=user&subjectId=${user.id}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /user\.create/);
      assert.ok(!page.body.includes(`>${operatorId}</a>`), 'only the chosen subject');
      assert.match(page.body, /value="user"/);
      const none = await operator.get('/admin/audit?subjectType=nothing-like-this');
      assert.match(none.body, /No entries/);
    });
  });

  describe(`outbox with SMTP [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect, { SMTP_URL: 'smtp://127.0.0.1:1' });
    });
    after(() => t.close());

    it('hides mail contents when mail goes out over SMTP', async () => {
      const op = await buildUser(t.database.db, { role: 'operator' });
      const user = await buildUser(t.database.db, { name: 'Mona Mottaker' });
      const client = new Client(t.app);
      await client.get('/login?lang=en');
      await client.post('/forgot', { email: user.email });
      await client.logIn(op.email, op.password);
      const page = await client.get('/admin/outbox');
      assert.match(page.body, /Choose a new password for Samling/);
      assert.ok(!page.body.includes('/reset/'), 'no live link on the page');
      assert.match(page.body, /the contents are not shown here/);
    });
  });
}
