import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import { buildEvent, buildProgramme, buildUser } from '../../../test/support/factories';
import { register } from './index';
import { registrationPersonalData } from './registration-personal-data';

for (const dialect of testDialects()) {
  describe(`registration personal data [${dialect}]`, () => {
    let database: TestDatabase;
    let programmeId: number;

    before(async () => {
      database = await createTestDatabase(dialect);
      programmeId = (await buildProgramme(database.db)).id;
    });
    after(() => database.drop());

    it("exports a person's registrations and erases what identifies them, keeping the counts", async () => {
      const { db } = database;
      const user = await buildUser(db);
      const event = await buildEvent(db, programmeId, { capacity: 5 });
      const question = await db
        .insertInto('event_questions')
        .values({
          event_id: event.id,
          position: 1,
          kind: 'dietary',
          label: '{"nb":"Allergier"}',
          required: 0,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const r = await register(db, {
        eventId: event.id,
        userId: user.id,
        name: 'Erika Eksport',
        email: user.email,
        organisation: 'Volda',
        answers: { [question.id]: 'Laktose' },
        confirmed: true,
      });
      const who = { userId: user.id, personId: null };
      const exported = (await registrationPersonalData.export(db, who)) as {
        name: string;
        answers: unknown[];
      }[];
      assert.equal(exported[0]?.name, 'Erika Eksport');
      assert.deepEqual(exported[0]?.answers, [{ questionId: question.id, answer: 'Laktose' }]);
      await registrationPersonalData.erase(db, who);
      const row = await db
        .selectFrom('registrations')
        .selectAll()
        .where('id', '=', r.registrationId)
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        [row.name, row.email, row.organisation, row.user_id, row.status],
        ['', '', '', null, 'confirmed'],
      );
      assert.equal(
        (
          await db
            .selectFrom('registration_answers')
            .selectAll()
            .where('registration_id', '=', r.registrationId)
            .execute()
        ).length,
        0,
      );
      assert.deepEqual(await registrationPersonalData.export(db, who), []);
    });
  });
}
