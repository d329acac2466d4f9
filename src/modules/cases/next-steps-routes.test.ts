import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import {
  buildAgendaItem,
  buildEvent,
  buildProgramme,
  buildProgrammeMember,
  buildUser,
} from '../../../test/support/factories';
import type { Executor } from '../../platform/db/database';
import { formatDateTime } from '../../platform/i18n/index';
import { chooseSession, register } from '../gatherings/index';

const day = 24 * 3600 * 1000;
const inDays = (n: number) => new Date(Date.now() + n * day).toISOString();

async function insertCase(db: Executor, programmeId: number, participantId: number) {
  const now = new Date().toISOString();
  await db
    .insertInto('cases')
    .values({
      programme_id: programmeId,
      participant_id: participantId,
      title: 'Sentrumsutvikling',
      goal: '',
      challenges: '',
      region_role: '',
      stakeholders: '',
      question: '',
      themes: '[]',
      created_at: now,
      updated_at: now,
    })
    .execute();
}

async function insertHomework(db: Executor, eventId: number, title: string, dueAt: string) {
  const now = new Date().toISOString();
  await db
    .insertInto('homework')
    .values({
      event_id: eventId,
      title: JSON.stringify({ nb: title, sv: title, en: title }),
      instructions: '{}',
      due_at: dueAt,
      reminder_sent_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

for (const dialect of testDialects()) {
  describe(`my next steps [${dialect}]`, () => {
    let t: TestApp;
    let member: Client;
    let body: string;
    const session = { startsAt: '' };

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const operator = await buildUser(db, { role: 'operator' });
      const programme = await buildProgramme(db, { visibility: 'members' });
      const pia = await buildProgrammeMember(db, programme.id);
      await insertCase(db, programme.id, pia.participantId);
      const me = { userId: pia.user.id, personId: pia.personId, name: 'Pia', email: pia.user.email };

      // A full workshop: Pia is second in line.
      const full = await buildEvent(db, programme.id, {
        title: 'WS3 Full',
        capacity: 1,
        startsAt: inDays(30),
      });
      await register(db, { eventId: full.id, name: 'Ola', email: 'ola@example.no', confirmed: true });
      await register(db, { eventId: full.id, ...me, confirmed: true });
      // A conference with a session she chose, sessions to be chosen within 20 days.
      const conference = await buildEvent(db, programme.id, {
        kind: 'conference',
        title: 'Årskonferansen',
        startsAt: inDays(40),
        timeZone: 'Europe/Stockholm',
        sessionsCloseAt: inDays(20),
      });
      const item = await buildAgendaItem(db, conference, {
        title: 'Lärpass Smart specialisering',
        offsetMinutes: 90,
      });
      session.startsAt = item.startsAt;
      const reg = await register(db, { eventId: conference.id, ...me, confirmed: true });
      await chooseSession(db, reg.registrationId, item.id);
      // Homework for the conference, due yesterday and not handed in.
      await insertHomework(db, conference.id, 'Forarbeid til WS2', inDays(-1));
      // Open for registration, not registered.
      await buildEvent(db, programme.id, {
        title: 'Nettverkssamling Stjørdal',
        startsAt: inDays(50),
        registrationClosesAt: inDays(10),
      });
      // Under way, with registration open until an hour before it ends: the same rule as the
      // event page and the registration form, so it is a step too.
      await buildEvent(db, programme.id, {
        title: 'Langsamling pågår',
        startsAt: new Date(Date.now() - 2 * 3600 * 1000).toISOString(),
        endsAt: new Date(Date.now() + 6 * 3600 * 1000).toISOString(),
        registrationClosesAt: new Date(Date.now() + 5 * 3600 * 1000).toISOString(),
      });
      // Started five days ago, confirmed: the retrospective waits. Another was answered already.
      const past = await buildEvent(db, programme.id, { title: 'WS1 Backspegel', startsAt: inDays(-5) });
      await register(db, { eventId: past.id, ...me, confirmed: true, registeredBy: operator.id });
      const answered = await buildEvent(db, programme.id, { title: 'WS0 Answered', startsAt: inDays(-6) });
      await register(db, { eventId: answered.id, ...me, confirmed: true, registeredBy: operator.id });
      await db
        .insertInto('retrospectives')
        .values({
          event_id: answered.id,
          user_id: pia.user.id,
          take_with: 'Mye',
          hear_more: 'Mer',
          created_at: new Date().toISOString(),
        })
        .execute();
      // Another programme's event is none of her business.
      const other = await buildProgramme(db, { visibility: 'members' });
      await buildEvent(db, other.id, { title: 'Someone else’s gathering' });

      member = new Client(t.app);
      await member.logIn(pia.user.email, pia.user.password);
      const page = await member.get('/me/next?lang=en');
      assert.equal(page.statusCode, 200);
      body = page.body;
    });
    after(() => t.close());

    it('shows registered events with the waitlist position, and chosen sessions in the event’s zone', () => {
      assert.match(body, /<h1[^>]*>My next steps<\/h1>/);
      assert.match(body, /WS3 Full/);
      assert.match(body, /On the waitlist, number 1/);
      assert.match(body, /Årskonferansen/);
      assert.match(body, /Lärpass Smart specialisering \(Årskonferansen\)/);
      assert.ok(body.includes(formatDateTime(session.startsAt, 'en', 'Europe/Stockholm')));
      assert.match(body, /Choose your sessions at Årskonferansen/);
      assert.match(body, /1 chosen so far/);
    });

    it('shows the registration deadline of an open event, overdue homework and the unanswered retrospective', () => {
      assert.match(body, /Register for Nettverkssamling Stjørdal/);
      assert.match(body, /href="\/events\/\d+\/register"/);
      assert.match(body, /href="\/events\/\d+\/sessions"/);
      assert.match(body, /Hand in “Forarbeid til WS2”/);
      assert.match(body, /Overdue/);
      assert.match(body, /href="\/homework\/\d+"/);
      assert.match(body, /Answer the retrospective of WS1 Backspegel/);
      assert.doesNotMatch(body, /WS0 Answered/);
      assert.doesNotMatch(body, /Someone else’s gathering/);
    });

    it('offers registration for an event under way while its registration is open', () => {
      assert.match(body, /Register for Langsamling pågår/);
    });

    it('lists the steps by date', () => {
      const order = [
        'WS1 Backspegel',
        'Forarbeid til WS2',
        'Register for',
        'Choose your sessions',
        'WS3 Full',
      ];
      const positions = order.map((text) => body.indexOf(text));
      assert.deepEqual(
        [...positions].sort((a, b) => a - b),
        positions,
        JSON.stringify(positions),
      );
    });

    it('is linked from the menu and from my page, and needs a login', async () => {
      assert.match(body, /href="\/me\/next"/);
      assert.match((await member.get('/me?lang=en')).body, /href="\/me\/next"/);
      const anonymous = await new Client(t.app).get('/me/next');
      assert.notEqual(anonymous.statusCode, 200);
    });
  });
}
