import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import {
  buildAgendaItem,
  buildEvent,
  buildPerson,
  buildProgramme,
  buildProgrammeMember,
  buildUser,
  insertRegistration,
  insertSessionSignup,
} from '../../../test/support/factories';
import { addAdvisor } from '../programmes/index';
import { addQuestion } from './question-service';

/** Reads a zip's entries by walking its local headers (an independent reader, not export.ts's). */
function unzip(data: Buffer): Map<string, string> {
  const files = new Map<string, string>();
  let at = 0;
  while (data.readUInt32LE(at) === 0x04034b50) {
    const method = data.readUInt16LE(at + 8);
    const size = data.readUInt32LE(at + 18);
    const nameLength = data.readUInt16LE(at + 26);
    const extra = data.readUInt16LE(at + 28);
    const name = data.toString('utf8', at + 30, at + 30 + nameLength);
    const body = data.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + size);
    files.set(name, (method === 8 ? zlib.inflateRawSync(body) : body).toString('utf8'));
    at += 30 + nameLength + extra + size;
  }
  return files;
}

for (const dialect of testDialects()) {
  describe(`the organisers' registration list [${dialect}]`, () => {
    let t: TestApp;
    let operator: Client;
    let advisor: Client;
    let member: Client;
    let eventId: number;
    let list: string;
    let ids: Record<string, number>;

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
      const event = await buildEvent(db, programme.id, { title: 'Årskonferansen', capacity: 2 });
      eventId = event.id;
      list = `/events/${eventId}/registrations`;
      const session = await buildAgendaItem(db, event, { title: 'Lærpass om smart spesialisering' });
      const diet = await addQuestion(
        db,
        eventId,
        { kind: 'dietary', label: { nb: 'Allergier', en: 'Allergies' }, required: false },
        null,
      );
      assert.ok(diet.ok);
      const grue = await insertRegistration(db, eventId, { name: 'Gro Grue', organisation: 'Grue kommune' });
      const formula = await insertRegistration(db, eventId, {
        name: '=HYPERLINK("http://evil")',
        organisation: 'Aure kommune',
      });
      const first = await insertRegistration(db, eventId, { name: 'Vera Venter', status: 'waitlisted' });
      const second = await insertRegistration(db, eventId, { name: 'Walter Waiting', status: 'waitlisted' });
      await insertRegistration(db, eventId, { name: 'Carl Cancelled', status: 'cancelled' });
      await insertSessionSignup(db, session.id, grue.id);
      await db
        .insertInto('registration_answers')
        .values({ registration_id: grue.id, question_id: diet.id, answer: 'Nøtter; gluten' })
        .execute();
      ids = { grue: grue.id, formula: formula.id, first: first.id, second: second.id, session: session.id };

      operator = await logIn(await buildUser(db, { role: 'operator' }));
      const advisorPerson = await buildPerson(db, { name: 'Are Rådgiver' });
      await addAdvisor(db, programme.id, { personId: advisorPerson }, null);
      advisor = await logIn(await buildUser(db, { role: 'advisor', personId: advisorPerson }));
      member = await logIn((await buildProgrammeMember(db, programme.id)).user);
    });
    after(() => t.close());

    it('shows managers every registration with status, place in line, sessions, answers and counts', async () => {
      const page = await operator.get(`${list}?lang=en`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1[^>]*>Registrations: Årskonferansen<\/h1>/);
      assert.match(page.body, /Confirmed: <strong>2<\/strong>/);
      assert.match(page.body, /On the waitlist: <strong>2<\/strong>/);
      assert.match(page.body, /Cancelled: <strong>1<\/strong>/);
      assert.match(page.body, /2 of 2 places taken/);
      assert.match(page.body, /Vera Venter[\s\S]*?On the waitlist, number 1/);
      assert.match(page.body, /Walter Waiting[\s\S]*?On the waitlist, number 2/);
      assert.match(page.body, /Gro Grue[\s\S]*?Lærpass om smart spesialisering[\s\S]*?Nøtter; gluten/);
      assert.match(page.body, /registrations\.csv/);
      assert.match(page.body, /<caption[^>]*>Registrations for Årskonferansen<\/caption>/);
    });

    it('filters by status, session and text', async () => {
      const waiting = await operator.get(`${list}?lang=en&status=waitlisted`);
      assert.match(waiting.body, /Showing 2 of 5 registrations\./);
      assert.doesNotMatch(waiting.body, /Gro Grue/);
      const bySession = await operator.get(`${list}?lang=en&session=${ids.session}`);
      assert.match(bySession.body, /Showing 1 of 5/);
      assert.match(bySession.body, /Gro Grue/);
      const byText = await operator.get(`${list}?lang=en&q=AURE`);
      assert.match(byText.body, /Showing 1 of 5/);
      assert.match(byText.body, /HYPERLINK/);
    });

    it('lets staff who follow up read the list, but not the answers or the exports', async () => {
      const page = await advisor.get(`${list}?lang=en`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Gro Grue/);
      assert.doesNotMatch(page.body, /Nøtter/);
      assert.doesNotMatch(page.body, /registrations\.csv/);
      assert.doesNotMatch(page.body, /Register someone/);
      assert.equal((await advisor.get(`${list}.csv`)).statusCode, 403);
      assert.equal((await advisor.get(`${list}.xlsx`)).statusCode, 403);
    });

    it('keeps participants and visitors out of the list and the exports', async () => {
      for (const url of [list, `${list}.csv`, `${list}.xlsx`, `/events/${eventId}/questions`]) {
        const asMember = await member.get(url);
        assert.ok([403, 404].includes(asMember.statusCode), `${url}: ${asMember.statusCode}`);
        assert.doesNotMatch(asMember.body, /Nøtter/);
        const anonymous = await new Client(t.app).get(url);
        assert.equal(anonymous.statusCode, 401);
        assert.doesNotMatch(anonymous.body, /Nøtter/);
      }
      assert.equal((await operator.get('/events/999999/registrations')).statusCode, 404);
    });

    it('exports a semicolon CSV with BOM, answers, and formulas made harmless', async () => {
      const csv = await operator.get(`${list}.csv?lang=en`);
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      assert.match(
        String(csv.headers['content-disposition']),
        /attachment; filename="registrations-\d+\.csv"/,
      );
      assert.ok(
        csv.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])),
        'starts with a UTF-8 BOM',
      );
      const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
      assert.equal(lines[0], 'Name;E-mail;Organisation;Status;Waitlist no.;Registered;Sessions;Allergies');
      assert.match(
        lines[1]!,
        /^Gro Grue;[^;]+;Grue kommune;Confirmed;;[^;]+;Lærpass om smart spesialisering;"Nøtter; gluten"$/,
      );
      assert.match(csv.body, /\r\n"'=HYPERLINK\(""http:\/\/evil""\)";/);
      assert.match(csv.body, /Vera Venter;[^;]+;;On the waitlist;1;/);
    });

    it('exports an XLSX workbook that unzips into a sheet with the names and answers', async () => {
      const xlsx = await operator.get(`${list}.xlsx?lang=nb`);
      assert.equal(xlsx.statusCode, 200);
      assert.equal(
        xlsx.headers['content-type'],
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const files = unzip(xlsx.rawPayload);
      for (const name of [
        '[Content_Types].xml',
        '_rels/.rels',
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/worksheets/sheet1.xml',
      ]) {
        assert.ok(files.has(name), `has ${name}`);
      }
      assert.match(files.get('xl/workbook.xml')!, /<sheet name="Påmeldinger"/);
      const sheet = files.get('xl/worksheets/sheet1.xml')!;
      assert.match(sheet, /<t xml:space="preserve">Navn<\/t>/);
      assert.match(sheet, /<t xml:space="preserve">Gro Grue<\/t>/);
      assert.match(sheet, /<t xml:space="preserve">Nøtter; gluten<\/t>/);
      assert.match(
        sheet,
        /<t xml:space="preserve">=HYPERLINK\(&quot;http:\/\/evil&quot;\)<\/t>/,
        'text, not a formula',
      );
      assert.doesNotMatch(sheet, /<f>/);
    });

    it('registers someone on their behalf (on the waitlist when full) and refuses a second registration', async () => {
      const bad = await operator.post(`${list}/on-behalf?lang=en`, {
        name: 'Nils Ny',
        email: 'not-an-address',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Enter an e-mail address like name@example\.no\./);

      const saved = await operator.post(`${list}/on-behalf`, {
        name: 'Nils Ny',
        email: 'nils.ny@example.no',
        organisation: 'Stjørdal kommune',
      });
      assert.equal(saved.statusCode, 303);
      const page = await operator.get(`${saved.headers.location}`.replace('?', '?lang=en&'));
      assert.match(page.body, /Nils Ny was placed on the waitlist\./);
      assert.match(page.body, /Nils Ny[\s\S]*?On the waitlist, number 3/);
      assert.match(page.body, /registered by the programme team/);

      const again = await operator.post(`${list}/on-behalf?lang=en`, {
        name: 'Nils Ny',
        email: 'NILS.NY@example.no',
      });
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /already registered for the event/);
      assert.equal(
        (await advisor.post(`${list}/on-behalf`, { name: 'X', email: 'x@example.no' })).statusCode,
        403,
      );
    });

    it('cancels a registration for someone, and the first in line takes the place', async () => {
      assert.equal((await advisor.post(`${list}/${ids.grue}/cancel`)).statusCode, 403);
      assert.equal((await operator.post(`/events/${eventId}/registrations/999999/cancel`)).statusCode, 404);
      const done = await operator.post(`${list}/${ids.grue}/cancel`);
      assert.equal(done.statusCode, 303);
      const page = await operator.get(`${done.headers.location}`.replace('?', '?lang=en&'));
      assert.match(page.body, /The registration of Gro Grue was cancelled\./);
      assert.match(page.body, /Vera Venter[\s\S]*?<td>Confirmed<\/td>/);
      assert.match(page.body, /Walter Waiting[\s\S]*?On the waitlist, number 1/);
    });
  });

  describe(`the questions editor [${dialect}]`, () => {
    let t: TestApp;
    let operator: Client;
    let base: string;

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const programme = await buildProgramme(db);
      const event = await buildEvent(db, programme.id);
      base = `/events/${event.id}/questions`;
      operator = new Client(t.app);
      await operator.get('/login?lang=en');
      const user = await buildUser(db, { role: 'operator' });
      await operator.logIn(user.email, user.password);
    });
    after(() => t.close());

    it('says when answers are deleted, and needs a label in at least one language', async () => {
      const page = await operator.get(`${base}?lang=en`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /The answers are deleted 30 days after the event\./);
      const empty = await operator.post(`${base}?lang=en`, { kind: 'dietary', label_nb: ' ' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Fill in this field\./);
      const badKind = await operator.post(`${base}?lang=en`, { kind: 'shoe-size', label_nb: 'Sko' });
      assert.equal(badKind.statusCode, 400);
    });

    it('adds, reorders, edits and deletes questions', async () => {
      assert.equal(
        (
          await operator.post(base, {
            kind: 'dietary',
            label_nb: 'Allergier',
            label_en: 'Allergies',
            required: 'on',
          })
        ).statusCode,
        303,
      );
      assert.equal(
        (await operator.post(base, { kind: 'accessibility', label_en: 'Do you need anything to take part?' }))
          .statusCode,
        303,
      );
      let page = await operator.get(`${base}?lang=en`);
      assert.match(page.body, /Allergies[\s\S]*Dietary needs[\s\S]*Yes[\s\S]*Do you need anything/);
      const second = Number(/id="question-(\d+)"[\s\S]*id="question-(\d+)"/.exec(page.body)![2]);
      assert.equal((await operator.post(`${base}/${second}/move`, { direction: 'up' })).statusCode, 303);
      page = await operator.get(`${base}?lang=en`);
      assert.match(page.body, /Do you need anything[\s\S]*Allergies/);

      const edit = await operator.get(`${base}/${second}?lang=en`);
      assert.match(edit.body, /value="Do you need anything to take part\?"/);
      assert.equal(
        (
          await operator.post(`${base}/${second}`, {
            kind: 'accessibility',
            label_en: 'Accessibility needs?',
          })
        ).statusCode,
        303,
      );
      assert.equal((await operator.post(`${base}/${second}/delete`)).statusCode, 303);
      page = await operator.get(`${base}?lang=en`);
      assert.doesNotMatch(page.body, /Accessibility needs\?/);
      assert.match(page.body, /Allergies/);
      assert.equal((await operator.get(`${base}/999999`)).statusCode, 404);
    });
  });
}
