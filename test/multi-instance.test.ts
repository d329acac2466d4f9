import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase, type Database } from '../src/platform/db/database';
import { Client } from './support/app';
import { createTestDatabase, testDialects, type TestDatabase } from './support/databases';
import { buildUser } from './support/factories';

/**
 * Two instances of Samling on one PostgreSQL database, as behind a load balancer: each has its own
 * connection pool, and everything they share between requests must live in the database.
 */
const skip = testDialects().includes('postgres')
  ? false
  : 'PostgreSQL tests are turned off (SAMLING_TEST_PG=0)';

describe('two instances on one PostgreSQL database', { skip }, () => {
  let shared: TestDatabase;
  const instances: { app: FastifyInstance; database: Database }[] = [];
  let one: FastifyInstance;
  let two: FastifyInstance;

  before(async () => {
    shared = await createTestDatabase('postgres');
    for (let i = 0; i < 2; i++) {
      const database = await openDatabase({ url: shared.url });
      const app = await buildApp(loadConfig({ SAMLING_DEMO: '0', LOG_LEVEL: 'silent' }), database, {
        logger: false,
      });
      await app.ready();
      instances.push({ app, database });
    }
    [one, two] = instances.map((i) => i.app) as [FastifyInstance, FastifyInstance];
  });

  after(async () => {
    for (const { app, database } of instances) {
      await app.close();
      await database.close();
    }
    await shared.drop();
  });

  /** One browser whose requests the balancer sends to either instance: the same cookies for both. */
  function browser() {
    const a = new Client(one);
    const b = new Client(two);
    b.cookies = a.cookies;
    return { a, b };
  }

  it('accepts on one instance a login made on the other', async () => {
    const user = await buildUser(shared.db, { name: 'Ingrid Instans' });
    const { a, b } = browser();
    await a.logIn(user.email, user.password);
    const page = await b.get('/account');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Ingrid Instans/);
  });

  it('ends the session on both when logging out on one', async () => {
    const user = await buildUser(shared.db);
    const { a, b } = browser();
    await a.logIn(user.email, user.password);
    assert.equal((await b.get('/account')).statusCode, 200);
    const sid = a.cookies.get('sid');
    assert.equal((await b.post('/logout')).statusCode, 303);
    // Even a client that kept the old cookie is out, on either instance.
    for (const app of [one, two]) {
      const response = await app.inject({
        method: 'GET',
        url: '/account',
        headers: { cookie: `sid=${sid}` },
      });
      assert.equal(response.statusCode, 401);
    }
  });

  it('ends on one instance a session that an operator ended on the other', async () => {
    const user = await buildUser(shared.db);
    const op = await buildUser(shared.db, { role: 'operator' });
    const person = new Client(one);
    await person.logIn(user.email, user.password);
    const operator = new Client(two);
    await operator.logIn(op.email, op.password);
    assert.equal((await operator.post(`/admin/users/${user.id}/sessions/end`)).statusCode, 303);
    assert.equal((await person.get('/account')).statusCode, 401);
  });

  it('shares the rate-limit counter between the instances', async () => {
    const user = await buildUser(shared.db);
    const { a, b } = browser();
    // Ten wrong passwords for one address are allowed in 15 minutes, however they are spread.
    for (let i = 0; i < 5; i++) {
      assert.equal(
        (await a.post('/login', { email: user.email, password: 'wrong password' })).statusCode,
        401,
      );
      assert.equal(
        (await b.post('/login', { email: user.email, password: 'wrong password' })).statusCode,
        401,
      );
    }
    assert.equal((await a.post('/login', { email: user.email, password: user.password })).statusCode, 429);
    assert.equal((await b.post('/login', { email: user.email, password: user.password })).statusCode, 429);
  });

  it('uses a reset link once, whichever instance gets it', async () => {
    const user = await buildUser(shared.db);
    const { a, b } = browser();
    await a.post('/forgot', { email: user.email });
    const mail = await shared.db
      .selectFrom('outbox')
      .select('body')
      .where('recipient', '=', user.email)
      .executeTakeFirstOrThrow();
    const token = /\/reset\/([A-Za-z0-9_-]+)/.exec(mail.body)?.[1];
    const [first, second] = await Promise.all([
      a.post(`/reset/${token}`, { password: 'password from one' }),
      b.post(`/reset/${token}`, { password: 'password from two' }),
    ]);
    assert.deepEqual([first.statusCode, second.statusCode].sort(), [303, 410]);
  });
});
