import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildEvent, buildProgramme, buildProgrammeMember } from '../../../test/support/factories';
import { listOutbox } from '../../platform/mail/outbox';
import { utcToZoned } from '../../platform/time';
import { getPerson } from '../network/index';
import { createCase, createHomework, submitHomework } from './index';
import { homeworkReminders } from './jobs';

const day = 24 * 3600 * 1000;

for (const dialect of testDialects()) {
  describe(`homework reminders [${dialect}]`, () => {
    let t: TestApp;
    let grue: Awaited<ReturnType<typeof buildProgrammeMember>>;
    let aure: Awaited<ReturnType<typeof buildProgrammeMember>>;
    let soonId: number;
    let laterId: number;
    const now = new Date();

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const programme = await buildProgramme(db, { visibility: 'members' });
      const event = await buildEvent(db, programme.id, {
        kind: 'workshop',
        title: 'WS2 Göteborg',
        language: 'en',
      });
      grue = await buildProgrammeMember(db, programme.id, 'Grue kommune');
      aure = await buildProgrammeMember(db, programme.id, 'Aure kommune');
      const grueCase = await createCase(
        db,
        { programmeId: programme.id, participantId: grue.participantId, title: 'Grue' },
        null,
      );
      await createCase(
        db,
        { programmeId: programme.id, participantId: aure.participantId, title: 'Aure' },
        null,
      );
      const local = (ms: number) => utcToZoned(new Date(now.getTime() + ms).toISOString(), 'Europe/Oslo');
      soonId = await createHomework(
        db,
        { eventId: event.id, title: { en: 'Describe the case' }, instructions: {}, dueAt: local(1.5 * day) },
        null,
      );
      laterId = await createHomework(
        db,
        { eventId: event.id, title: { en: 'Three questions' }, instructions: {}, dueAt: local(5 * day) },
        null,
      );
      await submitHomework(db, { homeworkId: soonId, caseId: grueCase, body: 'Levert' }, null);
    });
    after(() => t.close());

    /** The mail to a member's address in the network registry (where reminders go, not the login's). */
    async function mailsTo(member: typeof grue) {
      const email = (await getPerson(t.database.db, member.personId))?.email;
      return (await listOutbox(t.database.db)).filter((m) => m.recipient === email);
    }

    it('reminds the cases that have not handed in, once, even when run twice at once', async () => {
      const db = t.database.db;
      const runs = await Promise.all([homeworkReminders.run(db, now), homeworkReminders.run(db, now)]);
      assert.equal(runs[0]! + runs[1]!, 1, 'one mail in all: to the one person of the one case missing');
      assert.equal(await homeworkReminders.run(db, now), 0, 'a later run finds nothing to do');

      const [mail, ...more] = await mailsTo(aure);
      assert.equal(more.length, 0);
      assert.match(mail!.subject, /^Reminder: “Describe the case” is due /);
      assert.match(mail!.body, /Aure has not handed it in yet/);
      assert.match(mail!.body, new RegExp(`/homework/${soonId}`));
      assert.equal((await mailsTo(grue)).length, 0, 'a case that handed in gets no reminder');
      const row = await db
        .selectFrom('homework')
        .select('reminder_sent_at')
        .where('id', '=', soonId)
        .executeTakeFirst();
      assert.equal(row?.reminder_sent_at, now.toISOString());
    });

    it('waits until two days before the due time', async () => {
      const db = t.database.db;
      const later = await db
        .selectFrom('homework')
        .select('reminder_sent_at')
        .where('id', '=', laterId)
        .executeTakeFirst();
      assert.equal(later?.reminder_sent_at, null, 'due in five days: not yet');
      assert.equal(await homeworkReminders.run(db, new Date(now.getTime() + 3.5 * day)), 2);
      assert.equal((await mailsTo(grue)).length, 1);
      assert.equal((await mailsTo(aure)).length, 2);
    });
  });
}
