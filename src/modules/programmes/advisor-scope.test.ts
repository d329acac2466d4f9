import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildFollowUpProgramme, buildPerson, buildUser } from '../../../test/support/factories';
import { setStepStatus } from './follow-up-service';
import { addAdvisor } from './team-service';

type Setup = Awaited<ReturnType<typeof buildFollowUpProgramme>>;

// An advisor assigned to one participant (programme_advisors.participant_id set) follows up that
// participant only: the others' follow-up pages and forms do not exist for them, and the overview
// and /me show only their participant.

for (const dialect of testDialects()) {
  describe(`an advisor assigned to one participant [${dialect}]`, () => {
    let t: TestApp;
    let s: Setup;
    let advisor: Client;
    let grueBase: string;
    let aureBase: string;
    let names: { grue: string; aure: string };

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      s = await buildFollowUpProgramme(db);
      const personId = await buildPerson(db, { name: 'Ola Prøvestad' });
      await addAdvisor(db, s.programme.id, { personId, participantId: s.grue.participantId }, null);
      const login = await buildUser(db, { role: 'advisor', personId });
      advisor = new Client(t.app);
      await advisor.get('/login?lang=en');
      await advisor.logIn(login.email, login.password);
      const base = `/programmes/${s.programme.slug}/participants`;
      grueBase = `${base}/${s.grue.participantId}`;
      aureBase = `${base}/${s.aure.participantId}`;
      const orgs = await db.selectFrom('organisations').select(['id', 'name']).execute();
      names = {
        grue: orgs.find((o) => o.id === s.grue.organisationId)!.name,
        aure: orgs.find((o) => o.id === s.aure.organisationId)!.name,
      };
      // Something the overview and /me would report for Aure, if the advisor could see it.
      const colleague = await buildUser(db, { role: 'operator' });
      await setStepStatus(
        db,
        { participantId: s.aure.participantId, stepId: s.steps.projectLeader, status: 'done' },
        colleague.id,
      );
    });
    after(() => t.close());

    it('follows up their own participant: status, feedback and outcome', async () => {
      const step = `${grueBase}/steps/${s.steps.projectLeader}`;
      assert.equal((await advisor.post(`${step}/status`, { status: 'in_progress' })).statusCode, 303);
      assert.equal((await advisor.post(`${step}/feedback`, { body: 'Godt i gang.' })).statusCode, 303);
      const outcome = await advisor.post(`${grueBase}/outcome`, { result: 'reached', reasons: 'Forankret' });
      assert.equal(outcome.statusCode, 303);
      const page = await advisor.get(`${grueBase}?lang=en`);
      assert.match(page.body, /Desired result reached/);
      assert.match(page.body, /Godt i gang\./);
    });

    it('gets 404 for every page and form of another participant', async () => {
      const step = `${aureBase}/steps/${s.steps.anchoring}`;
      const answers = [
        await advisor.get(aureBase),
        await advisor.get(step),
        await advisor.get(`${aureBase}/outcome`),
        await advisor.get(`${aureBase}/plan/new`),
        await advisor.post(`${step}/status`, { status: 'done' }),
        await advisor.post(`${step}/feedback`, { body: 'Ikke min kommune' }),
        await advisor.post(`${step}/notes`, { note: 'Ikke min kommune' }),
        await advisor.post(`${aureBase}/outcome`, { result: 'not_reached', reasons: 'Ikke min' }),
        await advisor.post(`${aureBase}/plan`, { title: 'Ikke min' }),
      ];
      assert.deepEqual(
        answers.map((a) => a.statusCode),
        answers.map(() => 404),
      );
      const operator = new Client(t.app);
      const login = await buildUser(t.database.db, { role: 'operator' });
      await operator.logIn(login.email, login.password);
      const aure = await operator.get(`${aureBase}?lang=en`);
      assert.doesNotMatch(aure.body, /Ikke min/);
      assert.doesNotMatch(aure.body, /Desired result not reached/);
    });

    it('sees only their participant in the overview and on the programme page', async () => {
      const overview = await advisor.get(`/programmes/${s.programme.slug}/overview?lang=en`);
      assert.equal(overview.statusCode, 200);
      assert.match(overview.body, new RegExp(`>${names.grue}</a>`));
      assert.doesNotMatch(overview.body, new RegExp(names.aure));
      const page = await advisor.get(`/programmes/${s.programme.slug}?lang=en`);
      assert.match(page.body, new RegExp(`href="${grueBase}"`));
      assert.doesNotMatch(page.body, new RegExp(`href="${aureBase}"`));
    });

    it('counts and lists only their participant on /me', async () => {
      const me = await advisor.get('/me?lang=en');
      assert.equal(me.statusCode, 200);
      assert.match(me.body, /Participants: 1</);
      assert.doesNotMatch(me.body, new RegExp(names.aure));
    });
  });
}
