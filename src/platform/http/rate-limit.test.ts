import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import { clearRateLimits, hitRateLimit, limitPublicForm } from './rate-limit';

for (const dialect of testDialects()) {
  describe(`rate limits [${dialect}]`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    before(async () => {
      database = await createTestDatabase(dialect);
      // A bare app with one public form, as another module would write it.
      app = Fastify({ logger: false });
      app.decorate('database', database);
      app.post('/contact', async (request) => {
        await limitPublicForm(request, 'contact', 3, 600);
        return { ok: true };
      });
      await app.ready();
    });
    after(async () => {
      await app.close();
      await database.drop();
    });

    it('counts attempts per key in the database, and a cleared key starts again', async () => {
      const counts = [];
      for (let i = 0; i < 3; i++) counts.push(await hitRateLimit(database.db, 'test:a', 2, 60));
      assert.deepEqual(
        counts.map((c) => [c.count, c.allowed]),
        [
          [1, true],
          [2, true],
          [3, false],
        ],
      );
      assert.equal((await hitRateLimit(database.db, 'test:b', 2, 60)).count, 1, 'keys count apart');
      await clearRateLimits(database.db, ['test:a']);
      assert.equal((await hitRateLimit(database.db, 'test:a', 2, 60)).count, 1);
    });

    it('limits a public form per client address', async () => {
      const post = (ip: string) => app.inject({ method: 'POST', url: '/contact', remoteAddress: ip });
      for (let i = 0; i < 3; i++) assert.equal((await post('10.0.0.1')).statusCode, 200);
      assert.equal((await post('10.0.0.1')).statusCode, 429);
      assert.equal((await post('10.0.0.2')).statusCode, 200, 'another address has its own count');
      const row = await database.db
        .selectFrom('rate_limits')
        .selectAll()
        .where('key', '=', 'form:contact:ip:10.0.0.1')
        .executeTakeFirstOrThrow();
      assert.equal(row.count, 4);
    });
  });
}
