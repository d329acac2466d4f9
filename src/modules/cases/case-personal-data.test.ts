import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildEvent, buildProgramme, buildProgrammeMember } from '../../../test/support/factories';
import { personalDataHandlers } from '../../platform/personal-data';
import { addCaseLogEntry, createCase, createHomework, submitHomework } from './index';

for (const dialect of testDialects()) {
  describe(`personal data in cases [${dialect}]`, () => {
    let t: TestApp;
    let member: Awaited<ReturnType<typeof buildProgrammeMember>>;

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const programme = await buildProgramme(db);
      const event = await buildEvent(db, programme.id);
      member = await buildProgrammeMember(db, programme.id, 'Grue kommune');
      const caseId = await createCase(
        db,
        { programmeId: programme.id, participantId: member.participantId, title: 'Grue' },
        member.user.id,
      );
      await addCaseLogEntry(db, { caseId, eventId: event.id, body: 'Vi startet' }, member.user.id);
      const homeworkId = await createHomework(
        db,
        { eventId: event.id, title: { nb: 'Lekse' }, instructions: {}, dueAt: '2030-01-01T12:00' },
        null,
      );
      await submitHomework(db, { homeworkId, caseId, body: 'Vårt svar' }, member.user.id);
    });
    after(() => t.close());

    const handler = () => personalDataHandlers().find((h) => h.name === 'cases')!;
    const who = () => ({ userId: member.user.id, personId: member.personId });

    it('exports what the person wrote in case logs and hand-ins', async () => {
      const data = (await handler().export(t.database.db, who())) as {
        caseLog: { body: string }[];
        handIns: { body: string }[];
      };
      assert.deepEqual(
        data.caseLog.map((e) => e.body),
        ['Vi startet'],
      );
      assert.deepEqual(
        data.handIns.map((s) => s.body),
        ['Vårt svar'],
      );
    });

    it('keeps the texts on erasure but no longer ties them to the person', async () => {
      await handler().erase(t.database.db, who());
      const log = await t.database.db.selectFrom('case_log').select(['body', 'author_user_id']).execute();
      assert.deepEqual(log, [{ body: 'Vi startet', author_user_id: null }]);
      const handIns = await t.database.db
        .selectFrom('homework_submissions')
        .select(['body', 'submitted_by'])
        .execute();
      assert.deepEqual(handIns, [{ body: 'Vårt svar', submitted_by: null }]);
      const data = (await handler().export(t.database.db, who())) as { caseLog: unknown[] };
      assert.equal(data.caseLog.length, 0);
    });
  });
}
