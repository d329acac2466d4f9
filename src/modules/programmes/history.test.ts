import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildFollowUpProgramme, buildUser } from '../../../test/support/factories';
import { listOutbox } from '../../platform/mail/outbox';
import { addPlanActivity, setOutcome } from './follow-up-plan-service';
import { giveFeedback, setStepStatus } from './follow-up-service';
import { ProgrammeError } from './model';

type Setup = Awaited<ReturnType<typeof buildFollowUpProgramme>>;

const rejectsInvalidAt = (promise: Promise<unknown>) =>
  assert.rejects(
    promise,
    (error: unknown) => error instanceof ProgrammeError && error.code === 'invalid' && error.field === 'at',
  );

for (const dialect of testDialects()) {
  describe(`follow-up recorded at its own date [${dialect}]`, () => {
    let t: TestApp;
    let s: Setup;
    let operator: Client;
    let grueBase: string;

    before(async () => {
      t = await createTestApp(dialect);
      s = await buildFollowUpProgramme(t.database.db);
      const user = await buildUser(t.database.db, { role: 'operator' });
      operator = new Client(t.app);
      await operator.get('/login?lang=en');
      await operator.logIn(user.email, user.password);
      grueBase = `/programmes/${s.programme.slug}/participants/${s.grue.participantId}`;
    });
    after(() => t.close());

    it('shows status, feedback, answer, plan and outcome at the dates they were given', async () => {
      const db = t.database.db;
      const target = { participantId: s.grue.participantId, stepId: s.steps.projectLeader };
      await setStepStatus(
        db,
        { ...target, status: 'done', note: 'Prosjektleder tilsatt.', at: '2014-03-03T09:00:00Z' },
        null,
      );
      const feedbackId = await giveFeedback(
        db,
        { ...target, body: 'Godt valg.', fromCentre: true, at: '2014-03-05T12:00:00.000Z' },
        null,
        { sendMail: false },
      );
      await giveFeedback(
        db,
        {
          ...target,
          body: 'Takk!',
          fromCentre: false,
          replyToId: feedbackId,
          at: '2014-03-07T13:00:00+01:00',
        },
        null,
      );
      await addPlanActivity(
        db,
        s.grue.participantId,
        { title: 'Verksted', startsOn: '2014-06-11', stakeholderGroups: [], at: '2014-05-28T10:00:00Z' },
        null,
      );
      await setOutcome(
        db,
        s.grue.participantId,
        { result: 'reached', reasons: 'Godt forankret.', at: '2014-12-01T14:00:00Z' },
        null,
      );

      const page = (await operator.get(`${grueBase}?lang=en`)).body;
      assert.match(page, /since 3 March 2014/);
      assert.match(page, /3 March 2014<\/time>:<\/strong> <span class="pre-line">Prosjektleder tilsatt\./);
      assert.match(page, /<time datetime="2014-03-05T12:00:00\.000Z">5 Mar 2014, 13:00<\/time>/);
      assert.match(page, /<time datetime="2014-03-07T12:00:00\.000Z">/, 'stored in UTC');
      assert.match(page, /Recorded 1 December 2014/);
      const row = await db
        .selectFrom('plan_activities')
        .select(['created_at', 'updated_at'])
        .where('participant_id', '=', s.grue.participantId)
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, {
        created_at: '2014-05-28T10:00:00.000Z',
        updated_at: '2014-05-28T10:00:00.000Z',
      });
      assert.equal((await listOutbox(db)).length, 0, 'sendMail: false queues no mail');
    });

    it('refuses a date in the future or not a timestamp', async () => {
      const db = t.database.db;
      const target = { participantId: s.aure.participantId, stepId: s.steps.anchoring };
      const future = new Date(Date.now() + 86_400_000).toISOString();
      await rejectsInvalidAt(setStepStatus(db, { ...target, status: 'done', at: future }, null));
      await rejectsInvalidAt(
        giveFeedback(db, { ...target, body: 'x', fromCentre: true, at: '2014-03-05' }, null),
      );
      await rejectsInvalidAt(
        setOutcome(db, s.aure.participantId, { result: 'partly', reasons: 'x', at: 'yesterday' }, null),
      );
    });

    it('ignores a date sent with a form: the routes always record now', async () => {
      const before = new Date().toISOString();
      const step = `/programmes/${s.programme.slug}/participants/${s.aure.participantId}/steps/${s.steps.strategy}`;
      const posted = await operator.post(`${step}/status`, {
        status: 'in_progress',
        at: '2014-01-01T00:00:00Z',
      });
      assert.equal(posted.statusCode, 303);
      const row = await t.database.db
        .selectFrom('step_progress')
        .select('updated_at')
        .where('participant_id', '=', s.aure.participantId)
        .where('step_id', '=', s.steps.strategy)
        .executeTakeFirstOrThrow();
      assert.ok(row.updated_at >= before, `${row.updated_at} is now, not 2014`);
      const outcome = await operator.post(
        `/programmes/${s.programme.slug}/participants/${s.aure.participantId}/outcome`,
        { result: 'partly', reasons: 'Delvis.', at: '2014-01-01T00:00:00Z' },
      );
      assert.equal(outcome.statusCode, 303);
      const page = (await operator.get(step.replace(/\/steps\/\d+$/, '?lang=en'))).body;
      assert.doesNotMatch(page, /1 January 2014/);
    });

    it('counts old history as seen after a visit, and only later changes as new', async () => {
      const db = t.database.db;
      const overview = `/programmes/${s.programme.slug}/overview?lang=en`;
      const first = await operator.get(overview);
      assert.match(first.body, /This is your first visit/);
      assert.match(
        first.body,
        /Feedback on Project leader[\s\S]*5 Mar 2014/,
        'old history is listed by its date',
      );
      await sleep(5);
      const colleague = await buildUser(db, { role: 'operator' });
      // Written down today, but it happened in 2014: it is older than the visit, so not news.
      await setStepStatus(
        db,
        {
          participantId: s.aure.participantId,
          stepId: s.steps.projectLeader,
          status: 'done',
          at: '2014-04-01T09:00:00Z',
        },
        colleague.id,
      );
      await setStepStatus(
        db,
        { participantId: s.aure.participantId, stepId: s.steps.anchoring, status: 'in_progress' },
        colleague.id,
      );
      const second = await operator.get(overview);
      assert.match(second.body, /Anchoring in the region: In progress/);
      assert.doesNotMatch(second.body, /Project leader: Done/);
      assert.equal(
        (second.body.match(/class="ds-tag" data-color="info" data-size="sm">New</g) ?? []).length,
        1,
      );

      const me = (await operator.get('/me?lang=en')).body;
      const recent = me.slice(me.indexOf('Recent activity'));
      const dates = [...recent.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]!);
      assert.ok(dates.length >= 3);
      assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first, by when it happened');
      assert.ok(dates[0]! > '2020', 'today’s change comes first');
      assert.ok(dates.includes('2014-04-01T09:00:00.000Z'), 'old history keeps its date');
    });
  });
}
