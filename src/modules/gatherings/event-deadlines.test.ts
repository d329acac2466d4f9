import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildProgramme, buildUser } from '../../../test/support/factories';
import {
  createEvent,
  EventError,
  getEvent,
  listProgrammeEvents,
  updateEvent,
  type EventInput,
} from './index';

const year = new Date().getUTCFullYear() + 1;

async function refuses(promise: Promise<unknown>, code: string, field: string) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof EventError, String(error));
    assert.equal(error.code, code);
    assert.equal(error.field, field);
    assert.equal(error.statusCode, 400);
    return true;
  });
}

for (const dialect of testDialects()) {
  describe(`an event's deadlines [${dialect}]`, () => {
    let t: TestApp;
    let programme: { id: number; slug: string };
    let operator: Client;
    // 20 May 10:00 to 21 May 15:00; registration closes 16 April (the example).
    const input = (overrides: Partial<EventInput> = {}): EventInput => ({
      programmeId: programme.id,
      kind: 'gathering',
      title: { nb: 'Nettverkssamling i Stjørdal' },
      startsAt: `${year}-05-20T10:00`,
      endsAt: `${year}-05-21T15:00`,
      timeZone: 'Europe/Oslo',
      place: 'Stjørdal',
      language: 'nb',
      registrationClosesAt: `${year}-04-16T23:59`,
      ...overrides,
    });

    before(async () => {
      t = await createTestApp(dialect);
      programme = await buildProgramme(t.database.db);
      const user = await buildUser(t.database.db, { role: 'operator' });
      operator = new Client(t.app);
      await operator.logIn(user.email, user.password);
    });
    after(() => t.close());

    it('refuses deadlines after the event, naming the field, and saves nothing', async () => {
      const db = t.database.db;
      const before = (await listProgrammeEvents(db, programme.id)).length;
      await refuses(
        createEvent(db, input({ registrationClosesAt: `${year}-05-21T15:01` }), null),
        'closesAfterEnd',
        'registration_closes_at',
      );
      await refuses(
        createEvent(
          db,
          input({ registrationOpensAt: `${year}-05-20T10:01`, registrationClosesAt: `${year}-05-20T12:00` }),
          null,
        ),
        'opensAfterStart',
        'registration_opens_at',
      );
      await refuses(
        createEvent(db, input({ cancellationClosesAt: `${year}-05-20T10:01` }), null),
        'cancellationAfterStart',
        'cancellation_closes_at',
      );
      await refuses(
        createEvent(db, input({ sessionsCloseAt: `${year}-05-20T11:00` }), null),
        'sessionsAfterStart',
        'sessions_close_at',
      );
      assert.equal((await listProgrammeEvents(db, programme.id)).length, before);
    });

    it('accepts registration closing well before the start, or during the event, and cut-offs at the start', async () => {
      const db = t.database.db;
      const early = await createEvent(
        db,
        input({
          registrationOpensAt: `${year}-03-01T09:00`,
          cancellationClosesAt: `${year}-05-13T23:59`,
          sessionsCloseAt: `${year}-05-20T10:00`,
        }),
        null,
      );
      assert.equal((await getEvent(db, early))!.registrationClosesAt, `${year}-04-16T21:59:00.000Z`);
      const during = await createEvent(db, input({ registrationClosesAt: `${year}-05-21T12:00` }), null);
      assert.ok(await getEvent(db, during));
      // An edit is held to the same rules, and changes nothing when refused.
      await refuses(
        updateEvent(db, during, input({ registrationClosesAt: `${year}-05-22T12:00` }), null),
        'closesAfterEnd',
        'registration_closes_at',
      );
      assert.equal((await getEvent(db, during))!.registrationClosesAt, `${year}-05-21T10:00:00.000Z`);
    });

    it('says on the form what is wrong, with 400, in the reader’s language', async () => {
      const form = {
        kind: 'gathering',
        title_nb: 'Samling',
        starts_at: `${year}-05-20T10:00`,
        ends_at: `${year}-05-21T15:00`,
        time_zone: 'Europe/Oslo',
        language: 'nb',
        capacity: '',
        cancellation_closes_at: `${year}-05-20T12:00`,
      };
      const before = (await listProgrammeEvents(t.database.db, programme.id)).length;
      const en = await operator.post(`/programmes/${programme.slug}/events/new?lang=en`, form);
      assert.equal(en.statusCode, 400);
      assert.match(
        en.body,
        /The last day to cancel must not be after the event starts\. Nothing was saved\./,
      );
      const sv = await operator.post(`/programmes/${programme.slug}/events/new?lang=sv`, {
        ...form,
        cancellation_closes_at: '',
        registration_closes_at: `${year}-05-22T12:00`,
      });
      assert.equal(sv.statusCode, 400);
      assert.match(sv.body, /Sista anmälningsdag får inte vara efter att evenemanget slutar\./);
      assert.equal((await listProgrammeEvents(t.database.db, programme.id)).length, before);
    });
  });
}
