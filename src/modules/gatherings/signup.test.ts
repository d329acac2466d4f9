import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import { buildAgendaItem, buildEvent, buildProgramme } from '../../../test/support/factories';
import type { Executor } from '../../platform/db/database';
import {
  cancelRegistration,
  chooseSession,
  leaveSession,
  promoteSessionWaitlist,
  register,
  RegistrationError,
  registrationsOfUser,
} from './index';

const day = 24 * 3600 * 1000;
let counter = 0;

async function registered(db: Executor, eventId: number) {
  counter += 1;
  const r = await register(db, {
    eventId,
    name: `Deltaker ${counter}`,
    email: `signup-${counter}-${Date.now()}@example.no`,
    confirmed: true,
  });
  return r.registrationId;
}

const statusesOf = (db: Executor, itemId: number) =>
  db
    .selectFrom('session_signups')
    .select(['registration_id', 'status'])
    .where('agenda_item_id', '=', itemId)
    .where('status', '<>', 'cancelled')
    .orderBy('id')
    .execute();

for (const dialect of testDialects()) {
  describe(`session sign-up [${dialect}]`, () => {
    let database: TestDatabase;
    let programmeId: number;

    before(async () => {
      database = await createTestDatabase(dialect);
      programmeId = (await buildProgramme(database.db)).id;
    });
    after(() => database.drop());

    it('gives seats while there are any, then the session waitlist', async () => {
      const { db } = database;
      const event = await buildEvent(db, programmeId);
      const session = await buildAgendaItem(db, event, { capacity: 1 });
      const [a, b] = [await registered(db, event.id), await registered(db, event.id)];
      assert.deepEqual(await chooseSession(db, a, session.id), { status: 'confirmed' });
      assert.deepEqual(await chooseSession(db, b, session.id), { status: 'waitlisted' });
      // Choosing again changes nothing.
      assert.deepEqual(await chooseSession(db, b, session.id), { status: 'waitlisted' });
      assert.equal((await statusesOf(db, session.id)).length, 2);
    });

    it('refuses a time clash, naming the session already chosen, and changes nothing', async () => {
      const { db } = database;
      const event = await buildEvent(db, programmeId);
      const first = await buildAgendaItem(db, event, {
        title: 'Smart spesialisering',
        offsetMinutes: 60,
        minutes: 60,
      });
      const overlapping = await buildAgendaItem(db, event, {
        title: 'Grønn omstilling',
        offsetMinutes: 90,
        minutes: 60,
      });
      const after = await buildAgendaItem(db, event, { title: 'Etterpå', offsetMinutes: 120, minutes: 60 });
      const r = await registered(db, event.id);
      await chooseSession(db, r, first.id);
      await assert.rejects(chooseSession(db, r, overlapping.id), (error: unknown) => {
        assert.ok(error instanceof RegistrationError);
        assert.equal(error.key, 'clash');
        assert.match(error.details.clash!.title, /Smart spesialisering/);
        assert.equal(error.details.clash!.startsAt, first.startsAt);
        return true;
      });
      assert.equal((await statusesOf(db, overlapping.id)).length, 0);
      // A session that starts when the other ends does not clash.
      assert.deepEqual(await chooseSession(db, r, after.id), { status: 'confirmed' });
    });

    it('leaving frees the seat for the next in line, who is e-mailed', async () => {
      const { db } = database;
      const event = await buildEvent(db, programmeId, { language: 'sv' });
      const session = await buildAgendaItem(db, event, { capacity: 1, title: 'Lärpass om AI' });
      const ids = [
        await registered(db, event.id),
        await registered(db, event.id),
        await registered(db, event.id),
      ];
      for (const id of ids) await chooseSession(db, id, session.id);
      assert.deepEqual(await leaveSession(db, ids[0]!, session.id), { promoted: 1 });
      assert.deepEqual(await statusesOf(db, session.id), [
        { registration_id: ids[1], status: 'confirmed' },
        { registration_id: ids[2], status: 'waitlisted' },
      ]);
      const second = await db
        .selectFrom('registrations')
        .select('email')
        .where('id', '=', ids[1]!)
        .executeTakeFirstOrThrow();
      const mail = await db
        .selectFrom('outbox')
        .select('subject')
        .where('recipient', '=', second.email)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      assert.equal(mail.subject, 'Du har fått plats på ett lärpass: Lärpass om AI');
    });

    it('cancelling the registration gives up its seats to those waiting', async () => {
      const { db } = database;
      const event = await buildEvent(db, programmeId);
      const session = await buildAgendaItem(db, event, { capacity: 1 });
      const [a, b] = [await registered(db, event.id), await registered(db, event.id)];
      await chooseSession(db, a, session.id);
      await chooseSession(db, b, session.id);
      await cancelRegistration(db, a, null);
      assert.deepEqual(await statusesOf(db, session.id), [{ registration_id: b, status: 'confirmed' }]);
    });

    it('promotes when a session gets more places', async () => {
      const { db } = database;
      const event = await buildEvent(db, programmeId);
      const session = await buildAgendaItem(db, event, { capacity: 1 });
      for (let i = 0; i < 3; i++) await chooseSession(db, await registered(db, event.id), session.id);
      await db.updateTable('agenda_items').set({ capacity: 2 }).where('id', '=', session.id).execute();
      assert.equal(await promoteSessionWaitlist(db, session.id, new Date()), 1);
    });

    it('needs a confirmed place at the event and an open deadline', async () => {
      const { db } = database;
      const full = await buildEvent(db, programmeId, { capacity: 1 });
      const session = await buildAgendaItem(db, full);
      await registered(db, full.id);
      const waiting = await registered(db, full.id);
      await assert.rejects(chooseSession(db, waiting, session.id), { key: 'notConfirmed' });
      const closing = await buildEvent(db, programmeId, {
        sessionsCloseAt: new Date(Date.now() + day).toISOString(),
      });
      const late = await buildAgendaItem(db, closing);
      const r = await registered(db, closing.id);
      await assert.rejects(chooseSession(db, r, late.id, new Date(Date.now() + 2 * day)), {
        key: 'sessionsClosed',
      });
      const other = await buildEvent(db, programmeId);
      const otherSession = await buildAgendaItem(db, other);
      await assert.rejects(chooseSession(db, r, otherSession.id), { key: 'notSession' });
      const talk = await buildAgendaItem(db, closing, { kind: 'talk', offsetMinutes: 300 });
      await assert.rejects(chooseSession(db, r, talk.id), { key: 'notSession' });
    });

    it("shows session choices in a user's registrations", async () => {
      const { db } = database;
      const { buildUser } = await import('../../../test/support/factories');
      const user = await buildUser(db);
      const event = await buildEvent(db, programmeId);
      const session = await buildAgendaItem(db, event);
      const r = await register(db, {
        eventId: event.id,
        userId: user.id,
        name: 'U',
        email: user.email,
        confirmed: true,
      });
      await chooseSession(db, r.registrationId, session.id);
      const [mine] = await registrationsOfUser(db, user.id);
      assert.deepEqual(mine?.sessions, [{ agendaItemId: session.id, status: 'confirmed' }]);
    });
  });
}
