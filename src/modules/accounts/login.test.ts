import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildUser } from '../../../test/support/factories';

for (const dialect of testDialects()) {
  describe(`log in [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    it('logs in with the right password and reaches a page that needs a login', async () => {
      const user = await buildUser(t.database.db, { role: 'operator', name: 'Ola Operatør' });
      const client = new Client(t.app);
      const response = await client.logIn(user.email.toUpperCase(), user.password);
      assert.equal(response.headers.location, '/me');
      assert.ok(client.cookies.get('sid'));
    });

    it('goes back only to a page on this site after login', async () => {
      const user = await buildUser(t.database.db);
      for (const [next, expected] of [
        ['/programmes?x=1', '/programmes?x=1'],
        ['//evil.example/x', '/me'],
        ['/\\evil.example', '/me'],
        ['/\t/evil.example/x', '/me'],
        ['https://evil.example/', '/me'],
      ]) {
        const client = new Client(t.app);
        const response = await client.post('/login', {
          email: user.email,
          password: user.password,
          next: next!,
        });
        assert.equal(response.headers.location, expected, `next=${JSON.stringify(next)}`);
      }
    });

    it('refuses a wrong password with a translated message', async () => {
      const user = await buildUser(t.database.db);
      const client = new Client(t.app);
      await client.get('/login?lang=sv');
      const response = await client.post('/login', { email: user.email, password: 'wrong password' });
      assert.equal(response.statusCode, 401);
      assert.match(response.body, /E-postadressen eller lösenordet är fel/);
      assert.equal(client.cookies.get('sid'), undefined);
    });

    it('shows field errors and 400 for a malformed e-mail', async () => {
      const client = new Client(t.app);
      await client.get('/login?lang=en');
      const response = await client.post('/login', { email: 'not-an-email', password: 'x' });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Enter an e-mail address/);
    });

    it('refuses a form without the CSRF token', async () => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/login',
        payload: 'email=a%40b.no&password=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(response.statusCode, 403);
    });

    it('answers the health check with the database in use', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/healthz' });
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { status: 'ok', database: dialect });
    });
  });
}
