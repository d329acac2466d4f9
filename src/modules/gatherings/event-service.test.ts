import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import {
  buildPerson,
  buildProgramme,
  insertRegistration,
  insertSessionSignup,
} from '../../../test/support/factories';
import { eventPersonalData } from './event-personal-data';
import {
  addAgendaItem,
  createEvent,
  createSeries,
  deleteAgendaItem,
  EventError,
  eventPlaceCounts,
  getEvent,
  listProgrammeEvents,
  sessionPlaceCounts,
  updateAgendaItem,
  updateEvent,
  type AgendaItemInput,
  type EventInput,
} from './index';

async function refuses(promise: Promise<unknown>, code: string, field: string) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof EventError, String(error));
    assert.equal(error.code, code);
    assert.equal(error.field, field);
    return true;
  });
}

for (const dialect of testDialects()) {
  describe(`events and agendas [${dialect}]`, () => {
    let database: TestDatabase;
    let programmeId: number;
    let otherProgrammeId: number;
    const input = (overrides: Partial<EventInput> = {}): EventInput => ({
      programmeId,
      kind: 'gathering',
      title: { nb: 'Nettverkssamling i Stjørdal' },
      startsAt: '2014-05-20T10:00',
      endsAt: '2014-05-21T15:00',
      timeZone: 'Europe/Oslo',
      place: 'Stjørdal',
      language: 'nb',
      registrationClosesAt: '2014-04-16T23:59',
      ...overrides,
    });
    const session = (overrides: Partial<AgendaItemInput> = {}): AgendaItemInput => ({
      kind: 'session',
      title: { sv: 'BRP+ i det regionala analysarbetet' },
      startsAt: '2014-05-20T13:00',
      endsAt: '2014-05-20T14:30',
      capacity: 2,
      speakers: [{ name: 'Anna Analytiker', organisation: 'Region Värmland' }],
      ...overrides,
    });

    before(async () => {
      database = await createTestDatabase(dialect);
      programmeId = (await buildProgramme(database.db)).id;
      otherProgrammeId = (await buildProgramme(database.db)).id;
    });
    after(() => database.drop());

    it('stores local Oslo times as the right UTC instants, summer and winter', async () => {
      const db = database.db;
      const may = await createEvent(db, input(), null);
      const november = await createEvent(
        db,
        input({ startsAt: '2014-11-03T10:00', endsAt: '2014-11-04T15:00', registrationClosesAt: null }),
        null,
      );
      const a = (await getEvent(db, may))!;
      assert.equal(a.startsAt, '2014-05-20T08:00:00.000Z');
      assert.equal(a.endsAt, '2014-05-21T13:00:00.000Z');
      assert.equal(a.registrationClosesAt, '2014-04-16T21:59:00.000Z');
      assert.equal(a.timeZone, 'Europe/Oslo');
      const b = (await getEvent(db, november))!;
      assert.equal(b.startsAt, '2014-11-03T09:00:00.000Z');
      const stockholm = await createEvent(
        db,
        input({ timeZone: 'Europe/Stockholm', startsAt: '2014-09-03T09:30', endsAt: '2014-09-03T16:30' }),
        null,
      );
      assert.equal((await getEvent(db, stockholm))!.startsAt, '2014-09-03T07:30:00.000Z');
    });

    it('refuses bad input with the field it concerns, and saves nothing', async () => {
      const db = database.db;
      const before = (await listProgrammeEvents(db, programmeId)).length;
      await refuses(createEvent(db, input({ endsAt: '2014-05-19T15:00' }), null), 'dateOrder', 'ends_at');
      await refuses(
        createEvent(
          db,
          input({ registrationOpensAt: '2014-04-20T09:00', registrationClosesAt: '2014-04-16T23:59' }),
          null,
        ),
        'deadlineOrder',
        'registration_closes_at',
      );
      await refuses(createEvent(db, input({ timeZone: 'Mars/Olympus' }), null), 'timeZone', 'time_zone');
      for (const videoUrl of ['javascript:alert(1)', 'ftp://example.no/meet', 'not a link'])
        await refuses(createEvent(db, input({ videoUrl }), null), 'url', 'video_url');
      await refuses(createEvent(db, input({ title: { nb: '  ' } }), null), 'required', 'title');
      await refuses(createEvent(db, input({ startsAt: '2014-02-30T10:00' }), null), 'invalid', 'starts_at');
      await refuses(createEvent(db, input({ capacity: -1 }), null), 'invalid', 'capacity');
      const foreignSeries = await createSeries(
        db,
        { programmeId: otherProgrammeId, title: { sv: 'WS' } },
        null,
      );
      await refuses(createEvent(db, input({ seriesId: foreignSeries }), null), 'series', 'series_id');
      assert.equal((await listProgrammeEvents(db, programmeId)).length, before);
      // A meeting link that is http or https is kept.
      const ok = await createEvent(db, input({ videoUrl: 'https://meet.example.no/abc' }), null);
      assert.equal((await getEvent(db, ok))!.videoUrl, 'https://meet.example.no/abc');
    });

    it('numbers events in a series', async () => {
      const db = database.db;
      const series = await createSeries(
        db,
        { programmeId, title: { sv: 'Regional fysisk planering' } },
        null,
      );
      const ws2 = await createEvent(
        db,
        input({ kind: 'workshop', title: { sv: 'WS2' }, seriesId: series, seriesNumber: 2 }),
        null,
      );
      const event = (await getEvent(db, ws2))!;
      assert.equal(event.seriesId, series);
      assert.equal(event.seriesNumber, 2);
      assert.deepEqual(event.seriesTitle, { sv: 'Regional fysisk planering' });
    });

    it('refuses a capacity below the confirmed places, changing nothing, and promotes when it is raised', async () => {
      const db = database.db;
      const id = await createEvent(db, input({ capacity: 3 }), null);
      for (let i = 0; i < 3; i++) await insertRegistration(db, id);
      const waiting = await insertRegistration(db, id, { status: 'waitlisted' });
      await refuses(
        updateEvent(db, id, input({ capacity: 2, title: { nb: 'Nytt navn' } }), null),
        'capacityBelowConfirmed',
        'capacity',
      );
      const unchanged = (await getEvent(db, id))!;
      assert.equal(unchanged.capacity, 3);
      assert.deepEqual(unchanged.title, { nb: 'Nettverkssamling i Stjørdal' });
      await assert.rejects(updateEvent(db, id, input({ capacity: 2 }), null), (e: unknown) => {
        assert.deepEqual((e as EventError).params, { confirmed: 3 });
        return true;
      });

      await updateEvent(db, id, input({ capacity: 4 }), null);
      assert.equal((await getEvent(db, id))!.capacity, 4);
      assert.deepEqual(await eventPlaceCounts(db, id), { confirmed: 4, waitlisted: 0 });
      const promoted = await db
        .selectFrom('registrations')
        .select('status')
        .where('id', '=', waiting.id)
        .executeTakeFirstOrThrow();
      assert.equal(promoted.status, 'confirmed');
    });

    it('keeps agenda items with speakers in order, and guards a session’s capacity', async () => {
      const db = database.db;
      const eventId = await createEvent(db, input({ timeZone: 'Europe/Stockholm' }), null);
      const talk = await addAgendaItem(
        db,
        eventId,
        {
          kind: 'talk',
          title: { sv: 'Teorier om samverkan' },
          startsAt: '2014-05-20T11:00',
          endsAt: '2014-05-20T12:00',
          speakers: [
            { name: 'Charlotta Fredriksson', organisation: 'WSP' },
            { name: 'Patrik Tornberg', organisation: 'WSP' },
            { name: '  ', organisation: '' },
          ],
        },
        null,
      );
      const sessionId = await addAgendaItem(db, eventId, session(), null);
      await refuses(
        addAgendaItem(db, eventId, session({ endsAt: '2014-05-20T12:00' }), null),
        'dateOrder',
        'ends_at',
      );
      const event = (await getEvent(db, eventId))!;
      assert.deepEqual(
        event.agenda.map((i) => i.id),
        [talk, sessionId],
      );
      assert.equal(event.agenda[0]!.startsAt, '2014-05-20T09:00:00.000Z');
      assert.deepEqual(
        event.agenda[0]!.speakers.map((s) => s.name),
        ['Charlotta Fredriksson', 'Patrik Tornberg'],
      );
      // A break has no places of its own, whatever the form sent.
      const pause = await addAgendaItem(
        db,
        eventId,
        session({ kind: 'break', title: { sv: 'Kaffe' }, capacity: 5, speakers: [] }),
        null,
      );
      assert.equal((await getEvent(db, eventId))!.agenda.find((i) => i.id === pause)!.capacity, null);

      const regs = [];
      for (let i = 0; i < 3; i++) regs.push(await insertRegistration(db, eventId));
      await insertSessionSignup(db, sessionId, regs[0]!.id, 'confirmed');
      await insertSessionSignup(db, sessionId, regs[1]!.id, 'confirmed');
      await insertSessionSignup(db, sessionId, regs[2]!.id, 'waitlisted');
      await refuses(
        updateAgendaItem(db, eventId, sessionId, session({ capacity: 1, title: { sv: 'Ändrad' } }), null),
        'capacityBelowConfirmed',
        'capacity',
      );
      await refuses(
        updateAgendaItem(db, eventId, sessionId, session({ kind: 'talk' }), null),
        'hasSignups',
        'kind',
      );
      const kept = (await getEvent(db, eventId))!.agenda.find((i) => i.id === sessionId)!;
      assert.equal(kept.capacity, 2);
      assert.deepEqual(kept.title, { sv: 'BRP+ i det regionala analysarbetet' });

      await updateAgendaItem(db, eventId, sessionId, session({ capacity: 3, speakers: [] }), null);
      assert.deepEqual((await sessionPlaceCounts(db, eventId)).get(sessionId), {
        confirmed: 3,
        waitlisted: 0,
      });
      assert.deepEqual((await getEvent(db, eventId))!.agenda.find((i) => i.id === sessionId)!.speakers, []);

      await deleteAgendaItem(db, eventId, sessionId, null);
      assert.equal((await getEvent(db, eventId))!.agenda.length, 2);
      await refuses(deleteAgendaItem(db, eventId, sessionId, null), 'notFound', '_form');
    });

    it('exports and erases the speaker lines linked to a person, keeping the item', async () => {
      const db = database.db;
      const personId = await buildPerson(db, { name: 'Bette Malmros' });
      const eventId = await createEvent(db, input(), null);
      const itemId = await addAgendaItem(
        db,
        eventId,
        session({
          kind: 'talk',
          speakers: [
            { personId, name: 'Bette Malmros', organisation: 'TMR' },
            { name: 'Ulrika Palm', organisation: 'TMR' },
          ],
        }),
        null,
      );
      const who = { userId: null, personId };
      assert.deepEqual(await eventPersonalData.export(db, who), [
        {
          eventId,
          agendaItemId: itemId,
          title: { sv: 'BRP+ i det regionala analysarbetet' },
          name: 'Bette Malmros',
          organisation: 'TMR',
        },
      ]);
      await eventPersonalData.erase(db, who);
      const item = (await getEvent(db, eventId))!.agenda.find((i) => i.id === itemId)!;
      assert.deepEqual(
        item.speakers.map((s) => s.name),
        ['Ulrika Palm'],
      );
    });
  });
}
