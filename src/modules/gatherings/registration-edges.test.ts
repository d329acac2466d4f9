import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import Fastify from 'fastify';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { createTestDatabase, testDialects } from '../../../test/support/databases';
import { buildAgendaItem, buildEvent, buildProgramme, buildUser } from '../../../test/support/factories';
import { loadConfig } from '../../config';
import { registerAccess } from '../../platform/http/access';
import { registerRequestContext } from '../../platform/http/context';
import { registerErrorHandlers } from '../../platform/http/errors';
import { registerSecurity } from '../../platform/http/security';
import { authenticate } from '../accounts/index';
import { calendarRoutes } from './calendar-routes';
import { chooseSession, EventError, register, RegistrationError } from './index';
import { registrationRoutes } from './registration-routes';
import { registrationErrorText } from './views/registration-parts';

const day = 24 * 3600 * 1000;
const minute = 60 * 1000;

for (const dialect of testDialects()) {
  describe(`registration edge cases [${dialect}]`, () => {
    let t: TestApp;
    let programmeId: number;
    before(async () => {
      t = await createTestApp(dialect);
      programmeId = (await buildProgramme(t.database.db, { visibility: 'public' })).id;
    });
    after(() => t.close());

    async function logIn(role: 'operator' | 'participant' = 'participant', name = 'Live Lærevillig') {
      const user = await buildUser(t.database.db, { role, name });
      const client = new Client(t.app);
      await client.logIn(user.email, user.password);
      return { user, client };
    }

    const registrationRow = (id: number) =>
      t.database.db.selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

    it('lets an operator cancel their own registration from the list after the cut-off (not a 500)', async () => {
      const event = await buildEvent(t.database.db, programmeId, {
        cancellationClosesAt: new Date(Date.now() - day).toISOString(),
      });
      const { user, client } = await logIn('operator', 'Olga Operatør');
      const mine = await register(t.database.db, {
        eventId: event.id,
        userId: user.id,
        name: 'Olga Operatør',
        email: user.email,
        confirmed: true,
      });
      // As a participant the cut-off holds, with a message.
      const self = await client.post(`/events/${event.id}/registration/cancel?lang=en`);
      assert.equal(self.statusCode, 409);
      assert.match(self.body, /Cancellation closed .*Contact the organisers\./);
      // From the organisers' list it does not.
      const done = await client.post(`/events/${event.id}/registrations/${mine.registrationId}/cancel`);
      assert.equal(done.statusCode, 303);
      const page = await client.get(`${done.headers.location}`.replace('?', '?lang=en&'));
      assert.match(page.body, /The registration of Olga Operatør was cancelled\./);
      assert.equal((await registrationRow(mine.registrationId)).status, 'cancelled');
    });

    it('gives every refusal of gatherings a 4xx status, so one that escapes a route is never a 500', () => {
      assert.equal(new RegistrationError('cancellationClosed', 409).statusCode, 409);
      assert.equal(new RegistrationError('notFound', 404).statusCode, 404);
      assert.equal(new EventError('notFound').statusCode, 404);
      assert.equal(new EventError('closesAfterEnd', 'registration_closes_at').statusCode, 400);
      assert.equal(new EventError('capacityBelowConfirmed', 'capacity').statusCode, 409);
    });

    it("registers a colleague's address as theirs, so the user's own registration leaves it alone", async () => {
      const event = await buildEvent(t.database.db, programmeId, { capacity: 10 });
      const { user, client } = await logIn();
      const colleague = `kollega-${Date.now()}@example.no`;
      const sent = await client.post(`/events/${event.id}/register`, {
        name: 'Kari Kollega',
        email: colleague,
      });
      assert.equal(sent.statusCode, 303);
      assert.match(String(sent.headers.location), /notice=sent/);
      const pending = await t.database.db
        .selectFrom('registrations')
        .selectAll()
        .where('event_id', '=', event.id)
        .where('email_key', '=', colleague)
        .executeTakeFirstOrThrow();
      assert.equal(pending.status, 'pending');
      assert.equal(pending.user_id, null, 'the pending registration is not the logged-in user’s');
      assert.equal(pending.person_id, null);

      // Their own address, typed in capitals: confirmed at once, and the colleague's stays.
      const own = await client.post(`/events/${event.id}/register`, {
        name: 'Live Lærevillig',
        email: user.email.toUpperCase(),
      });
      assert.equal(own.statusCode, 303);
      assert.doesNotMatch(String(own.headers.location), /notice=sent/);
      assert.equal((await registrationRow(pending.id)).status, 'pending');
      const page = await client.get(`/events/${event.id}/register?lang=en`);
      assert.match(page.body, /You are registered/);
    });

    it('decides on the event page whether registration is open by the same rule as the form', async () => {
      // Closed 30 minutes ago, written with a +10:00 offset: as text it sorts after "now".
      const closed = new Date(Date.now() - 30 * minute + 10 * 3600 * 1000).toISOString().slice(0, 19);
      const past = await buildEvent(t.database.db, programmeId, { registrationClosesAt: `${closed}+10:00` });
      const page = await new Client(t.app).get(`/events/${past.id}?lang=en`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Registration closed /);
      assert.ok(!page.body.includes(`href="/events/${past.id}/register"`), 'no Register button');
      const form = await new Client(t.app).get(`/events/${past.id}/register?lang=en`);
      assert.match(form.body, /Registration closed /);

      // Open during the event until its own deadline: the page offers it and registering works.
      const running = await buildEvent(t.database.db, programmeId, {
        startsAt: new Date(Date.now() - 60 * minute).toISOString(),
        endsAt: new Date(Date.now() + 5 * 60 * minute).toISOString(),
        registrationClosesAt: new Date(Date.now() + 60 * minute).toISOString(),
      });
      const open = await new Client(t.app).get(`/events/${running.id}?lang=en`);
      assert.ok(open.body.includes(`href="/events/${running.id}/register"`), 'a Register button');
      const done = await register(t.database.db, {
        eventId: running.id,
        name: 'Sen Senkommer',
        email: `sen-${Date.now()}@example.no`,
        confirmed: true,
      });
      assert.equal(done.status, 'confirmed');
    });

    it('says so when a clashing session is one the person is only on the waitlist for', async () => {
      const db = t.database.db;
      const event = await buildEvent(db, programmeId, { title: 'Årskonferansen' });
      const full = await buildAgendaItem(db, event, { title: 'Smart spesialisering', capacity: 1 });
      const other = await buildAgendaItem(db, event, { title: 'Grønn omstilling', capacity: 10 });
      const first = await register(db, {
        eventId: event.id,
        name: 'Først',
        email: `forst-${Date.now()}@example.no`,
        confirmed: true,
      });
      await chooseSession(db, first.registrationId, full.id);
      const { user, client } = await logIn();
      const mine = await register(db, {
        eventId: event.id,
        userId: user.id,
        name: 'Live',
        email: user.email,
        confirmed: true,
      });
      assert.equal((await chooseSession(db, mine.registrationId, full.id)).status, 'waitlisted');
      await assert.rejects(chooseSession(db, mine.registrationId, other.id), (error: unknown) => {
        assert.ok(error instanceof RegistrationError);
        assert.equal(error.key, 'clash');
        assert.equal(error.details.clash?.waitlisted, true);
        assert.match(registrationErrorText(error, 'nb'), /der du står på venteliste/);
        return true;
      });
      const refused = await client.post(`/events/${event.id}/sessions/${other.id}/choose?lang=en`);
      assert.equal(refused.statusCode, 409);
      assert.match(
        refused.body,
        /overlaps with “Smart spesialisering” \([^)]+\), where you are on the waitlist/,
      );
    });
  });

  describe(`secret links in the request log [${dialect}]`, () => {
    it('logs the calendar feed and confirmation link routes without their token', async () => {
      const database = await createTestDatabase(dialect);
      const lines: string[] = [];
      const stream = new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      });
      // The app's own set-up (as src/app.ts), with a logger whose lines the test can read.
      const app = Fastify({ logger: { level: 'info', stream } });
      app.decorate('config', loadConfig({ SAMLING_DEMO: '0' }));
      app.decorate('database', database);
      await app.register(fastifyCookie);
      await app.register(fastifyFormbody);
      registerRequestContext(app, authenticate, false);
      registerSecurity(app, false);
      registerAccess(app);
      registerErrorHandlers(app);
      await app.register(async (scope) => {
        await calendarRoutes(scope);
        await registrationRoutes(scope);
      });
      try {
        await app.ready();
        const feed = await app.inject({ method: 'GET', url: '/calendar/FEEDKEY-123456?lang=en' });
        assert.equal(feed.statusCode, 404);
        await app.inject({ method: 'GET', url: '/registrations/confirm/CONFIRMTOKEN-123456' });
        await app.inject({ method: 'POST', url: '/registrations/confirm/CONFIRMTOKEN-654321' });
      } finally {
        await app.close();
        await database.drop();
      }
      const log = lines.join('');
      assert.match(log, /incoming request/);
      assert.doesNotMatch(log, /FEEDKEY|CONFIRMTOKEN/);
      assert.match(log, /"url":"\/calendar\/…\?lang=en"/);
      assert.match(log, /"url":"\/registrations\/confirm\/…"/);
    });
  });
}
