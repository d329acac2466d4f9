import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import {
  buildProgramme,
  buildProgrammeMember,
  buildUser,
  insertRegistration,
  insertSessionSignup,
} from '../../../test/support/factories';
import { addAgendaItem, createEvent, getEvent, listProgrammeEvents } from './index';

const year = new Date().getUTCFullYear() + 1;

for (const dialect of testDialects()) {
  describe(`event pages [${dialect}]`, () => {
    let t: TestApp;
    let operator: Client;
    let open: { id: number; slug: string };
    let closed: { id: number; slug: string };
    let conference: number;
    let secret: number;
    let member: Client;
    let outsider: Client;

    const form = (overrides: Record<string, string> = {}) => ({
      kind: 'conference',
      title_nb: 'Årskonferansen',
      title_en: 'The annual conference',
      starts_at: `${year}-05-20T10:00`,
      ends_at: `${year}-05-21T15:00`,
      time_zone: 'Europe/Oslo',
      place: 'Stjørdal',
      language: 'nb',
      capacity: '',
      ...overrides,
    });

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      open = await buildProgramme(db, { title: { nb: 'Reglab' }, visibility: 'public' });
      closed = await buildProgramme(db, { title: { nb: 'Lukket program' }, visibility: 'members' });
      const user = await buildUser(db, { role: 'operator' });
      operator = new Client(t.app);
      await operator.logIn(user.email, user.password);
      conference = await createEvent(
        db,
        {
          programmeId: open.id,
          kind: 'conference',
          title: { sv: 'Reglabs årskonferens', en: 'Reglab annual conference' },
          startsAt: `${year}-06-11T09:30`,
          endsAt: `${year}-06-12T15:00`,
          timeZone: 'Europe/Stockholm',
          place: 'Göteborg',
          language: 'sv',
          capacity: 200,
        },
        null,
      );
      const slot = { startsAt: `${year}-06-12T10:00`, endsAt: `${year}-06-12T11:30` };
      await addAgendaItem(
        db,
        conference,
        {
          kind: 'talk',
          title: { sv: 'Välkommen' },
          startsAt: `${year}-06-11T09:30`,
          endsAt: `${year}-06-11T10:00`,
          speakers: [{ name: 'Stig-Roland Rask', organisation: 'Reglab' }],
        },
        null,
      );
      const brp = await addAgendaItem(
        db,
        conference,
        {
          kind: 'session',
          ...slot,
          title: { sv: 'BRP+ bortom tillväxt' },
          description: { sv: 'Hur mäter vi hållbar utveckling i regionerna?' },
          capacity: 2,
          room: 'Sal A',
          speakers: [{ name: 'Anna Analytiker', organisation: 'Region Värmland' }],
        },
        null,
      );
      await addAgendaItem(
        db,
        conference,
        {
          kind: 'session',
          ...slot,
          title: { en: 'Nordic municipalities and the SDGs' },
          language: 'en',
          capacity: 1,
          speakers: [{ name: 'Nils Nordic', organisation: 'Nordregio' }],
        },
        null,
      );
      const registration = await insertRegistration(db, conference);
      await insertSessionSignup(db, brp, registration.id, 'confirmed');
      secret = await createEvent(
        db,
        {
          programmeId: closed.id,
          kind: 'workshop',
          title: { nb: 'Hemmelig verksted' },
          startsAt: `${year}-03-01T10:00`,
          endsAt: `${year}-03-01T16:00`,
          timeZone: 'Europe/Oslo',
          language: 'nb',
        },
        null,
      );
      const m = await buildProgrammeMember(db, closed.id);
      member = new Client(t.app);
      await member.logIn(m.user.email, m.user.password);
      const o = await buildProgrammeMember(db, open.id);
      outsider = new Client(t.app);
      await outsider.logIn(o.user.email, o.user.password);
    });
    after(() => t.close());

    it('shows the agenda with parallel sessions side by side, places left and the English one marked', async () => {
      const anonymous = new Client(t.app);
      const page = await anonymous.get(`/events/${conference}?lang=en`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1[^>]*><span>Reglab annual conference<\/span><\/h1>/);
      assert.match(page.body, /Times are Stockholm time\./);
      assert.match(page.body, /Välkommen/);
      assert.match(page.body, /Stig-Roland Rask, Reglab/);
      assert.match(page.body, /Parallel sessions – choose one/);
      assert.match(page.body, /BRP\+ bortom tillväxt/);
      assert.match(page.body, /Anna Analytiker, Region Värmland/);
      assert.match(page.body, /1 of 2 places left/);
      assert.match(page.body, /1 of 1 places left/);
      assert.match(page.body, /In English/);
      assert.match(page.body, /199 of 200 places left/);
      assert.match(page.body, /<caption>/);
      assert.match(page.body, new RegExp(`href="/events/${conference}/register"`));
      assert.match(page.body, new RegExp(`href="/events/${conference}/calendar.ics"`));
      assert.doesNotMatch(page.body, /Edit event/, 'no manager links for the public');
      const managed = await operator.get(`/events/${conference}?lang=en`);
      assert.match(managed.body, /Edit event/);
      assert.match(managed.body, new RegExp(`href="/events/${conference}/registrations"`));
    });

    it('answers 404 for a members-only event to anyone who may not see it', async () => {
      assert.equal((await new Client(t.app).get(`/events/${secret}`)).statusCode, 404);
      assert.equal((await outsider.get(`/events/${secret}`)).statusCode, 404);
      assert.equal((await new Client(t.app).get(`/programmes/${closed.slug}/events`)).statusCode, 404);
      assert.equal((await member.get(`/events/${secret}`)).statusCode, 200);
      assert.equal((await new Client(t.app).get('/events/99999999')).statusCode, 404);
      const list = await new Client(t.app).get('/events?lang=en');
      assert.match(list.body, /Reglab annual conference/);
      assert.doesNotMatch(list.body, /Hemmelig verksted/);
      assert.match((await member.get('/events?lang=en')).body, /Hemmelig verksted/);
    });

    it('refuses a bad event form with translated errors and saves nothing, then creates the event', async () => {
      await operator.get(`/programmes/${open.slug}/events/new?lang=en`);
      const before = (await listProgrammeEvents(t.database.db, open.id)).length;
      const bad = await operator.post(
        `/programmes/${open.slug}/events/new`,
        form({
          ends_at: `${year}-05-19T10:00`,
          registration_opens_at: `${year}-04-20T09:00`,
          registration_closes_at: `${year}-04-16T23:59`,
          video_url: 'javascript:alert(1)',
          time_zone: 'Mars/Olympus',
          capacity: 'many',
        }),
      );
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /The end must not be before the start\./);
      assert.match(bad.body, /Enter a web address starting with https:\/\//);
      assert.match(bad.body, /Choose one of the options\./);
      assert.match(bad.body, /Enter a whole number\./);
      assert.match(bad.body, /value="javascript:alert\(1\)"/, 'what was typed is kept');
      assert.equal((await listProgrammeEvents(t.database.db, open.id)).length, before);

      const sv = await operator.post(
        `/programmes/${open.slug}/events/new?lang=sv`,
        form({ starts_at: 'i morgon' }),
      );
      assert.equal(sv.statusCode, 400);
      assert.match(sv.body, /Skriv datum och klockslag som 2026-05-20 10:00\./);

      const ok = await operator.post(`/programmes/${open.slug}/events/new`, form({ capacity: '120' }));
      assert.equal(ok.statusCode, 303);
      const id = Number(/\/events\/(\d+)$/.exec(String(ok.headers.location))![1]);
      const event = (await getEvent(t.database.db, id))!;
      assert.equal(event.startsAt, `${year}-05-20T08:00:00.000Z`);
      assert.equal(event.capacity, 120);
      const list = await new Client(t.app).get(`/programmes/${open.slug}/events?lang=en`);
      assert.match(list.body, /The annual conference/);
      assert.doesNotMatch(list.body, /New event/);
      assert.match((await operator.get(`/programmes/${open.slug}/events?lang=en`)).body, /New event/);
    });

    it('refuses a capacity below those confirmed on the edit form, and changes nothing', async () => {
      const db = t.database.db;
      const id = await createEvent(
        db,
        {
          programmeId: open.id,
          kind: 'gathering',
          title: { nb: 'Full samling' },
          startsAt: `${year}-09-01T10:00`,
          endsAt: `${year}-09-01T15:00`,
          timeZone: 'Europe/Oslo',
          language: 'nb',
          capacity: 3,
        },
        null,
      );
      for (let i = 0; i < 3; i++) await insertRegistration(db, id);
      await operator.get(`/events/${id}/edit?lang=en`);
      const bad = await operator.post(
        `/events/${id}/edit`,
        form({ title_nb: 'Nytt navn', title_en: '', capacity: '2' }),
      );
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /3 people already have a confirmed place, so there must be at least 3 places\./);
      const unchanged = (await getEvent(db, id))!;
      assert.equal(unchanged.capacity, 3);
      assert.deepEqual(unchanged.title, { nb: 'Full samling' });
    });

    it('adds, edits and deletes agenda items through the forms', async () => {
      const db = t.database.db;
      await operator.get(`/events/${conference}/agenda/new?lang=en`);
      const added = await operator.post(`/events/${conference}/agenda/new`, {
        kind: 'session',
        title_sv: 'Folkbildningens roll',
        starts_at: `${year}-06-12T13:00`,
        ends_at: `${year}-06-12T14:00`,
        capacity: '25',
        speaker_name_1: 'Fia Folkbildare',
        speaker_organisation_1: 'Folkbildningsrådet',
        speaker_name_2: '',
        speaker_organisation_2: '',
      });
      assert.equal(added.statusCode, 303);
      const item = (await getEvent(db, conference))!.agenda.find(
        (i) => i.title.sv === 'Folkbildningens roll',
      )!;
      assert.equal(item.capacity, 25);
      assert.deepEqual(
        item.speakers.map((s) => [s.name, s.organisation]),
        [['Fia Folkbildare', 'Folkbildningsrådet']],
      );
      const orphan = await operator.post(`/events/${conference}/agenda/new`, {
        kind: 'talk',
        title_sv: 'Utan namn',
        starts_at: `${year}-06-12T13:00`,
        ends_at: `${year}-06-12T12:00`,
        speaker_organisation_1: 'Boverket',
      });
      assert.equal(orphan.statusCode, 400);
      assert.match(orphan.body, /Fill in this field\./);
      assert.match(orphan.body, /The end must not be before the start\./);

      const brp = (await getEvent(db, conference))!.agenda.find(
        (i) => i.title.sv === 'BRP+ bortom tillväxt',
      )!;
      const tooSmall = await operator.post(`/events/${conference}/agenda/${brp.id}/edit`, {
        kind: 'session',
        title_sv: 'BRP+ bortom tillväxt',
        starts_at: `${year}-06-12T10:00`,
        ends_at: `${year}-06-12T11:30`,
        capacity: '0',
      });
      assert.equal(tooSmall.statusCode, 400);
      assert.match(tooSmall.body, /1 people already have a confirmed place/);
      assert.equal((await getEvent(db, conference))!.agenda.find((i) => i.id === brp.id)!.capacity, 2);

      const confirm = await operator.get(`/events/${conference}/agenda/${item.id}/delete?lang=en`);
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /Delete “Folkbildningens roll”\?/);
      const gone = await operator.post(`/events/${conference}/agenda/${item.id}/delete`);
      assert.equal(gone.statusCode, 303);
      assert.ok(!(await getEvent(db, conference))!.agenda.some((i) => i.id === item.id));
      assert.equal((await operator.get(`/events/${secret}/agenda/${brp.id}/edit`)).statusCode, 404);
    });
  });
}
