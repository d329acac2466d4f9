import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildPerson, buildUser } from '../../../test/support/factories';
import type { Executor } from '../../platform/db/database';
import { registerPersonalData, type PersonRef } from '../../platform/personal-data';

// A module's handler as any module registers one: it must be called with the person, in the export
// and in the erasure's transaction.
const erasedRefs: PersonRef[] = [];
registerPersonalData({
  name: 'test-notes',
  export: async (_db, who) => ({ notes: [`a note by user ${who.userId}`] }),
  erase: async (_db, who) => {
    erasedRefs.push(who);
  },
});

// A module whose erase fails after writing: the erasure must then change nothing at all.
let failNextErase = false;
registerPersonalData({
  name: 'test-failing',
  export: async () => null,
  erase: async (db, who) => {
    if (!failNextErase) return;
    failNextErase = false;
    await db.deleteFrom('sessions').where('user_id', '=', who.userId!).execute();
    throw new Error('module could not erase');
  },
});

/** Every row of every table, as text: where a person's data could still be. */
async function everything(db: Executor) {
  const tables = await db.introspection.getTables();
  const dump: string[] = [];
  for (const table of tables) {
    if (table.name.startsWith('kysely_')) continue;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const rows = await (db as any).selectFrom(table.name).selectAll().execute();
    dump.push(`${table.name}: ${JSON.stringify(rows)}`);
  }
  return dump.join('\n');
}

async function loggedIn(t: TestApp, user: { email: string; password: string }) {
  const client = new Client(t.app);
  await client.get('/login?lang=en');
  await client.logIn(user.email, user.password);
  return client;
}

for (const dialect of testDialects()) {
  describe(`personal data [${dialect}]`, () => {
    let t: TestApp;
    let operator: Client;
    let operatorId: number;
    before(async () => {
      t = await createTestApp(dialect);
      const op = await buildUser(t.database.db, { role: 'operator', name: 'Olga Operatør' });
      operatorId = op.id;
      operator = await loggedIn(t, op);
    });
    after(() => t.close());
    beforeEach(() => t.database.db.deleteFrom('rate_limits').execute());

    it('exports everything held about the person, without the password hash, and audits it', async () => {
      const user = await buildUser(t.database.db, { name: 'Eva Eksport' });
      const client = await loggedIn(t, user);
      await client.post('/account/tokens', { name: 'Reporting script' });
      await client.post('/forgot', { email: user.email });
      const response = await client.get('/account/export');
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^application\/json/);
      assert.match(
        String(response.headers['content-disposition']),
        /^attachment; filename="samling-personal-data-\d+\.json"$/,
      );
      assert.ok(!/password_hash|passwordHash|\$argon2/.test(response.body), 'no password hash');
      assert.ok(!/sam_[A-Za-z0-9_-]{20}/.test(response.body), 'no API token');
      const doc = response.json();
      assert.equal(doc.user.email, user.email);
      assert.equal(doc.user.name, 'Eva Eksport');
      assert.equal(doc.user.role, 'participant');
      assert.equal(doc.sessions.length, 1);
      assert.equal(doc.sessions[0].userAgent, 'lightMyRequest');
      assert.equal(doc.sessions[0].ip, '127.0.0.1');
      assert.deepEqual(
        doc.apiTokens.map((x: { name: string }) => x.name),
        ['Reporting script'],
      );
      assert.deepEqual(Object.keys(doc.apiTokens[0]).sort(), ['createdAt', 'lastUsedAt', 'name']);
      const actions = doc.auditEntries.map((e: { action: string }) => e.action);
      assert.ok(actions.includes('api_token.create'));
      assert.ok(actions.includes('user.export'));
      assert.deepEqual(
        doc.mail.map((m: { subject: string }) => m.subject),
        ['Choose a new password for Samling'],
      );
      assert.deepEqual(doc['test-notes'], { notes: [`a note by user ${user.id}`] });
      assert.ok('network' in doc, "the network module's part is there");
      const entry = await t.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'user.export')
        .where('actor_user_id', '=', user.id)
        .executeTakeFirst();
      assert.ok(entry, 'the export is audited');
    });

    it('asks to confirm an erasure, and will not let an operator erase themselves', async () => {
      const user = await buildUser(t.database.db, { name: 'Ulla Usikker' });
      const confirm = await operator.get(`/admin/users/${user.id}/erase`);
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /Erase Ulla Usikker\?/);
      assert.match(confirm.body, /This cannot be undone/);
      assert.match(confirm.body, new RegExp(`action="/admin/users/${user.id}/erase"`));
      assert.equal((await operator.get('/admin/users/999999/erase')).statusCode, 404);

      const self = await operator.post(`/admin/users/${operatorId}/erase`);
      assert.equal(self.headers.location, '/admin/users?done=erase-refused');
      assert.match(
        (await operator.get('/admin/users?done=erase-refused')).body,
        /You cannot erase your own login/,
      );
      assert.equal((await operator.get('/account')).statusCode, 200);
    });

    it('erases a person: no personal data left, audit entries kept without the actor', async () => {
      const personId = await buildPerson(t.database.db, {
        name: 'Rita Registrert',
        email: 'rita.person@example.no',
      });
      const user = await buildUser(t.database.db, {
        name: 'Rita Registrert',
        email: 'rita.login@example.no',
        personId,
      });
      const client = await loggedIn(t, user);
      await client.post('/account/tokens', { name: 'Rita script' });
      await client.post('/forgot', { email: user.email });
      await client.post('/account/verify');
      await client.get('/account/export');
      const before = await t.database.db
        .selectFrom('audit_log')
        .select(['id', 'action'])
        .where('actor_user_id', '=', user.id)
        .orderBy('id')
        .execute();
      assert.ok(before.length >= 2);
      erasedRefs.length = 0;

      const erased = await operator.post(`/admin/users/${user.id}/erase`);
      assert.equal(erased.statusCode, 303);
      assert.equal(erased.headers.location, '/admin/users?done=erased');
      const list = await operator.get('/admin/users?done=erased');
      assert.match(list.body, /The person is erased/);
      assert.ok(!list.body.includes('Rita'), 'no longer listed');

      assert.deepEqual(erasedRefs, [{ userId: user.id, personId }]);
      assert.equal((await client.get('/account')).statusCode, 401);
      const row = await t.database.db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.email, `erased-${user.id}@invalid`);
      assert.equal(row.name, 'Erased person');
      assert.equal(row.password_hash, null);
      assert.equal(row.person_id, null);
      assert.ok(row.erased_at);
      for (const table of ['sessions', 'api_tokens', 'user_tokens'] as const) {
        const left = await t.database.db
          .selectFrom(table)
          .select('user_id')
          .where('user_id', '=', user.id)
          .execute();
        assert.equal(left.length, 0, `${table} of the person are deleted`);
      }

      const kept = await t.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where(
          'id',
          'in',
          before.map((e) => e.id),
        )
        .orderBy('id')
        .execute();
      assert.deepEqual(
        kept.map((e) => e.action),
        before.map((e) => e.action),
      );
      assert.ok(kept.every((e) => e.actor_user_id === null));
      const erasure = await t.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'user.erase')
        .where('subject_id', '=', String(user.id))
        .executeTakeFirstOrThrow();
      assert.equal(erasure.actor_user_id, operatorId);

      const dump = await everything(t.database.db);
      for (const trace of ['Rita', 'rita.login@example.no', 'rita.person@example.no', 'Rita script']) {
        assert.ok(!dump.includes(trace), `"${trace}" is gone from every table`);
      }
      const audit = await operator.get(`/admin/audit?subjectType=user&subjectId=${user.id}`);
      assert.match(audit.body, /user\.erase/);
      assert.match(audit.body, /Olga Operatør/);
      assert.match(audit.body, /Not named/);

      // The old password no longer opens anything, and the erased login is gone for operators too.
      assert.equal(
        (await new Client(t.app).post('/login', { email: user.email, password: user.password })).statusCode,
        401,
      );
      assert.equal((await operator.get(`/admin/users/${user.id}/erase`)).statusCode, 404);
      assert.equal((await operator.post(`/admin/users/${user.id}/erase`)).statusCode, 404);
    });

    it('rolls the whole erasure back when a module fails to erase', async () => {
      const user = await buildUser(t.database.db, { name: 'Frida Feil' });
      const client = await loggedIn(t, user);
      failNextErase = true;
      const response = await operator.post(`/admin/users/${user.id}/erase`);
      assert.equal(response.statusCode, 500);
      const row = await t.database.db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.name, 'Frida Feil');
      assert.equal(row.erased_at, null);
      assert.equal((await client.get('/account')).statusCode, 200, 'nothing was half-done');
    });
  });
}
