import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import { inTransaction, type Executor } from './database';

// inTransaction's promises, whether or not SQLite's group commit put several units in one
// transaction: each unit all-or-nothing, in arrival order, settled only once committed.
const insertUser = (db: Executor, email: string) =>
  db
    .insertInto('users')
    .values({ email, name: email, role: 'participant', created_at: new Date().toISOString() } as never)
    .execute();

const emails = async (db: Executor, prefix: string) =>
  (
    await db.selectFrom('users').select('email').where('email', 'like', `${prefix}%`).orderBy('id').execute()
  ).map((r) => r.email);

class Refused extends Error {}

for (const dialect of testDialects()) {
  describe(`inTransaction under concurrent callers [${dialect}]`, () => {
    let database: TestDatabase;
    before(async () => (database = await createTestDatabase(dialect)));
    after(() => database.drop());

    it('keeps every unit whole and in arrival order, and a failing unit loses only its own writes', async () => {
      const { db } = database;
      const results = await Promise.allSettled(
        Array.from({ length: 30 }, (_, i) =>
          inTransaction(db, async (tx) => {
            await insertUser(tx, `order-${String(i).padStart(2, '0')}-a@x.example`);
            if (i % 7 === 3) throw new Refused(`unit ${i}`);
            await insertUser(tx, `order-${String(i).padStart(2, '0')}-b@x.example`);
            return i;
          }),
        ),
      );
      const refused = results.flatMap((r, i) => (r.status === 'rejected' ? [i] : []));
      assert.deepEqual(refused, [3, 10, 17, 24]);
      for (const i of refused) {
        const reason = (results[i] as PromiseRejectedResult).reason as Error;
        assert.ok(reason instanceof Refused);
        assert.equal(reason.message, `unit ${i}`);
      }
      assert.deepEqual(
        results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])),
        Array.from({ length: 30 }, (_, i) => i).filter((i) => !refused.includes(i)),
      );
      const kept = Array.from({ length: 30 }, (_, i) => i)
        .filter((i) => !refused.includes(i))
        .flatMap((i) => [
          `order-${String(i).padStart(2, '0')}-a@x.example`,
          `order-${String(i).padStart(2, '0')}-b@x.example`,
        ]);
      // On SQLite id order is commit order: the units ran in the order they were asked for. On
      // PostgreSQL independent transactions run side by side, so only the set is promised.
      const stored = await emails(db, 'order-');
      assert.deepEqual(dialect === 'sqlite' ? stored : stored.sort(), kept);
    });

    it('has committed a unit by the time its promise resolves, and nests in a caller’s transaction', async () => {
      const { db } = database;
      await Promise.all([
        inTransaction(db, (tx) => insertUser(tx, 'seen-1@x.example')),
        inTransaction(db, (tx) =>
          inTransaction(tx, async (inner) => {
            await insertUser(inner, 'seen-2@x.example');
          }),
        ),
      ]);
      assert.deepEqual((await emails(db, 'seen-')).sort(), ['seen-1@x.example', 'seen-2@x.example']);
    });

    // SQLite's group commit only: PostgreSQL has no shared transaction to fail.
    it(
      'gives each unit its own outcome when the shared transaction itself fails',
      { skip: dialect !== 'sqlite' },
      async () => {
        const { db } = database;
        // A unit that ends the transaction under the others: SQLite must then run each unit alone.
        const results = await Promise.allSettled([
          inTransaction(db, (tx) => insertUser(tx, 'alone-1@x.example')),
          inTransaction(db, async (tx) => {
            await insertUser(tx, 'alone-2@x.example');
            await sql`rollback`.execute(tx);
          }),
          inTransaction(db, (tx) => insertUser(tx, 'alone-3@x.example')),
        ]);
        assert.deepEqual(
          results.map((r) => r.status),
          ['fulfilled', 'rejected', 'fulfilled'],
        );
        assert.deepEqual(await emails(db, 'alone-'), ['alone-1@x.example', 'alone-3@x.example']);
      },
    );
  });
}
