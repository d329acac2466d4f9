import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import { buildAgendaItem, buildEvent, buildProgramme } from '../../../test/support/factories';
import { openDatabase, type Database, type Executor } from '../../platform/db/database';
import { createApiToken, createUser } from '../accounts/index';
import { cancelRegistration, chooseSession, leaveSession, register } from './index';

/**
 * The hard requirement: under a rush, no event or session ever has more confirmed than its
 * capacity, no request is lost, and the waitlist is served in arrival order.
 */
const RUSH = 200;
const SEATS = 20;

/** Statuses of a session's live sign-ups in id (arrival) order. */
async function sessionLedger(db: Executor, itemId: number) {
  return db
    .selectFrom('session_signups')
    .select(['id', 'registration_id', 'status', 'created_at'])
    .where('agenda_item_id', '=', itemId)
    .where('status', '<>', 'cancelled')
    .orderBy('id')
    .execute();
}

/** Many confirmed registrations for an event without a limit, made one after another. */
async function manyRegistrations(db: Executor, eventId: number, n: number) {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = await register(db, {
      eventId,
      name: `Rush ${i}`,
      email: `rush-${eventId}-${i}@example.no`,
      confirmed: true,
    });
    ids.push(r.registrationId);
  }
  return ids;
}

/** Exactly `seats` confirmed, the rest waiting, and all confirmed before any waiting in id order. */
function assertFilledInOrder(statuses: string[], total: number, seats: number) {
  assert.equal(statuses.length, total, 'no request lost');
  assert.equal(statuses.filter((s) => s === 'confirmed').length, seats);
  assert.equal(statuses.filter((s) => s === 'waitlisted').length, total - seats);
  assert.deepEqual(statuses, [...Array(seats).fill('confirmed'), ...Array(total - seats).fill('waitlisted')]);
}

for (const dialect of testDialects()) {
  describe(`registration rush [${dialect}]`, () => {
    let database: TestDatabase;
    let programmeId: number;

    before(async () => {
      database = await createTestDatabase(dialect);
      programmeId = (await buildProgramme(database.db)).id;
    });
    after(() => database.drop());

    it(`${RUSH} concurrent sign-ups for a ${SEATS}-seat session: ${SEATS} seats, the rest waiting in order`, async () => {
      const { db } = database;
      const event = await buildEvent(db, programmeId);
      const session = await buildAgendaItem(db, event, { capacity: SEATS });
      const ids = await manyRegistrations(db, event.id, RUSH);
      const results = await Promise.allSettled(ids.map((id) => chooseSession(db, id, session.id)));
      assert.deepEqual(
        results.filter((r) => r.status === 'rejected'),
        [],
        'no errors',
      );
      const answered = results.map((r) => (r as PromiseFulfilledResult<{ status: string }>).value.status);
      assert.equal(answered.filter((s) => s === 'confirmed').length, SEATS);
      const ledger = await sessionLedger(db, session.id);
      assertFilledInOrder(
        ledger.map((s) => s.status),
        RUSH,
        SEATS,
      );

      // A seat given up goes to exactly the first waiting.
      const firstWaiting = ledger[SEATS]!;
      const secondWaiting = ledger[SEATS + 1]!;
      await leaveSession(db, ledger[0]!.registration_id, session.id);
      const after = await sessionLedger(db, session.id);
      assert.equal(after.find((s) => s.id === firstWaiting.id)?.status, 'confirmed');
      assert.equal(after.find((s) => s.id === secondWaiting.id)?.status, 'waitlisted');
      assert.equal(after.filter((s) => s.status === 'confirmed').length, SEATS);
    });

    it(`${RUSH} concurrent registrations for a ${SEATS}-place event, and cancellations during the rush`, async () => {
      const { db } = database;
      const event = await buildEvent(db, programmeId, { capacity: SEATS });
      const attempts = Array.from({ length: RUSH }, (_, i) =>
        register(db, {
          eventId: event.id,
          name: `P ${i}`,
          email: `event-rush-${event.id}-${i}@example.no`,
          confirmed: true,
        }),
      );
      const results = await Promise.allSettled(attempts);
      assert.deepEqual(
        results.filter((r) => r.status === 'rejected'),
        [],
        'no errors',
      );
      const rows = await db
        .selectFrom('registrations')
        .select(['id', 'status', 'queue_number'])
        .where('event_id', '=', event.id)
        .orderBy('id')
        .execute();
      assertFilledInOrder(
        rows.map((r) => r.status),
        RUSH,
        SEATS,
      );
      assert.deepEqual(
        rows.map((r) => r.queue_number),
        [...rows.map((r) => r.queue_number)].sort((a, b) => a! - b!),
        'queue order = id order',
      );

      // Five cancel at once while others still register: still never more than the capacity, and
      // exactly the first five waiting are promoted.
      const confirmed = rows.filter((r) => r.status === 'confirmed').slice(0, 5);
      const late = Array.from({ length: 20 }, (_, i) =>
        register(db, {
          eventId: event.id,
          name: `L ${i}`,
          email: `late-${event.id}-${i}@example.no`,
          confirmed: true,
        }),
      );
      await Promise.all([...confirmed.map((r) => cancelRegistration(db, r.id, null)), ...late]);
      const now = await db
        .selectFrom('registrations')
        .select(['id', 'status'])
        .where('event_id', '=', event.id)
        .where(
          'id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('id')
        .execute();
      const promoted = now.filter((r, i) => r.status === 'confirmed' && rows[i]!.status === 'waitlisted');
      assert.deepEqual(
        promoted.map((r) => r.id),
        rows
          .filter((r) => r.status === 'waitlisted')
          .slice(0, 5)
          .map((r) => r.id),
      );
      const total = await db
        .selectFrom('registrations')
        .select(db.fn.countAll<number>().as('n'))
        .where('event_id', '=', event.id)
        .where('status', '=', 'confirmed')
        .executeTakeFirstOrThrow();
      assert.equal(Number(total.n), SEATS);
    });
  });
}

/** `n` people with a login (an API token, so no password hashing) and a confirmed registration each. */
async function registeredUsers(db: Executor, eventId: number, n: number) {
  const people: { token: string; registrationId: number }[] = [];
  for (let i = 0; i < n; i++) {
    const email = `http-rush-${eventId}-${i}@example.no`;
    const userId = await createUser(db, {
      email,
      name: `Rush ${i}`,
      password: null,
      role: 'participant',
      verified: true,
    });
    const token = await createApiToken(db, userId, 'rush');
    const r = await register(db, { eventId, userId, name: `Rush ${i}`, email, confirmed: true });
    people.push({ token, registrationId: r.registrationId });
  }
  return people;
}

/** Fires every person's "choose" at once, spread over the given app instances. */
async function rushOverHttp(apps: FastifyInstance[], eventId: number, itemId: number, tokens: string[]) {
  const responses = await Promise.all(
    tokens.map((token, i) =>
      apps[i % apps.length]!.inject({
        method: 'POST',
        url: `/events/${eventId}/sessions/${itemId}/choose`,
        headers: { authorization: `Bearer ${token}` },
      }),
    ),
  );
  return responses.map((r) => r.statusCode);
}

for (const dialect of testDialects()) {
  describe(`registration rush over HTTP [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
    });
    after(() => t.close());

    it(`${RUSH} concurrent POSTs for a ${SEATS}-seat session: all answered, ${SEATS} seats, the rest waiting in order`, async () => {
      const { db } = t.database;
      const event = await buildEvent(db, (await buildProgramme(db)).id);
      const session = await buildAgendaItem(db, event, { capacity: SEATS });
      const people = await registeredUsers(db, event.id, RUSH);
      const statuses = await rushOverHttp(
        [t.app],
        event.id,
        session.id,
        people.map((p) => p.token),
      );
      assert.deepEqual(new Set(statuses), new Set([303]), 'every request answered, none failed');
      assertFilledInOrder(
        (await sessionLedger(db, session.id)).map((s) => s.status),
        RUSH,
        SEATS,
      );
    });
  });
}

const skipTwo = testDialects().includes('postgres')
  ? false
  : 'PostgreSQL tests are turned off (SAMLING_TEST_PG=0)';

describe('registration rush across two instances on one PostgreSQL database', { skip: skipTwo }, () => {
  let shared: TestDatabase;
  const instances: { app: FastifyInstance; database: Database }[] = [];

  before(async () => {
    shared = await createTestDatabase('postgres');
    for (let i = 0; i < 2; i++) {
      const database = await openDatabase({ url: shared.url });
      const app = await buildApp(loadConfig({ SAMLING_DEMO: '0', LOG_LEVEL: 'silent' }), database, {
        logger: false,
      });
      await app.ready();
      instances.push({ app, database });
    }
  });
  after(async () => {
    for (const { app, database } of instances) {
      await app.close();
      await database.close();
    }
    await shared.drop();
  });

  it(`${RUSH} sign-ups spread over both instances: exactly ${SEATS} seats; a seat left goes to the first waiting`, async () => {
    const { db } = shared;
    const event = await buildEvent(db, (await buildProgramme(db)).id, { capacity: RUSH });
    const session = await buildAgendaItem(db, event, { capacity: SEATS });
    const people = await registeredUsers(db, event.id, RUSH);
    const apps = instances.map((i) => i.app);
    const statuses = await rushOverHttp(
      apps,
      event.id,
      session.id,
      people.map((p) => p.token),
    );
    assert.deepEqual(new Set(statuses), new Set([303]));
    const ledger = await sessionLedger(db, session.id);
    assertFilledInOrder(
      ledger.map((s) => s.status),
      RUSH,
      SEATS,
    );
    // Two seat-holders leave at once, one on each instance: exactly the first two waiting move up.
    const leavers = people.filter((p) =>
      ledger.slice(0, 2).some((s) => s.registration_id === p.registrationId),
    );
    await Promise.all(
      leavers.map((p, i) =>
        apps[i]!.inject({
          method: 'POST',
          url: `/events/${event.id}/sessions/${session.id}/leave`,
          headers: { authorization: `Bearer ${p.token}` },
        }),
      ),
    );
    const after = await sessionLedger(db, session.id);
    assert.equal(after.filter((s) => s.status === 'confirmed').length, SEATS);
    assert.deepEqual(
      after.filter((s) => s.status === 'confirmed').map((s) => s.id),
      ledger.slice(2, SEATS + 2).map((s) => s.id),
    );
  });
});
