import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildFollowUpProgramme, buildPerson, buildUser } from '../../../test/support/factories';
import { listAudit } from '../../platform/audit/audit';
import { setStepStatus } from './follow-up-service';
import { getProgrammeStructure, listAdvisors, listParticipants } from './reads';
import { addPhase, addStep } from './service';
import { addAdvisor, addContact } from './team-service';

type Setup = Awaited<ReturnType<typeof buildFollowUpProgramme>>;

const auditActions = async (t: TestApp, programmeId: number) =>
  (await listAudit(t.database.db, { subjectType: 'programme', subjectId: String(programmeId) })).map(
    (a) => a.action,
  );

for (const dialect of testDialects()) {
  describe(`operators edit and delete phases and steps, and remove people [${dialect}]`, () => {
    let t: TestApp;
    let s: Setup;
    let operator: Client;
    let page: string;

    const logIn = async (who: { email: string; password: string }) => {
      const client = new Client(t.app);
      await client.get('/login?lang=en');
      await client.logIn(who.email, who.password);
      return client;
    };

    before(async () => {
      t = await createTestApp(dialect);
      s = await buildFollowUpProgramme(t.database.db);
      operator = await logIn(await buildUser(t.database.db, { role: 'operator' }));
      page = `/programmes/${s.programme.slug}`;
    });
    after(() => t.close());

    it('renames a phase and a step through their edit pages, keeping the follow-up', async () => {
      const db = t.database.db;
      const phasePath = `${page}/phases/${s.phases.phase1}/edit`;
      const programmePage = await operator.get(page);
      assert.match(programmePage.body, new RegExp(`href="${phasePath}" aria-label="Edit Phase 1"`));

      const form = await operator.get(phasePath);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /<h1[^>]*>Edit phase<\/h1>/);
      assert.match(form.body, /value="Fase 1"/, 'the current name is filled in');

      const empty = await operator.post(phasePath, { phase_title_nb: '', phase_title_en: ' ' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Fill in this field\./);

      const saved = await operator.post(phasePath, {
        phase_title_nb: 'Fase 1: Etablering',
        phase_title_en: 'Phase 1: Establishing',
        phase_description_en: 'Establish the cooperation.',
      });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, `${page}#phase-${s.phases.phase1}`);

      await setStepStatus(
        db,
        { participantId: s.grue.participantId, stepId: s.steps.projectLeader, status: 'done' },
        null,
      );
      const stepPath = `${page}/steps/${s.steps.projectLeader}/edit`;
      const renamed = await operator.post(stepPath, { step_title_en: 'Project leader appointed' });
      assert.equal(renamed.statusCode, 303);

      const after = await operator.get(`${page}?lang=en`);
      assert.match(after.body, /Phase 1: Establishing/);
      assert.match(after.body, /Establish the cooperation\./);
      assert.match(after.body, /Project leader appointed/);
      const followUp = await operator.get(`${page}/participants/${s.grue.participantId}?lang=en`);
      assert.match(followUp.body, /Project leader appointed<\/h3>[\s\S]*?Done/, 'the status stays');
      const actions = await auditActions(t, s.programme.id);
      assert.ok(actions.includes('programme.phase.rename') && actions.includes('programme.step.rename'));
    });

    it('deletes a step without follow-up after its confirm page', async () => {
      const db = t.database.db;
      const stepId = await addStep(
        db,
        s.programme.id,
        s.phases.phase2,
        { title: { en: 'Spare step' } },
        null,
      );
      const confirm = await operator.get(`${page}/steps/${stepId}/delete?lang=en`);
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /Delete the step Spare step\?/);
      assert.match(confirm.body, /No follow-up has been recorded here/);
      assert.doesNotMatch(confirm.body, /name="delete_follow_up"/);

      const deleted = await operator.post(`${page}/steps/${stepId}/delete`);
      assert.equal(deleted.statusCode, 303);
      assert.equal(deleted.headers.location, `${page}#phase-${s.phases.phase2}`);
      assert.doesNotMatch((await operator.get(page)).body, /Spare step/);
      assert.equal((await operator.get(`${page}/steps/${stepId}/delete`)).statusCode, 404);
      assert.ok((await auditActions(t, s.programme.id)).includes('programme.step.delete'));
    });

    it('refuses to delete a step with recorded progress unless the loss is ticked, in the reader’s language', async () => {
      const db = t.database.db;
      const stepId = await addStep(
        db,
        s.programme.id,
        s.phases.phase2,
        { title: { en: 'Surveys', nb: 'Undersøkelser' } },
        null,
      );
      await setStepStatus(
        db,
        { participantId: s.aure.participantId, stepId, status: 'in_progress', note: 'Sendt ut' },
        null,
      );
      const confirm = await operator.get(`${page}/steps/${stepId}/delete?lang=en`);
      assert.match(confirm.body, /Participants with follow-up: 1/);
      assert.match(confirm.body, /Step statuses: 1/);
      assert.match(confirm.body, /Notes: 1/);
      assert.match(confirm.body, /name="delete_follow_up" value="yes"/);

      const refused = await operator.post(`${page}/steps/${stepId}/delete`);
      assert.equal(refused.statusCode, 409);
      assert.match(
        refused.body,
        /Follow-up has been recorded here\. Tick “Delete the recorded follow-up too”/,
      );
      await operator.get(`${page}?lang=nb`);
      const refusedNb = await operator.post(`${page}/steps/${stepId}/delete`);
      assert.equal(refusedNb.statusCode, 409);
      assert.match(refusedNb.body, /Det er registrert oppfølging her\./);
      const aurePage = `${page}/participants/${s.aure.participantId}?lang=en`;
      assert.match((await operator.get(aurePage)).body, /Sendt ut/, 'nothing was deleted');

      const deleted = await operator.post(`${page}/steps/${stepId}/delete`, { delete_follow_up: 'yes' });
      assert.equal(deleted.statusCode, 303);
      const after = await operator.get(aurePage);
      assert.doesNotMatch(after.body, /Surveys|Sendt ut/);
    });

    it('deletes a phase with its steps, and the phases after it move up', async () => {
      const db = t.database.db;
      const extra = await addPhase(db, s.programme.id, { title: { en: 'Phase X' } }, null);
      await addStep(db, s.programme.id, extra, { title: { en: 'Step in X' } }, null);
      const last = await addPhase(db, s.programme.id, { title: { en: 'Phase Y' } }, null);
      const confirm = await operator.get(`${page}/phases/${extra}/delete?lang=en`);
      assert.match(confirm.body, /Delete the phase Phase X\?/);
      assert.match(confirm.body, /The phase and its steps \(1\) are deleted for every participant/);
      assert.equal((await operator.post(`${page}/phases/${extra}/delete`)).statusCode, 303);
      const phases = await getProgrammeStructure(db, s.programme.id);
      assert.deepEqual(
        phases.map((p) => p.position),
        phases.map((_, i) => i + 1),
      );
      assert.equal(phases.at(-1)?.id, last);
      const body = (await operator.get(`${page}?lang=en`)).body;
      assert.doesNotMatch(body, /Phase X|Step in X/);
      assert.ok((await auditActions(t, s.programme.id)).includes('programme.phase.delete'));
    });

    it('removes a contact role and an advisor with one press each', async () => {
      const db = t.database.db;
      const personId = await buildPerson(db, { name: 'Gro Grue' });
      await addContact(db, s.grue.participantId, personId, 'mayor', null);
      await addContact(db, s.grue.participantId, personId, 'partner', null);
      const before = await operator.get(`${page}?lang=en`);
      assert.match(before.body, /aria-label="Remove Gro Grue as Mayor"/);

      const removed = await operator.post(`${page}/participants/${s.grue.participantId}/contacts/remove`, {
        person_id: String(personId),
        role: 'mayor',
      });
      assert.equal(removed.statusCode, 303);
      const after = await operator.get(`${page}?lang=en`);
      assert.doesNotMatch(after.body, /Gro Grue – Mayor/);
      assert.match(after.body, /Gro Grue – Partner/, 'the other role stays');
      const again = await operator.post(`${page}/participants/${s.grue.participantId}/contacts/remove`, {
        person_id: String(personId),
        role: 'mayor',
      });
      assert.equal(again.statusCode, 404);

      const advisorPerson = await buildPerson(db, { name: 'Vera Veileder' });
      const advisorId = await addAdvisor(db, s.programme.id, { personId: advisorPerson }, null);
      const advisor = await logIn(await buildUser(db, { role: 'advisor', personId: advisorPerson }));
      assert.equal((await advisor.get(`${page}/overview`)).statusCode, 200);
      const off = await operator.post(`${page}/advisors/remove`, { advisor_id: String(advisorId) });
      assert.equal(off.statusCode, 303);
      assert.equal((await listAdvisors(db, s.programme.id)).length, 0);
      assert.equal((await advisor.get(`${page}/overview`)).statusCode, 404, 'no longer on the team');
      const actions = await auditActions(t, s.programme.id);
      assert.ok(actions.includes('programme.contact.remove') && actions.includes('programme.advisor.remove'));
    });

    it('removes a participant and its follow-up only when the loss is ticked', async () => {
      const db = t.database.db;
      const base = `${page}/participants/${s.aure.participantId}`;
      await setStepStatus(
        db,
        { participantId: s.aure.participantId, stepId: s.steps.anchoring, status: 'done' },
        null,
      );
      const confirm = await operator.get(`${base}/remove?lang=en`);
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /Remove Aure [0-9a-f]+ from the programme\?/);
      assert.match(confirm.body, /The organisation stays in the network registry/);
      assert.equal((await operator.post(`${base}/remove`)).statusCode, 409);
      assert.equal((await operator.get(base)).statusCode, 200, 'still there');

      const removed = await operator.post(`${base}/remove`, { delete_follow_up: 'yes' });
      assert.equal(removed.statusCode, 303);
      assert.equal(removed.headers.location, `${page}#participants`);
      assert.equal((await operator.get(base)).statusCode, 404);
      const names = (await listParticipants(db, s.programme.id)).map((p) => p.id);
      assert.deepEqual(names, [s.grue.participantId]);
      const organisation = await db
        .selectFrom('organisations')
        .select('id')
        .where('id', '=', s.aure.organisationId)
        .executeTakeFirst();
      assert.ok(organisation, 'the organisation stays in the registry');
      assert.ok((await auditActions(t, s.programme.id)).includes('programme.participant.remove'));
    });

    it('answers 404 for unknown ids and for parts of another programme', async () => {
      const other = await buildFollowUpProgramme(t.database.db);
      const urls = [
        `${page}/phases/999999/edit`,
        `${page}/phases/999999/delete`,
        `${page}/steps/999999/edit`,
        `${page}/steps/abc/delete`,
        `${page}/participants/999999/remove`,
        `${page}/phases/${other.phases.phase1}/edit`,
        `${page}/steps/${other.steps.strategy}/delete`,
        `${page}/participants/${other.grue.participantId}/remove`,
        `/programmes/no-such-programme/phases/${s.phases.phase1}/edit`,
      ];
      for (const url of urls) assert.equal((await operator.get(url)).statusCode, 404, url);
      assert.equal((await operator.post(`${page}/phases/999999/delete`)).statusCode, 404);
      assert.equal((await operator.post(`${page}/participants/999999/remove`)).statusCode, 404);
      assert.equal(
        (
          await operator.post(`${page}/participants/${s.grue.participantId}/contacts/remove`, {
            person_id: '999999',
            role: 'mayor',
          })
        ).statusCode,
        404,
      );
      assert.equal(
        (await operator.post(`${page}/advisors/remove`, { advisor_id: '999999' })).statusCode,
        404,
      );
      assert.equal((await operator.post(`${page}/advisors/remove`, {})).statusCode, 404);
      assert.equal((await getProgrammeStructure(t.database.db, other.programme.id)).length, 2);
    });

    it('is for operators only, with a CSRF token, and shows members no edit links', async () => {
      const db = t.database.db;
      const stepUrl = `${page}/steps/${s.steps.projectLeader}/delete`;
      const member = await logIn(s.grue.member);
      const memberPage = await member.get(`${page}?lang=en`);
      assert.equal(memberPage.statusCode, 200);
      assert.doesNotMatch(memberPage.body, /\/delete"|\/edit"|\/remove"|advisors\/remove/);
      assert.equal((await member.get(stepUrl)).statusCode, 403);
      assert.equal((await member.post(stepUrl, { delete_follow_up: 'yes' })).statusCode, 403);
      const personId = await buildPerson(db, { name: 'Ada Advisor' });
      await addAdvisor(db, s.programme.id, { personId }, null);
      const advisor = await logIn(await buildUser(db, { role: 'advisor', personId }));
      assert.equal((await advisor.post(stepUrl, { delete_follow_up: 'yes' })).statusCode, 403);
      assert.equal((await new Client(t.app).get(stepUrl)).statusCode, 401);

      const forged = await operator.request({
        method: 'POST',
        url: stepUrl,
        payload: 'delete_follow_up=yes',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(forged.statusCode, 403, 'a post without the CSRF token is refused');
      const steps = (await getProgrammeStructure(db, s.programme.id)).flatMap((p) => p.steps);
      assert.ok(
        steps.some((step) => step.id === s.steps.projectLeader),
        'nothing was deleted',
      );
    });
  });
}
