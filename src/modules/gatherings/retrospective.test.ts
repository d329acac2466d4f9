import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import {
  buildEvent,
  buildPerson,
  buildProgramme,
  buildProgrammeMember,
  buildUser,
  insertRegistration,
} from '../../../test/support/factories';
import { addAdvisor } from '../programmes/index';
import { renewFeed } from './calendar-service';
import { retrospectivesAnsweredBy, saveRetrospective } from './index';
import { retrospectivePersonalData } from './retrospective-service';

const DAY = 24 * 3600 * 1000;

for (const dialect of testDialects()) {
  describe(`Backspegel: retrospectives after an event [${dialect}]`, () => {
    let t: TestApp;
    let ws1: number;
    let ws2: number;
    let seriesId: number;
    let participant: { id: number; email: string; password: string };
    let member: Client;
    let outsider: Client;
    let advisor: Client;
    let operator: Client;

    const logIn = async (who: { email: string; password: string }) => {
      const client = new Client(t.app);
      await client.get('/login?lang=en');
      await client.logIn(who.email, who.password);
      return client;
    };

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const programme = await buildProgramme(db);
      const series = await db
        .insertInto('event_series')
        .values({
          programme_id: programme.id,
          title: JSON.stringify({ nb: 'Læringsprosjekt', en: 'Learning project' }),
          created_at: new Date().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      seriesId = series.id;
      const past = new Date(Date.now() - 2 * DAY).toISOString();
      ws1 = (
        await buildEvent(db, programme.id, {
          title: 'WS1 Oppstart',
          startsAt: past,
          seriesId,
          seriesNumber: 1,
        })
      ).id;
      ws2 = (await buildEvent(db, programme.id, { title: 'WS2 Casen', seriesId, seriesNumber: 2 })).id;
      const m = await buildProgrammeMember(db, programme.id);
      participant = m.user;
      await insertRegistration(db, ws1, { userId: participant.id, email: participant.email });
      await insertRegistration(db, ws2, { userId: participant.id, email: participant.email });
      member = await logIn(participant);
      outsider = await logIn((await buildProgrammeMember(db, programme.id)).user);
      const advisorPerson = await buildPerson(db, { name: 'Are Rådgiver' });
      await addAdvisor(db, programme.id, { personId: advisorPerson }, null);
      advisor = await logIn(await buildUser(db, { role: 'advisor', personId: advisorPerson }));
      operator = await logIn(await buildUser(db, { role: 'operator' }));
    });
    after(() => t.close());

    it('lets a confirmed participant answer once the event has started, and edit the answer', async () => {
      const form = await member.get(`/events/${ws1}/retrospective?lang=en`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /<h1[^>]*>Looking back: WS1 Oppstart<\/h1>/);
      assert.match(form.body, /<label class="ds-label" for="f-take_with">This I take with me/);

      const empty = await member.post(`/events/${ws1}/retrospective?lang=en`, {
        take_with: ' ',
        hear_more: '',
      });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Answer at least one of the questions\./);

      const saved = await member.post(`/events/${ws1}/retrospective`, {
        take_with: 'Casemetodikken',
        hear_more: 'Smart spesialisering',
      });
      assert.equal(saved.statusCode, 303);
      const again = await member.get(`${saved.headers.location}&lang=en`);
      assert.match(again.body, /Your answers were saved/);
      assert.match(again.body, />Casemetodikken<\/textarea>/);

      await member.post(`/events/${ws1}/retrospective`, {
        take_with: 'Casemetodikken og nettverket',
        hear_more: '',
      });
      const rows = await t.database.db
        .selectFrom('retrospectives')
        .selectAll()
        .where('event_id', '=', ws1)
        .execute();
      assert.equal(rows.length, 1, 'one answer per person and event');
      assert.equal(rows[0]!.take_with, 'Casemetodikken og nettverket');
      assert.deepEqual(
        [...(await retrospectivesAnsweredBy(t.database.db, participant.id, [ws1, ws2]))],
        [ws1],
      );
    });

    it('turns away those without a place, and answers before the event starts', async () => {
      const page = await outsider.get(`/events/${ws1}/retrospective?lang=en`);
      assert.match(page.body, /Only people with a confirmed place at the event can answer\./);
      assert.doesNotMatch(page.body, /f-take_with/);
      assert.equal((await outsider.post(`/events/${ws1}/retrospective`, { take_with: 'x' })).statusCode, 409);
      const early = await member.get(`/events/${ws2}/retrospective?lang=en`);
      assert.match(early.body, /once it has started/);
      assert.equal((await member.post(`/events/${ws2}/retrospective`, { take_with: 'x' })).statusCode, 409);
      assert.equal((await new Client(t.app).get(`/events/${ws1}/retrospective`)).statusCode, 401);
    });

    it('shows staff the answers per event and across the series, without names; managers export them', async () => {
      await saveRetrospective(t.database.db, {
        eventId: ws1,
        userId: (await buildUser(t.database.db)).id,
        takeWith: 'Gode eksempler',
        hearMore: '=cmd|x',
      });
      const page = await advisor.get(`/events/${ws1}/retrospectives?lang=en`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Casemetodikken og nettverket/);
      assert.match(page.body, /Gode eksempler/);
      assert.match(page.body, /2 answers/);
      assert.doesNotMatch(page.body, /Pia Prosjektleder/, 'no names');
      assert.doesNotMatch(page.body, /retrospectives\.csv/);
      assert.equal((await advisor.get(`/events/${ws1}/retrospectives.csv`)).statusCode, 403);

      const series = await advisor.get(`/series/${seriesId}/retrospectives?lang=en`);
      assert.equal(series.statusCode, 200);
      assert.match(series.body, /Looking back across the series: Learning project/);
      assert.match(
        series.body,
        /1\. WS1 Oppstart[\s\S]*Casemetodikken[\s\S]*2\. WS2 Casen[\s\S]*No answers yet\./,
      );

      const csv = await operator.get(`/series/${seriesId}/retrospectives.csv?lang=en`);
      assert.equal(csv.statusCode, 200);
      const lines = csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      assert.equal(lines[0], 'Event;Date;This I take with me;I want to hear more about');
      assert.equal(lines.length, 3);
      assert.match(csv.body, /Gode eksempler;'=cmd\|x/);
      assert.equal((await operator.get(`/events/${ws1}/retrospectives.csv`)).statusCode, 200);
    });

    it('keeps participants and visitors away from the answers', async () => {
      for (const url of [
        `/events/${ws1}/retrospectives`,
        `/series/${seriesId}/retrospectives`,
        `/series/${seriesId}/retrospectives.csv`,
      ]) {
        assert.equal((await member.get(url)).statusCode, 403, url);
        const anonymous = await new Client(t.app).get(url);
        assert.equal(anonymous.statusCode, 401, url);
        assert.doesNotMatch(anonymous.body, /Casemetodikken/);
      }
      assert.equal((await operator.get('/series/999999/retrospectives')).statusCode, 404);
    });

    it('exports and erases a person’s retrospectives and calendar feed', async () => {
      const db = t.database.db;
      await renewFeed(db, participant.id);
      const who = { userId: participant.id, personId: null };
      const data = (await retrospectivePersonalData.export(db, who)) as {
        retrospectives: { eventId: number; takeWith: string }[];
        calendarFeed: { createdAt: string } | null;
      };
      assert.deepEqual(
        data.retrospectives.map((r) => [r.eventId, r.takeWith]),
        [[ws1, 'Casemetodikken og nettverket']],
      );
      assert.ok(data.calendarFeed);
      await retrospectivePersonalData.erase(db, who);
      const left = await db
        .selectFrom('retrospectives')
        .selectAll()
        .where('take_with', '=', 'Casemetodikken og nettverket')
        .execute();
      assert.equal(left.length, 1, 'the text stays for planning');
      assert.equal(left[0]!.user_id, null, 'but no longer points at the person');
      assert.equal(
        await db
          .selectFrom('calendar_feeds')
          .selectAll()
          .where('user_id', '=', participant.id)
          .executeTakeFirst(),
        undefined,
      );
    });
  });
}
