import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildFollowUpProgramme, buildUser } from '../../../test/support/factories';
import { listAudit } from '../../platform/audit/audit';
import { listOutbox } from '../../platform/mail/outbox';
import { followUpPersonalData } from './follow-up-personal-data';

type Setup = Awaited<ReturnType<typeof buildFollowUpProgramme>>;

for (const dialect of testDialects()) {
  describe(`participant follow-up [${dialect}]`, () => {
    let t: TestApp;
    let s: Setup;
    let operator: Client;
    let grue: Client;
    let aure: Client;
    let grueBase: string;

    const logIn = async (who: { email: string; password: string }) => {
      const client = new Client(t.app);
      await client.get('/login?lang=en');
      await client.logIn(who.email, who.password);
      return client;
    };

    before(async () => {
      t = await createTestApp(dialect);
      s = await buildFollowUpProgramme(t.database.db);
      operator = await logIn(await buildUser(t.database.db, { role: 'operator', name: 'Ola Operatør' }));
      grue = await logIn(s.grue.member);
      aure = await logIn(s.aure.member);
      grueBase = `/programmes/${s.programme.slug}/participants/${s.grue.participantId}`;
    });
    after(() => t.close());

    it('shows a step marked done with feedback by an operator to that participant, and mails the contact', async () => {
      const step = `${grueBase}/steps/${s.steps.projectLeader}`;
      const status = await operator.post(`${step}/status`, {
        status: 'done',
        note: 'Prosjektleder tilsatt i 50 % stilling.',
        noteDate: '2014-05-20',
      });
      assert.equal(status.statusCode, 303);
      const feedback = await operator.post(`${step}/feedback`, {
        body: 'Bra! Husk å forankre hos rådmannen.',
      });
      assert.equal(feedback.statusCode, 303);

      const page = await grue.get(grueBase);
      assert.equal(page.statusCode, 200);
      const card = page.body.slice(page.body.indexOf(`id="step-${s.steps.projectLeader}"`));
      assert.match(card, /Done/);
      assert.match(card, /Prosjektleder tilsatt i 50 % stilling\./);
      assert.match(card, /Bra! Husk å forankre hos rådmannen\./);
      assert.match(page.body, /Feedback from the centre/);
      // What to do next: the first step not done, and the feedback waiting for an answer.
      assert.match(page.body, /Next step: Anchoring in the region/);
      assert.match(page.body, /waits for your answer/);

      const mails = await listOutbox(t.database.db);
      const mail = mails.find((m) => m.recipient === s.grue.contactEmail);
      assert.ok(mail, 'the contact person gets the feedback by e-mail');
      assert.match(mail.body, /Husk å forankre/);
      assert.ok(!mails.some((m) => m.recipient === s.aure.contactEmail));

      const actions = (
        await listAudit(t.database.db, {
          subjectType: 'participant',
          subjectId: String(s.grue.participantId),
        })
      ).map((a) => a.action);
      assert.ok(actions.includes('programme.step.status'));
      assert.ok(actions.includes('programme.feedback.give'));
    });

    it('shows the participant’s answer to staff', async () => {
      const step = `${grueBase}/steps/${s.steps.projectLeader}`;
      const form = await grue.get(step);
      const replyToId = /name="replyToId" value="(\d+)"/.exec(form.body)?.[1];
      assert.ok(replyToId, 'the answer form names the feedback it answers');
      const answer = await grue.post(`${step}/feedback`, {
        body: 'Takk, vi tar det opp i regionrådet.',
        replyToId,
      });
      assert.equal(answer.statusCode, 303);

      const staffView = await operator.get(grueBase);
      assert.match(staffView.body, /Answer from Grue/);
      assert.match(staffView.body, /Takk, vi tar det opp i regionrådet\./);
      const memberView = await grue.get(grueBase);
      assert.match(memberView.body, /No feedback is waiting for your answer/);
    });

    it('lets the participant keep notes but not change the status', async () => {
      const step = `${grueBase}/steps/${s.steps.anchoring}`;
      const note = await grue.post(`${step}/notes`, {
        note: 'Møte med regionrådet 3. juni.',
        noteDate: '2014-06-03',
      });
      assert.equal(note.statusCode, 303);
      assert.match((await operator.get(step)).body, /Møte med regionrådet 3\. juni\./);
      const status = await grue.post(`${step}/status`, { status: 'done' });
      assert.equal(status.statusCode, 403);
      assert.match((await grue.get(grueBase)).body, /Next step: Anchoring in the region/);
    });

    it('answers 404 to a member of another organisation and to unknown ids', async () => {
      const step = `${grueBase}/steps/${s.steps.projectLeader}`;
      assert.equal((await aure.get(grueBase)).statusCode, 404);
      assert.equal((await aure.get(step)).statusCode, 404);
      assert.equal((await aure.get(`${grueBase}/plan/new`)).statusCode, 404);
      assert.equal((await aure.post(`${step}/notes`, { note: 'Ikke vår' })).statusCode, 404);
      assert.equal((await aure.post(`${grueBase}/plan`, { title: 'Ikke vår' })).statusCode, 404);
      assert.equal(
        (await aure.get(`/programmes/${s.programme.slug}/participants/${s.aure.participantId}`)).statusCode,
        200,
      );

      assert.equal((await operator.get(`${grueBase}/steps/999999`)).statusCode, 404);
      assert.equal(
        (await operator.get(`/programmes/${s.programme.slug}/participants/999999`)).statusCode,
        404,
      );
      assert.equal((await operator.get(`/programmes/${s.programme.slug}/participants/abc`)).statusCode, 404);
      assert.equal(
        (await operator.get(`/programmes/no-such-programme/participants/${s.grue.participantId}`)).statusCode,
        404,
      );
      assert.equal(
        (await grue.post(`${step}/feedback`, { body: 'Svar', replyToId: '999999' })).statusCode,
        404,
      );
    });

    it('refuses an invalid status with a translated error, changing nothing', async () => {
      const db = t.database.db;
      const step = `${grueBase}/steps/${s.steps.strategy}`;
      const notesBefore = await db.selectFrom('step_notes').select('id').execute();
      const response = await operator.post(`${step}/status`, {
        status: 'finished',
        note: 'Skal ikke lagres',
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Choose one of the options\./);
      assert.match(response.body, /Skal ikke lagres/, 'what was typed is kept');
      const progress = await db
        .selectFrom('step_progress')
        .selectAll()
        .where('participant_id', '=', s.grue.participantId)
        .where('step_id', '=', s.steps.strategy)
        .executeTakeFirst();
      assert.equal(progress, undefined);
      assert.equal((await db.selectFrom('step_notes').select('id').execute()).length, notesBefore.length);

      await operator.get(`${step}?lang=nb`);
      const badDate = await operator.post(`${step}/status`, {
        status: 'in_progress',
        noteDate: '2014-13-40',
      });
      assert.equal(badDate.statusCode, 400);
      assert.match(badDate.body, /Skriv en dato som 2026-05-20\./);
      await operator.get(`${step}?lang=en`);
      const empty = await operator.post(`${step}/feedback`, { body: '   ' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Fill in this field\./);
    });

    it('keeps a process plan the participant edits, with its validation', async () => {
      const created = await grue.post(`${grueBase}/plan`, {
        title: 'Innbyggermøte om sentrumsutvikling',
        startsOn: '2021-03-01',
        endsOn: '2021-03-15',
        responsible: 'Prosjektleder',
        stakeholderGroups: ['business', 'residents'],
        planningLink: 'Kommuneplanens samfunnsdel',
      });
      assert.equal(created.statusCode, 303);
      const page = await operator.get(grueBase);
      assert.match(page.body, /Innbyggermøte om sentrumsutvikling/);
      assert.match(page.body, /Business, Residents/);
      assert.match(page.body, /Kommuneplanens samfunnsdel/);
      const activityId = new RegExp(`${grueBase}/plan/(\\d+)`).exec(page.body)?.[1];
      assert.ok(activityId);

      const wrongOrder = await grue.post(`${grueBase}/plan/${activityId}`, {
        title: 'Innbyggermøte',
        startsOn: '2021-03-15',
        endsOn: '2021-03-01',
      });
      assert.equal(wrongOrder.statusCode, 400);
      assert.match(wrongOrder.body, /The end must not be before the start\./);

      const edited = await grue.post(`${grueBase}/plan/${activityId}`, {
        title: 'Innbyggermøte i Kirkenær',
        startsOn: '2021-03-01',
        stakeholderGroups: 'voluntary',
      });
      assert.equal(edited.statusCode, 303);
      const after = await grue.get(grueBase);
      assert.match(after.body, /Innbyggermøte i Kirkenær/);
      assert.match(after.body, /Voluntary organisations/);
      assert.doesNotMatch(after.body, /Kommuneplanens samfunnsdel/);

      assert.equal((await aure.post(`${grueBase}/plan/${activityId}/delete`)).statusCode, 404);
      assert.equal((await grue.post(`${grueBase}/plan/${activityId}/delete`)).statusCode, 303);
      assert.doesNotMatch((await grue.get(grueBase)).body, /Innbyggermøte i Kirkenær/);
    });

    it('records the outcome by staff and shows it to the participant', async () => {
      const invalid = await operator.post(`${grueBase}/outcome`, { result: 'maybe', reasons: '' });
      assert.equal(invalid.statusCode, 400);
      assert.match(invalid.body, /Choose one of the options\./);
      assert.match(invalid.body, /Fill in this field\./);

      const saved = await operator.post(`${grueBase}/outcome`, {
        result: 'partly',
        reasons: 'Ordfører og kommunedirektør tok eierskap, men prosjektlederen sluttet.',
      });
      assert.equal(saved.statusCode, 303);
      const page = await grue.get(grueBase);
      assert.match(page.body, /Desired result partly reached/);
      assert.match(page.body, /prosjektlederen sluttet/);
      assert.equal(
        (await grue.post(`${grueBase}/outcome`, { result: 'reached', reasons: 'Vi' })).statusCode,
        403,
      );
      assert.match((await operator.get(`${grueBase}/outcome`)).body, /prosjektlederen sluttet/);
    });
    it('includes what a person wrote in their data export, and unlinks it on erasure', async () => {
      const db = t.database.db;
      const writer = await buildUser(db, { role: 'operator' });
      const client = await logIn(writer);
      const step = `${grueBase}/steps/${s.steps.anchoring}`;
      assert.equal(
        (await client.post(`${step}/feedback`, { body: 'Tilbakemelding til eksport' })).statusCode,
        303,
      );
      const exported = await client.get('/account/export');
      assert.equal(exported.statusCode, 200);
      const doc = exported.json() as { programmeFollowUp?: { feedback: { body: string }[] } };
      assert.deepEqual(
        doc.programmeFollowUp?.feedback.map((f) => f.body),
        ['Tilbakemelding til eksport'],
      );

      await followUpPersonalData.erase(db, { userId: writer.id, personId: null });
      const row = await db
        .selectFrom('step_feedback')
        .selectAll()
        .where('body', '=', 'Tilbakemelding til eksport')
        .executeTakeFirstOrThrow();
      assert.equal(row.author_user_id, null, 'no longer tied to the person');
      assert.match((await grue.get(grueBase)).body, /Tilbakemelding til eksport/, 'the record stays');
    });
  });
}
