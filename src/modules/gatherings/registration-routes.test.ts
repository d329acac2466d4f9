import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildAgendaItem, buildEvent, buildProgramme, buildUser } from '../../../test/support/factories';
import { register } from './index';

const day = 24 * 3600 * 1000;
let counter = 0;
const uniqueEmail = () => `gjest-${++counter}-${Date.now()}@example.no`;

for (const dialect of testDialects()) {
  describe(`registration pages [${dialect}]`, () => {
    let t: TestApp;
    let programmeId: number;
    before(async () => {
      t = await createTestApp(dialect);
      programmeId = (await buildProgramme(t.database.db)).id;
    });
    after(() => t.close());

    const lastMailTo = (email: string) =>
      t.database.db
        .selectFrom('outbox')
        .select(['subject', 'body'])
        .where('recipient', '=', email)
        .orderBy('id', 'desc')
        .executeTakeFirst();

    async function loggedIn() {
      const user = await buildUser(t.database.db, { name: 'Live Lærevillig' });
      const client = new Client(t.app);
      await client.logIn(user.email, user.password);
      return { user, client };
    }

    it('registers a logged-in person at once and shows their place', async () => {
      const event = await buildEvent(t.database.db, programmeId, {
        capacity: 10,
        title: 'Samling i Stjørdal',
      });
      const { user, client } = await loggedIn();
      const form = await client.get(`/events/${event.id}/register`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /Påmelding: Samling i Stjørdal/);
      assert.match(form.body, /Ledige plasser: 10 av 10/);
      assert.ok(form.body.includes(`value="${user.email}"`), 'e-mail prefilled');
      const response = await client.post(`/events/${event.id}/register`, {
        name: 'Live Lærevillig',
        email: user.email,
      });
      assert.equal(response.statusCode, 303);
      const page = await client.get(response.headers.location as string);
      assert.match(page.body, /Du er påmeldt Samling i Stjørdal/);
      assert.match(page.body, /Meld meg av/);
      assert.equal((await lastMailTo(user.email))?.subject, 'Du er påmeldt: Samling i Stjørdal');
    });

    it('puts people on the waitlist when full and says which number they are', async () => {
      const event = await buildEvent(t.database.db, programmeId, { capacity: 1 });
      await register(t.database.db, {
        eventId: event.id,
        name: 'Først',
        email: uniqueEmail(),
        confirmed: true,
      });
      const { user, client } = await loggedIn();
      assert.match((await client.get(`/events/${event.id}/register`)).body, /Samlingen er full/);
      await client.post(`/events/${event.id}/register`, { name: 'Live', email: user.email });
      const page = await client.get(`/events/${event.id}/register?lang=en`);
      assert.match(page.body, /You are number 1 on the waitlist/);
    });

    it('lets a guest register with a confirmation link, confirmed by a button on the link page', async () => {
      const event = await buildEvent(t.database.db, programmeId, {
        capacity: 5,
        title: 'Verksted',
        language: 'sv',
      });
      const client = new Client(t.app);
      const email = uniqueEmail();
      const response = await client.post(`/events/${event.id}/register`, {
        name: 'Gunnar Gjest',
        email: email.toUpperCase(),
        organisation: 'Aure kommune',
        website: '',
      });
      assert.equal(response.statusCode, 303);
      assert.match((await client.get(response.headers.location as string)).body, /Sjekk e-posten din/);
      const mail = await lastMailTo(email);
      assert.equal(mail?.subject, 'Bekräfta din anmälan: Verksted');
      const link = /https?:\/\/[^/\s]+(\/registrations\/confirm\/[A-Za-z0-9_-]+)/.exec(mail!.body)?.[1];
      assert.ok(link);
      const before = await t.database.db
        .selectFrom('registrations')
        .select('status')
        .where('event_id', '=', event.id)
        .executeTakeFirstOrThrow();
      assert.equal(before.status, 'pending');
      // Opening the link does not use it up; the button does.
      assert.match((await client.get(link!)).body, /Bekreft påmeldingen/);
      const confirmed = await client.post(link!);
      assert.equal(confirmed.statusCode, 303);
      assert.match((await client.get(confirmed.headers.location as string)).body, /Du er påmeldt Verksted/);
      assert.equal((await client.post(link!)).statusCode, 404);
    });

    it('rejects a malformed e-mail and a missing required answer with translated messages, saving nothing', async () => {
      const event = await buildEvent(t.database.db, programmeId);
      const q = await t.database.db
        .insertInto('event_questions')
        .values({
          event_id: event.id,
          position: 1,
          kind: 'dietary',
          label: '{"nb":"Allergier","en":"Allergies"}',
          required: 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const client = new Client(t.app);
      await client.get('/programmes?lang=en');
      const response = await client.post(`/events/${event.id}/register`, {
        name: 'Nils',
        email: 'nils@',
        organisation: 'Volda',
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Enter an e-mail address like name@example.no/);
      assert.match(response.body, /Allergies/);
      assert.match(response.body, /Fill in this field/);
      assert.ok(response.body.includes('value="Nils"'), 'what was typed is kept');
      const ok = await client.post(`/events/${event.id}/register`, {
        name: 'Nils',
        email: uniqueEmail(),
        organisation: 'Volda',
        [`q_${q.id}`]: 'Gluten',
      });
      assert.equal(ok.statusCode, 303);
      const rows = await t.database.db
        .selectFrom('registrations')
        .select('name')
        .where('event_id', '=', event.id)
        .execute();
      assert.deepEqual(rows, [{ name: 'Nils' }]);
    });

    it('says clearly when the address is already registered (409, never 500)', async () => {
      const event = await buildEvent(t.database.db, programmeId);
      const email = uniqueEmail();
      await register(t.database.db, { eventId: event.id, name: 'A', email, confirmed: true });
      const client = new Client(t.app);
      const response = await client.post(`/events/${event.id}/register`, {
        name: 'B',
        email,
        organisation: 'X',
      });
      assert.equal(response.statusCode, 409);
      assert.match(response.body, /Denne e-postadressen er allerede påmeldt/);
    });

    it('catches robots in the trap field without saving anything', async () => {
      const event = await buildEvent(t.database.db, programmeId);
      const client = new Client(t.app);
      const response = await client.post(`/events/${event.id}/register`, {
        name: 'Bot',
        email: uniqueEmail(),
        organisation: 'Spam',
        website: 'http://spam',
      });
      assert.equal(response.statusCode, 303);
      const rows = await t.database.db
        .selectFrom('registrations')
        .select('id')
        .where('event_id', '=', event.id)
        .execute();
      assert.equal(rows.length, 0);
    });

    it('shows when registration opens, and that it has closed', async () => {
      const opens = new Date(Date.now() + 2 * day).toISOString();
      const later = await buildEvent(t.database.db, programmeId, { registrationOpensAt: opens });
      const client = new Client(t.app);
      assert.match((await client.get(`/events/${later.id}/register`)).body, /Påmeldingen åpner/);
      const refused = await client.post(`/events/${later.id}/register`, {
        name: 'A',
        email: uniqueEmail(),
        organisation: 'X',
      });
      assert.equal(refused.statusCode, 409);
      assert.match(refused.body, /Påmeldingen har ikke åpnet ennå/);
      const closed = await buildEvent(t.database.db, programmeId, {
        registrationClosesAt: new Date(Date.now() - day).toISOString(),
      });
      const page = await client.get(`/events/${closed.id}/register?lang=en`);
      assert.match(page.body, /Registration closed/);
      assert.doesNotMatch(page.body, /name="email"/);
    });

    it('cancelling promotes the first on the waitlist, who is e-mailed', async () => {
      const event = await buildEvent(t.database.db, programmeId, { capacity: 1, title: 'Fullt hus' });
      const { user, client } = await loggedIn();
      await client.post(`/events/${event.id}/register`, { name: 'Live', email: user.email });
      const [first, second] = [uniqueEmail(), uniqueEmail()];
      await register(t.database.db, { eventId: event.id, name: 'Venter 1', email: first, confirmed: true });
      await register(t.database.db, { eventId: event.id, name: 'Venter 2', email: second, confirmed: true });
      const response = await client.post(`/events/${event.id}/registration/cancel`);
      assert.equal(response.statusCode, 303);
      assert.match(
        (await client.get(response.headers.location as string)).body,
        /Påmeldingen din er avmeldt/,
      );
      assert.equal((await lastMailTo(first))?.subject, 'Du har fått plass: Fullt hus');
      assert.equal((await lastMailTo(second))?.subject, 'Du står på venteliste: Fullt hus');
    });

    it('chooses sessions, refuses a clash naming the other session, and leaving promotes the next', async () => {
      const event = await buildEvent(t.database.db, programmeId, { kind: 'conference' });
      const a = await buildAgendaItem(t.database.db, event, {
        title: 'Smart spesialisering',
        capacity: 1,
        offsetMinutes: 60,
      });
      const b = await buildAgendaItem(t.database.db, event, {
        title: 'Grønn omstilling',
        capacity: 5,
        offsetMinutes: 60,
      });
      const { user, client } = await loggedIn();
      await client.post(`/events/${event.id}/register`, { name: 'Live', email: user.email });
      const page = await client.get(`/events/${event.id}/sessions`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Smart spesialisering/);
      assert.match(page.body, /1 av 1 ledige/);
      const chose = await client.post(`/events/${event.id}/sessions/${a.id}/choose`);
      assert.equal(chose.statusCode, 303);
      assert.match(
        (await client.get(chose.headers.location as string)).body,
        /Du har plass på «Smart spesialisering»/,
      );
      const clash = await client.post(`/events/${event.id}/sessions/${b.id}/choose`);
      assert.equal(clash.statusCode, 409);
      assert.match(clash.body, /overlapper med «Smart spesialisering» \(/);
      // Someone else waits for the full session; leaving gives them the seat.
      const other = await register(t.database.db, {
        eventId: event.id,
        name: 'Venter',
        email: uniqueEmail(),
        confirmed: true,
      });
      const { chooseSession } = await import('./index');
      assert.deepEqual(await chooseSession(t.database.db, other.registrationId, a.id), {
        status: 'waitlisted',
      });
      const left = await client.post(`/events/${event.id}/sessions/${a.id}/leave`);
      assert.equal(left.statusCode, 303);
      const signup = await t.database.db
        .selectFrom('session_signups')
        .select('status')
        .where('registration_id', '=', other.registrationId)
        .executeTakeFirstOrThrow();
      assert.equal(signup.status, 'confirmed');
    });

    it('asks for a login or a confirmed place before sessions can be chosen', async () => {
      const event = await buildEvent(t.database.db, programmeId);
      const session = await buildAgendaItem(t.database.db, event);
      const anonymous = new Client(t.app);
      assert.match(
        (await anonymous.get(`/events/${event.id}/sessions`)).body,
        /Logg inn for å velge lærpass/,
      );
      assert.equal(
        (await anonymous.post(`/events/${event.id}/sessions/${session.id}/choose`)).statusCode,
        401,
      );
      const { client } = await loggedIn();
      const refused = await client.post(`/events/${event.id}/sessions/${session.id}/choose`);
      assert.equal(refused.statusCode, 409);
      assert.match(refused.body, /Du er ikke påmeldt denne samlingen/);
    });

    it('hides events of a members-only programme from others (404)', async () => {
      const hidden = await buildProgramme(t.database.db, { visibility: 'members' });
      const event = await buildEvent(t.database.db, hidden.id);
      const { client } = await loggedIn();
      assert.equal((await client.get(`/events/${event.id}/register`)).statusCode, 404);
      assert.equal((await client.get(`/events/${event.id}/sessions`)).statusCode, 404);
      assert.equal((await client.get('/events/99999999/register')).statusCode, 404);
    });
  });
}
