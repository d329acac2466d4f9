import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildFollowUpProgramme, buildUser } from '../../../test/support/factories';
import { addPlanActivity } from './follow-up-plan-service';
import { setStepStatus } from './follow-up-service';

type Setup = Awaited<ReturnType<typeof buildFollowUpProgramme>>;

for (const dialect of testDialects()) {
  describe(`dates, order and choices in the follow-up [${dialect}]`, () => {
    let t: TestApp;
    let s: Setup;
    let operator: Client;
    let grue: Client;
    let grueBase: string;
    let colleague: { id: number };

    before(async () => {
      t = await createTestApp(dialect);
      s = await buildFollowUpProgramme(t.database.db);
      const login = await buildUser(t.database.db, { role: 'operator' });
      operator = new Client(t.app);
      await operator.logIn(login.email, login.password);
      grue = new Client(t.app);
      await grue.logIn(s.grue.member.email, s.grue.member.password);
      colleague = await buildUser(t.database.db, { role: 'operator' });
      grueBase = `/programmes/${s.programme.slug}/participants/${s.grue.participantId}`;
    });
    after(() => t.close());

    it('dates a note without a date by the day in Norway, not in UTC', async () => {
      // 22:30 UTC on 19 May is 00:30 on 20 May in Oslo (summer time).
      await setStepStatus(
        t.database.db,
        {
          participantId: s.grue.participantId,
          stepId: s.steps.anchoring,
          status: 'in_progress',
          note: 'Kveldsmøte i kommunestyret',
          at: '2026-05-19T22:30:00.000Z',
        },
        colleague.id,
      );
      const page = await grue.get(`${grueBase}/steps/${s.steps.anchoring}?lang=en`);
      assert.match(
        page.body,
        /<time datetime="2026-05-20">20 May 2026<\/time>:<\/strong> <span[^>]*>Kveldsmøte/,
      );
    });

    it('marks a change as new after a "since" sent without milliseconds or with an offset', async () => {
      await setStepStatus(
        t.database.db,
        {
          participantId: s.aure.participantId,
          stepId: s.steps.projectLeader,
          status: 'done',
          at: '2026-06-01T10:00:00.500Z',
        },
        colleague.id,
      );
      const overview = `/programmes/${s.programme.slug}/overview?lang=en`;
      for (const since of ['2026-06-01T10:00:00Z', '2026-06-01T12:00:00%2B02:00']) {
        const page = await operator.get(`${overview}&since=${since}`);
        assert.equal(page.statusCode, 200, since);
        const changes = page.body.slice(page.body.indexOf('id="changes"'));
        assert.match(changes, /Project leader: Done/, `the change after ${since} is news`);
      }
      const later = await operator.get(`${overview}&since=2026-06-01T10:00:01Z`);
      assert.doesNotMatch(later.body.slice(later.body.indexOf('id="changes"')), /Project leader: Done/);
      const nonsense = await operator.get(`${overview}&since=not-a-time`);
      assert.equal(nonsense.statusCode, 200, 'a baseline that is not a moment is ignored');
    });

    it('lists dated plan activities first and undated ones last', async () => {
      const db = t.database.db;
      const add = (title: string, startsOn: string | null) =>
        addPlanActivity(db, s.grue.participantId, { title, startsOn, stakeholderGroups: [] }, null);
      await add('Udatert idémyldring', null);
      await add('Folkemøte i mars', '2026-03-10');
      await add('Workshop i januar', '2026-01-15');
      const page = (await grue.get(grueBase)).body;
      const order = ['Workshop i januar', 'Folkemøte i mars', 'Udatert idémyldring'].map((title) =>
        page.indexOf(title),
      );
      assert.ok(order.every((i) => i > 0));
      assert.deepEqual(
        order,
        [...order].sort((a, b) => a - b),
      );
    });

    it('takes stakeholder groups from the fixed list only, shown in the reader’s language', async () => {
      const refused = await grue.post(`${grueBase}/plan?lang=en`, {
        title: 'Dugnad',
        stakeholderGroups: ['business', 'Mine venner'],
      });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /Choose one of the options\./);
      assert.doesNotMatch((await grue.get(grueBase)).body, /Dugnad|Mine venner/);

      const saved = await grue.post(`${grueBase}/plan`, {
        title: 'Dugnad',
        stakeholderGroups: ['business', 'youth'],
      });
      assert.equal(saved.statusCode, 303);
      const en = (await grue.get(`${grueBase}?lang=en`)).body;
      assert.match(en, /Business, Young people/);
      const nb = (await grue.get(`${grueBase}?lang=nb`)).body;
      assert.match(nb, /Næringsliv, Ungdom/);
      const form = (await grue.get(`${grueBase}/plan/new?lang=en`)).body;
      assert.match(form, /type="checkbox"[^>]*name="stakeholderGroups" value="voluntary"/);
      assert.match(form, /Voluntary organisations/);
    });
  });
}
