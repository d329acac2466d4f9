import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import type { Role } from '../http/context';
import { inTransaction } from './database';
import { prepared } from './prepared';

// A compiled-once query must give each call its own parameters, keep the query's own constants, and
// work inside transactions as well as outside.
const userByEmailOrRole = prepared((db, email: string, role: Role, limit: number) =>
  db
    .selectFrom('users')
    .select(['email', 'role'])
    .where((eb) => eb.or([eb('email', '=', email), eb('role', '=', role)]))
    .where('erased_at', 'is', null)
    .where('name', '<>', 'nobody')
    .orderBy('email')
    .limit(limit),
);

for (const dialect of testDialects()) {
  describe(`prepared queries [${dialect}]`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await createTestDatabase(dialect);
      const now = new Date().toISOString();
      for (const [email, role] of [
        ['a@x.example', 'participant'],
        ['b@x.example', 'operator'],
        ['c@x.example', 'participant'],
      ] as const)
        await database.db
          .insertInto('users')
          .values({ email, name: email, role, created_at: now } as never)
          .execute();
    });
    after(() => database.drop());

    it('runs with each call’s own arguments, in and out of transactions', async () => {
      const { db } = database;
      assert.deepEqual(
        (await userByEmailOrRole(db, 'a@x.example', 'operator', 10)).map((r) => r.email),
        ['a@x.example', 'b@x.example'],
      );
      assert.deepEqual(
        (await userByEmailOrRole(db, 'none', 'participant', 1)).map((r) => r.email),
        ['a@x.example'],
      );
      const inside = await inTransaction(db, (tx) => userByEmailOrRole(tx, 'c@x.example', 'none' as Role, 5));
      assert.deepEqual(
        inside.map((r) => r.email),
        ['c@x.example'],
      );
    });
  });
}
