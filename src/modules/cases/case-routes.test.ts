import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildEvent, buildProgramme, buildProgrammeMember, buildUser } from '../../../test/support/factories';
import { listAudit } from '../../platform/audit/audit';
import { addCaseLogEntry, caseAccess, createCase, listProgrammeCases } from './index';

for (const dialect of testDialects()) {
  describe(`cases and the case log [${dialect}]`, () => {
    let t: TestApp;
    let programme: { id: number; slug: string };
    let grue: Awaited<ReturnType<typeof buildProgrammeMember>>;
    let aure: Awaited<ReturnType<typeof buildProgrammeMember>>;
    let event: { id: number; title: string };
    const clients = {} as Record<'grue' | 'aure' | 'operator' | 'outsider', Client>;

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      programme = await buildProgramme(db, { visibility: 'members' });
      grue = await buildProgrammeMember(db, programme.id, 'Grue kommune');
      aure = await buildProgrammeMember(db, programme.id, 'Aure kommune');
      event = await buildEvent(db, programme.id, { kind: 'workshop', title: 'WS1 Hamar' });
      const operator = await buildUser(db, { role: 'operator' });
      const outsider = await buildUser(db, { role: 'participant' });
      const logins = { grue: grue.user, aure: aure.user, operator, outsider };
      for (const [name, user] of Object.entries(logins)) {
        const client = new Client(t.app);
        await client.logIn(user.email, user.password);
        await client.get('/programmes?lang=en');
        clients[name as keyof typeof clients] = client;
      }
    });
    after(() => t.close());

    it('lets a member create their own case, then edit it', async () => {
      const form = await clients.grue.get(`/programmes/${programme.slug}/cases/new`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /Grue kommune/);
      assert.doesNotMatch(form.body, /Aure kommune/, 'a member writes only for their own participant');

      const created = await clients.grue.post(`/programmes/${programme.slug}/cases`, {
        participantId: String(grue.participantId),
        title: 'Sentrumsutvikling i Grue',
        goal: 'Et levende sentrum',
        question: 'Hvordan få med næringslivet?',
        themes: 'sentrum, næringsliv , sentrum',
      });
      assert.equal(created.statusCode, 303);
      const page = await clients.grue.get(created.headers.location as string);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1[^>]*>Sentrumsutvikling i Grue<\/h1>/);
      assert.match(page.body, /Case of Grue kommune/);
      assert.match(page.body, /Hvordan få med næringslivet\?/);
      assert.equal((page.body.match(/>sentrum</g) ?? []).length, 1, 'a theme repeated is kept once');
      assert.match(page.body, />næringsliv</);

      const caseId = Number(/\/cases\/(\d+)/.exec(created.headers.location as string)![1]);
      const edited = await clients.grue.post(`/cases/${caseId}`, {
        title: 'Et levende sentrum i Grue',
        challenges: 'Tomme lokaler',
        themes: 'sentrum',
      });
      assert.equal(edited.statusCode, 303);
      const again = await clients.grue.get(`/cases/${caseId}`);
      assert.match(again.body, /Et levende sentrum i Grue/);
      assert.match(again.body, /Tomme lokaler/);
      const log = await listAudit(t.database.db, { subjectType: 'case', subjectId: String(caseId) });
      assert.deepEqual(
        log.map((l) => l.action),
        ['case.update', 'case.create'],
      );
    });

    it('refuses a case without a title, keeping what was typed', async () => {
      const response = await clients.operator.post(`/programmes/${programme.slug}/cases`, {
        participantId: String(aure.participantId),
        title: ' ',
        goal: 'Et mål som ikke skal gå tapt',
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Fill in this field\./);
      assert.match(response.body, /Et mål som ikke skal gå tapt/);
    });

    it('gives each participant one case', async () => {
      const response = await clients.operator.post(`/programmes/${programme.slug}/cases`, {
        participantId: String(grue.participantId),
        title: 'Et annet case',
      });
      assert.equal(response.statusCode, 400, 'the participant is no longer among the choices');
      await assert.rejects(
        createCase(
          t.database.db,
          { programmeId: programme.id, participantId: grue.participantId, title: 'x' },
          null,
        ),
        /duplicate/,
      );
    });

    it('keeps the case log newest first, tied to an event of the programme', async () => {
      const [kase] = (await listProgrammeCases(t.database.db, programme.id)).filter(
        (c) => c.participantId === grue.participantId,
      );
      assert.ok(kase);
      const first = await clients.grue.post(`/cases/${kase.id}/log`, {
        eventId: String(event.id),
        body: 'Presenterte caset på WS1',
      });
      assert.equal(first.statusCode, 303);
      await clients.operator.post(`/cases/${kase.id}/log`, {
        eventId: '',
        body: 'Oppfølgingsmøte etter WS1',
      });
      const page = await clients.grue.get(`/cases/${kase.id}`);
      const newer = page.body.indexOf('Oppfølgingsmøte etter WS1');
      const older = page.body.indexOf('Presenterte caset på WS1');
      assert.ok(newer > 0 && older > newer, 'the newest entry comes first');
      assert.match(page.body, /WS1 Hamar<\/p>|· WS1 Hamar/);
      assert.match(page.body, /Written by Pia Prosjektleder/);

      const otherProgramme = await buildProgramme(t.database.db);
      const foreign = await buildEvent(t.database.db, otherProgramme.id);
      const refused = await clients.grue.post(`/cases/${kase.id}/log`, {
        eventId: String(foreign.id),
        body: 'Feil samling',
      });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /Choose one of the options\./);
      await assert.rejects(
        addCaseLogEntry(t.database.db, { caseId: kase.id, eventId: foreign.id, body: 'x' }, null),
        /event/,
      );
    });

    it('answers 404 to a member of another participant and to outsiders', async () => {
      const [kase] = (await listProgrammeCases(t.database.db, programme.id)).filter(
        (c) => c.participantId === grue.participantId,
      );
      for (const who of ['aure', 'outsider'] as const) {
        assert.equal((await clients[who].get(`/cases/${kase!.id}`)).statusCode, 404, who);
        assert.equal((await clients[who].get(`/cases/${kase!.id}/edit`)).statusCode, 404, who);
        const post = await clients[who].post(`/cases/${kase!.id}/log`, { body: 'Innbrudd' });
        assert.equal(post.statusCode, 404, who);
      }
      assert.equal((await clients.outsider.get(`/programmes/${programme.slug}/cases`)).statusCode, 404);
      const list = await clients.aure.get(`/programmes/${programme.slug}/cases`);
      assert.equal(list.statusCode, 200);
      assert.doesNotMatch(list.body, /Et levende sentrum i Grue/, 'another participant’s case is not listed');
      const operatorList = await clients.operator.get(`/programmes/${programme.slug}/cases`);
      assert.match(operatorList.body, /Et levende sentrum i Grue/);
    });

    it('lets a coaching-group peer view the case but not edit it', async () => {
      const db = t.database.db;
      const grueCase = (await listProgrammeCases(db, programme.id)).find(
        (c) => c.participantId === grue.participantId,
      )!;
      const aureCaseId = await createCase(
        db,
        { programmeId: programme.id, participantId: aure.participantId, title: 'Aure' },
        null,
      );
      const group = await db
        .insertInto('coaching_groups')
        .values({ event_id: event.id, number: 1, created_at: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('coaching_group_members')
        .values([
          { group_id: group.id, case_id: grueCase.id, event_id: event.id },
          { group_id: group.id, case_id: aureCaseId, event_id: event.id },
        ])
        .execute();
      const page = await clients.aure.get(`/cases/${grueCase.id}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Et levende sentrum i Grue/);
      assert.doesNotMatch(page.body, /Edit the case/);
      assert.equal((await clients.aure.get(`/cases/${grueCase.id}/edit`)).statusCode, 403);
      const row = await db
        .selectFrom('cases')
        .selectAll()
        .where('id', '=', grueCase.id)
        .executeTakeFirstOrThrow();
      const access = await caseAccess(db, null, row);
      assert.equal(access.canView, false, 'nobody logged out sees a case');
    });
  });
}
