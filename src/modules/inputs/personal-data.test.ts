import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildInput, buildProgramme, buildUser } from '../../../test/support/factories';
import { inputPersonalData } from './personal-data';
import { triageInput } from './service';

for (const dialect of testDialects()) {
  describe(`inputs: personal data [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    it('exports what a login sent and erases the sender but keeps the input', async () => {
      const db = t.database.db;
      const { id } = await buildProgramme(db);
      const sender = await buildUser(db, { name: 'Sara Sender' });
      const operator = await buildUser(db, { role: 'operator' });
      const inputId = await buildInput(db, id, {
        title: 'Om boligmarkedet',
        userId: sender.id,
        name: 'Sara Sender',
        email: sender.email,
        showName: true,
      });
      await triageInput(
        db,
        inputId,
        { status: 'closed', internalNote: '', answer: 'Takk' },
        operator.id,
        'http://x',
      );

      const exported = (await inputPersonalData.export(db, { userId: sender.id, personId: null })) as {
        sent: { title: string; email: string }[];
      };
      assert.equal(exported.sent.length, 1);
      assert.equal(exported.sent[0]!.title, 'Om boligmarkedet');
      assert.equal(exported.sent[0]!.email, sender.email);
      const byOperator = (await inputPersonalData.export(db, { userId: operator.id, personId: null })) as {
        statusChanges: unknown[];
      };
      assert.equal(byOperator.statusChanges.length, 1);

      await db.transaction().execute(async (tx) => {
        await inputPersonalData.erase(tx, { userId: sender.id, personId: null });
        await inputPersonalData.erase(tx, { userId: operator.id, personId: null });
      });
      const row = await db
        .selectFrom('inputs')
        .selectAll()
        .where('id', '=', inputId)
        .executeTakeFirstOrThrow();
      assert.equal(row.title, 'Om boligmarkedet');
      assert.equal(row.sender_user_id, null);
      assert.equal(row.sender_name, null);
      assert.equal(row.sender_email, null);
      assert.equal(row.show_name, 0);
      assert.equal(row.answered_by, null);
      const changes = await db
        .selectFrom('input_status_changes')
        .selectAll()
        .where('input_id', '=', inputId)
        .execute();
      assert.deepEqual(
        changes.map((c) => [c.to_status, c.changed_by]),
        [['closed', null]],
      );
    });
  });
}
