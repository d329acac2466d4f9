import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildFollowUpProgramme, buildPerson, buildUser } from '../../../test/support/factories';
import { listPeople } from '../network/index';
import { addContactPerson } from './candidate-service';
import { giveFeedback } from './follow-up-service';
import { removeAdvisor, removeContact, renamePhase } from './manage-service';
import { ProgrammeError } from './model';
import { decideNomination, nominateToReferenceGroup } from './nomination-service';
import { getProgrammeStructure } from './reads';
import { addStep, movePhase } from './service';
import { addAdvisor, addContact } from './team-service';

type Setup = Awaited<ReturnType<typeof buildFollowUpProgramme>>;

const TOO_BIG = '99999999999'; // beyond PostgreSQL's integer: it names no row and must not reach SQL

async function rejectsNotFound(work: Promise<unknown>) {
  await assert.rejects(work, (e: unknown) => e instanceof ProgrammeError && e.code === 'notFound');
}

for (const dialect of testDialects()) {
  describe(`ids in URLs and forms, and parts of other programmes [${dialect}]`, () => {
    let t: TestApp;
    let a: Setup;
    let b: Setup;
    let operator: Client;
    let grue: Client;

    before(async () => {
      t = await createTestApp(dialect);
      a = await buildFollowUpProgramme(t.database.db);
      b = await buildFollowUpProgramme(t.database.db);
      const login = await buildUser(t.database.db, { role: 'operator' });
      operator = new Client(t.app);
      await operator.logIn(login.email, login.password);
      grue = new Client(t.app);
      await grue.logIn(a.grue.member.email, a.grue.member.password);
    });
    after(() => t.close());

    it('answers 404 for an id too large for the database, not 500', async () => {
      const programme = `/programmes/${a.programme.slug}`;
      const base = `${programme}/participants/${a.grue.participantId}`;
      for (const url of [
        `${programme}/participants/5/plan/${TOO_BIG}`,
        `${base}/plan/${TOO_BIG}`,
        `${base}/steps/${TOO_BIG}`,
        `${programme}/participants/${TOO_BIG}`,
        `${programme}/participants/${TOO_BIG}/remove`,
        `${programme}/phases/${TOO_BIG}/edit`,
        `/api/v1/programmes/${TOO_BIG}/participants`,
      ]) {
        assert.equal((await operator.get(url)).statusCode, 404, url);
      }
      const move = await operator.post(`${programme}/phases/${TOO_BIG}/move`, { direction: 'up' });
      assert.equal(move.statusCode, 404);
      const decide = await operator.post(`${programme}/nominations/${TOO_BIG}/decision`, {
        decision: 'accepted',
      });
      assert.equal(decide.statusCode, 404);
      const step = await grue.get(`${base}/steps/${a.steps.projectLeader}?reply=${TOO_BIG}`);
      assert.equal(step.statusCode, 200);
    });

    it('refuses an answer to a feedback id too large for the database with 400, not 500', async () => {
      const step = `/programmes/${a.programme.slug}/participants/${a.grue.participantId}/steps/${a.steps.projectLeader}`;
      await giveFeedback(
        t.database.db,
        { participantId: a.grue.participantId, stepId: a.steps.projectLeader, body: 'Bra', fromCentre: true },
        null,
        { sendMail: false },
      );
      const answer = await grue.post(`${step}/feedback?lang=en`, { body: 'Takk', replyToId: TOO_BIG });
      assert.equal(answer.statusCode, 400);
      assert.match(answer.body, /Enter a whole number\./);
      assert.doesNotMatch((await grue.get(step)).body, /Takk/);
    });

    it('refuses in the service a phase, participant or nomination of another programme', async () => {
      const db = t.database.db;
      const text = { title: { en: 'Smuggled' } };
      await rejectsNotFound(addStep(db, a.programme.id, b.phases.phase1, text, null));
      await rejectsNotFound(movePhase(db, a.programme.id, b.phases.phase1, 'down', null));
      await rejectsNotFound(renamePhase(db, a.programme.id, b.phases.phase1, text, null));
      const person = { name: 'Smugglet Kontakt', email: 'smugglet@example.no' };
      await rejectsNotFound(
        addContactPerson(db, a.programme.id, b.grue.participantId, person, 'mayor', null),
      );
      assert.equal((await listPeople(db, { q: 'smugglet' })).length, 0, 'nobody was added');
      const personId = await buildPerson(db, { name: 'Rune Referanse' });
      const nomination = await nominateToReferenceGroup(db, { programmeId: b.programme.id, personId }, null);
      await rejectsNotFound(decideNomination(db, a.programme.id, nomination, 'accepted', null));
      const advisor = await addAdvisor(db, b.programme.id, { personId }, null);
      await rejectsNotFound(removeAdvisor(db, a.programme.id, advisor, null));
      await addContact(db, b.grue.participantId, personId, 'partner', null);
      await rejectsNotFound(
        removeContact(db, a.programme.id, b.grue.participantId, personId, 'partner', null),
      );
      const bSteps = (await getProgrammeStructure(db, b.programme.id)).flatMap((p) => p.steps);
      assert.ok(!bSteps.some((s) => s.title.en === 'Smuggled'));
    });

    it('answers the operator’s forms that name another programme’s part with 400 or 404', async () => {
      const programme = `/programmes/${a.programme.slug}`;
      const step = await operator.post(`${programme}/steps?lang=en`, {
        step_phase_id: String(b.phases.phase1),
        step_title_en: 'Smuggled step',
      });
      assert.equal(step.statusCode, 400);
      assert.match(step.body, /Choose one of the options\./);
      const contact = await operator.post(`${programme}/contacts?lang=en`, {
        contact_participant_id: String(b.grue.participantId),
        contact_name: 'Smugglet Kontakt',
        contact_role: 'mayor',
      });
      assert.equal(contact.statusCode, 400);
      assert.match(contact.body, /Choose one of the options\./);
      const move = await operator.post(`${programme}/phases/${b.phases.phase1}/move`, { direction: 'down' });
      assert.equal(move.statusCode, 404);
    });
  });
}
