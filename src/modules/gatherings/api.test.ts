import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import {
  buildProgramme,
  buildProgrammeMember,
  insertRegistration,
  insertSessionSignup,
} from '../../../test/support/factories';
import { createApiToken } from '../accounts/index';
import { addAgendaItem, createEvent } from './index';

for (const dialect of testDialects()) {
  describe(`events API [${dialect}]`, () => {
    let t: TestApp;
    let open: { id: number };
    let closed: { id: number };
    let may: number;
    let november: number;
    let secret: number;
    let sessions: number[];
    let memberToken: string;

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      open = await buildProgramme(db, { title: { nb: 'Byregionprogrammet' }, visibility: 'public' });
      closed = await buildProgramme(db, { title: { nb: 'Veiledningspiloten' }, visibility: 'members' });
      const base = { programmeId: open.id, kind: 'gathering' as const, language: 'nb' as const };
      may = await createEvent(
        db,
        {
          ...base,
          title: { nb: 'Samling i Stjørdal', en: 'Gathering in Stjørdal' },
          startsAt: '2014-05-20T10:00',
          endsAt: '2014-05-21T15:00',
          timeZone: 'Europe/Oslo',
        },
        null,
      );
      november = await createEvent(
        db,
        {
          ...base,
          kind: 'conference',
          title: { nb: 'Samling i november' },
          startsAt: '2014-11-03T10:00',
          endsAt: '2014-11-04T15:00',
          timeZone: 'Europe/Oslo',
        },
        null,
      );
      secret = await createEvent(
        db,
        {
          ...base,
          programmeId: closed.id,
          title: { nb: 'Lukket samling' },
          startsAt: '2014-06-10T09:00',
          endsAt: '2014-06-10T16:00',
          timeZone: 'Europe/Oslo',
        },
        null,
      );
      const lärpass = (title: string, capacity: number | null) =>
        addAgendaItem(
          db,
          november,
          {
            kind: 'session',
            title: { sv: title, en: `${title} (en)` },
            startsAt: '2014-11-04T10:00',
            endsAt: '2014-11-04T11:30',
            capacity,
            speakers: [],
          },
          null,
        );
      sessions = [await lärpass('BRP+', 2), await lärpass('Agenda 2030', null)];
      await addAgendaItem(
        db,
        november,
        {
          kind: 'break',
          title: { nb: 'Lunsj' },
          startsAt: '2014-11-04T12:00',
          endsAt: '2014-11-04T13:00',
          speakers: [],
        },
        null,
      );
      for (const status of ['confirmed', 'confirmed', 'waitlisted'] as const) {
        const registration = await insertRegistration(db, november);
        await insertSessionSignup(db, sessions[0]!, registration.id, status);
      }
      const member = await buildProgrammeMember(db, closed.id, 'Loppa');
      memberToken = await createApiToken(db, member.user.id, 'test');
    });
    after(() => t.close());

    const get = (url: string, token?: string) =>
      t.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });

    it('lists public events to anyone, with times in the event zone’s offset', async () => {
      const response = await get('/api/v1/events?lang=en');
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /application\/json/);
      assert.deepEqual(response.json(), {
        items: [
          {
            id: may,
            title: 'Gathering in Stjørdal',
            kind: 'gathering',
            startsAt: '2014-05-20T10:00:00+02:00',
            endsAt: '2014-05-21T15:00:00+02:00',
            timeZone: 'Europe/Oslo',
            programmeId: open.id,
          },
          {
            id: november,
            title: 'Samling i november',
            kind: 'conference',
            startsAt: '2014-11-03T10:00:00+01:00',
            endsAt: '2014-11-04T15:00:00+01:00',
            timeZone: 'Europe/Oslo',
            programmeId: open.id,
          },
        ],
      });
      assert.equal((await get('/api/v1/events?lang=nb')).json().items[0].title, 'Samling i Stjørdal');
      assert.equal((await get('/api/v1/events?lang=de')).statusCode, 400);
    });

    it('shows a members-only event to its member by API token, and hides it from anonymous', async () => {
      const anonymous = (await get('/api/v1/events')).json() as { items: { id: number }[] };
      assert.ok(!anonymous.items.some((e) => e.id === secret));
      const member = (await get('/api/v1/events', memberToken)).json() as { items: { id: number }[] };
      assert.deepEqual(
        member.items.map((e) => e.id),
        [may, secret, november],
      );
      assert.equal((await get(`/api/v1/events/${secret}/sessions`)).statusCode, 404);
      assert.equal((await get(`/api/v1/events/${secret}/sessions`, memberToken)).statusCode, 200);
    });

    it('lists an event’s parallel sessions with places taken, and 404 for unknown events', async () => {
      const response = await get(`/api/v1/events/${november}/sessions?lang=en`);
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), {
        items: [
          {
            id: sessions[0],
            title: 'BRP+ (en)',
            startsAt: '2014-11-04T10:00:00+01:00',
            endsAt: '2014-11-04T11:30:00+01:00',
            capacity: 2,
            confirmed: 2,
            waitlisted: 1,
          },
          {
            id: sessions[1],
            title: 'Agenda 2030 (en)',
            startsAt: '2014-11-04T10:00:00+01:00',
            endsAt: '2014-11-04T11:30:00+01:00',
            capacity: null,
            confirmed: 0,
            waitlisted: 0,
          },
        ],
      });
      assert.equal((await get('/api/v1/events/999999/sessions')).statusCode, 404);
      assert.equal((await get('/api/v1/events/abc/sessions')).statusCode, 404);
      assert.deepEqual((await get(`/api/v1/events/${may}/sessions`)).json(), { items: [] });
    });

    it('describes both paths in the OpenAPI document', async () => {
      const doc = (await get('/api/v1/openapi.json')).json() as { paths: Record<string, unknown> };
      assert.ok(doc.paths['/events']);
      assert.ok(doc.paths['/events/{eventId}/sessions']);
    });
  });
}
