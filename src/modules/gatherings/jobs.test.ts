import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import { buildEvent, buildProgramme, insertRegistration } from '../../../test/support/factories';
import { answerCleanupJob, gatheringJobs, reminderJob } from './jobs';
import { addQuestion } from './question-service';

const DAY = 24 * 3600 * 1000;

for (const dialect of testDialects()) {
  describe(`the gatherings clock jobs [${dialect}]`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await createTestDatabase(dialect);
    });
    after(() => database.drop());

    const outboxTo = (email: string) =>
      database.db.selectFrom('outbox').selectAll().where('recipient', '=', email).execute();

    it('lists both jobs', () => {
      assert.deepEqual(
        gatheringJobs.map((j) => j.name),
        ['gatherings.reminders', 'gatherings.answer-cleanup'],
      );
    });

    it('reminds confirmed participants two days before, once, even with two instances at once', async () => {
      const db = database.db;
      const now = new Date('2014-05-18T09:00:00.000Z');
      const programme = await buildProgramme(db);
      const soon = await buildEvent(db, programme.id, {
        title: 'Nettverkssamling i Stjørdal',
        startsAt: '2014-05-20T08:00:00.000Z',
        endsAt: '2014-05-21T13:00:00.000Z',
      });
      const later = await buildEvent(db, programme.id, { startsAt: '2014-11-03T09:00:00.000Z' });
      const past = await buildEvent(db, programme.id, { startsAt: '2014-05-18T08:00:00.000Z' });
      const confirmed = await insertRegistration(db, soon.id, { name: 'Ola Oppmøtt' });
      const waiting = await insertRegistration(db, soon.id, { status: 'waitlisted' });
      const gone = await insertRegistration(db, soon.id, { status: 'cancelled' });
      const notYet = await insertRegistration(db, later.id);
      const started = await insertRegistration(db, past.id);

      const counts = await Promise.all([reminderJob.run(db, now), reminderJob.run(db, now)]);
      assert.equal(counts[0]! + counts[1]!, 1, 'two runs at once send one reminder');
      assert.equal(await reminderJob.run(db, now), 0, 'a later run sends nothing again');

      const mails = await outboxTo(confirmed.email);
      assert.equal(mails.length, 1);
      assert.match(mails[0]!.subject, /^Påminnelse: Nettverkssamling i Stjørdal, 20\. mai 2014$/);
      assert.match(mails[0]!.body, /Hei Ola Oppmøtt/);
      assert.match(mails[0]!.body, /10:00/, 'the time is shown in the event’s zone (Oslo summer time)');
      assert.match(mails[0]!.body, /Stjørdal/);
      for (const r of [waiting, gone, notYet, started]) assert.equal((await outboxTo(r.email)).length, 0);
    });

    it('deletes the answers to registration questions 30 days after the event ended, not before', async () => {
      const db = database.db;
      const programme = await buildProgramme(db);
      const old = await buildEvent(db, programme.id, {
        startsAt: '2014-03-01T08:00:00.000Z',
        endsAt: '2014-03-01T15:00:00.000Z',
      });
      const recent = await buildEvent(db, programme.id, {
        startsAt: '2014-03-20T08:00:00.000Z',
        endsAt: '2014-03-20T15:00:00.000Z',
      });
      for (const event of [old, recent]) {
        const q = await addQuestion(
          db,
          event.id,
          { kind: 'dietary', label: { nb: 'Allergier' }, required: false },
          null,
        );
        assert.ok(q.ok);
        const r = await insertRegistration(db, event.id);
        await db
          .insertInto('registration_answers')
          .values({ registration_id: r.id, question_id: q.id, answer: 'Nøtter' })
          .execute();
      }
      const now = new Date(Date.parse('2014-03-01T15:00:00.000Z') + 31 * DAY);
      assert.equal(await answerCleanupJob.run(db, now), 1);
      assert.equal(await answerCleanupJob.run(db, now), 0, 'running again is harmless');
      const left = await db
        .selectFrom('registration_answers as a')
        .innerJoin('registrations as r', 'r.id', 'a.registration_id')
        .select('r.event_id')
        .where('r.event_id', 'in', [old.id, recent.id])
        .execute();
      assert.deepEqual(
        left.map((l) => l.event_id),
        [recent.id],
      );
    });
  });
}
