import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildEvent, buildProgramme, buildUser } from '../../../test/support/factories';
import { isConstraintViolation } from '../../platform/db/database';
import {
  cancelRegistration,
  confirmRegistration,
  promoteFromWaitlist,
  register,
  registrationsOfUser,
} from './index';
import { migrations } from './migrations';

let counter = 0;
const person = (name: string) => ({
  name,
  email: `${name.toLowerCase()}-${++counter}-${Date.now()}@example.no`,
});

for (const dialect of testDialects()) {
  describe(`one waitlist order everywhere [${dialect}]`, () => {
    let t: TestApp;
    let operator: Client;
    let programmeId: number;
    before(async () => {
      t = await createTestApp(dialect);
      programmeId = (await buildProgramme(t.database.db)).id;
      const user = await buildUser(t.database.db, { role: 'operator' });
      operator = new Client(t.app);
      await operator.logIn(user.email, user.password);
    });
    after(() => t.close());

    const statusOf = async (id: number) =>
      (
        await t.database.db
          .selectFrom('registrations')
          .select('status')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).status;

    it('lists the confirmed, then the waitlist in the order it is served, then pending and cancelled', async () => {
      const db = t.database.db;
      const event = await buildEvent(db, programmeId, { capacity: 1 });
      const list = `/events/${event.id}/registrations`;
      await register(db, { eventId: event.id, ...person('Anna'), confirmed: true });
      // Bodil registers first but confirms her link late: she queues behind Cecilie.
      const bodil = await register(db, { eventId: event.id, ...person('Bodil'), confirmed: false });
      await register(db, { eventId: event.id, ...person('Cecilie'), confirmed: true });
      const late = await confirmRegistration(db, bodil.confirmToken!);
      assert.equal(late.status, 'waitlisted');
      assert.equal(late.waitlistPosition, 2);
      const user = await buildUser(db);
      await register(db, { eventId: event.id, userId: user.id, ...person('Dag'), confirmed: true });
      await register(db, { eventId: event.id, ...person('Eli'), confirmed: false });
      const frida = await register(db, { eventId: event.id, ...person('Frida'), confirmed: true });
      await cancelRegistration(db, frida.registrationId, null);

      const page = await operator.get(`${list}?lang=en`);
      assert.equal(page.statusCode, 200);
      assert.match(
        page.body,
        /Anna[\s\S]*?Confirmed[\s\S]*?Cecilie[\s\S]*?number 1[\s\S]*?Bodil[\s\S]*?number 2[\s\S]*?Dag[\s\S]*?number 3[\s\S]*?Eli[\s\S]*?Frida/,
      );
      const csv = (await operator.get(`${list}.csv?lang=en`)).body.split('\r\n').slice(1, 7);
      assert.deepEqual(
        csv.map((line) => line.split(';')[0]!.replace(/-.*$/, '')),
        ['Anna', 'Cecilie', 'Bodil', 'Dag', 'Eli', 'Frida'],
      );
      assert.deepEqual(
        csv.map((line) => line.split(';')[4]),
        ['', '1', '2', '3', '', ''],
      );
      // "My next steps" gives Dag the number the list gives him.
      assert.equal((await registrationsOfUser(db, user.id))[0]!.waitlistPosition, 3);
    });

    it('serves a waiting row without a queue number by its id, the same on both databases', async () => {
      const db = t.database.db;
      const event = await buildEvent(db, programmeId, { capacity: 1 });
      const anna = await register(db, { eventId: event.id, ...person('Anna'), confirmed: true });
      const bodil = await register(db, { eventId: event.id, ...person('Bodil'), confirmed: true });
      // A row written by hand (an import, old data) without a number: it sorts by its id.
      const stray = await db
        .insertInto('registrations')
        .values({
          event_id: event.id,
          person_id: null,
          user_id: null,
          name: 'Stray',
          email: 'stray@example.no',
          email_key: `stray-${event.id}@example.no`,
          organisation: '',
          status: 'waitlisted',
          confirm_token_hash: null,
          registered_by: null,
          created_at: new Date().toISOString(),
          confirmed_at: null,
          queue_number: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await cancelRegistration(db, anna.registrationId, null);
      assert.equal(await statusOf(bodil.registrationId), 'confirmed');
      assert.equal(await statusOf(stray.id), 'waitlisted');
      await db.updateTable('events').set({ capacity: 2 }).where('id', '=', event.id).execute();
      assert.equal(await promoteFromWaitlist(db, event.id, new Date()), 1);
      assert.equal(await statusOf(stray.id), 'confirmed');
    });

    it('refuses a second registration with the same queue number in one event', async () => {
      const db = t.database.db;
      const event = await buildEvent(db, programmeId, { capacity: 5 });
      const first = await register(db, { eventId: event.id, ...person('Anna'), confirmed: true });
      const second = await register(db, { eventId: event.id, ...person('Bodil'), confirmed: true });
      const queue = await db
        .selectFrom('registrations')
        .select('queue_number')
        .where('id', '=', first.registrationId)
        .executeTakeFirstOrThrow();
      assert.ok(queue.queue_number != null, 'a confirmed registration has a queue number');
      await assert.rejects(
        db
          .updateTable('registrations')
          .set({ queue_number: queue.queue_number })
          .where('id', '=', second.registrationId)
          .execute(),
        (error: unknown) => isConstraintViolation(error),
      );
    });

    it('the migration numbers placed rows without one and moves shared numbers to the end of the line', async () => {
      const db = t.database.db;
      const event = await buildEvent(db, programmeId, { capacity: 1 });
      const ids: number[] = [];
      for (const name of ['Anna', 'Bodil', 'Cecilie', 'Dag'])
        ids.push(
          (await register(db, { eventId: event.id, ...person(name), confirmed: true })).registrationId,
        );
      // Data as it could be before the index: Cecilie shares Bodil's number, Dag has none.
      await sql`drop index registrations_queue_unique`.execute(db);
      await db.updateTable('registrations').set({ queue_number: 2 }).where('id', '=', ids[1]!).execute();
      await db.updateTable('registrations').set({ queue_number: 2 }).where('id', '=', ids[2]!).execute();
      await db.updateTable('registrations').set({ queue_number: null }).where('id', '=', ids[3]!).execute();
      await migrations.find((m) => m.name === '20261126-16-queue-unique')!.up(db, dialect);
      const rows = await db
        .selectFrom('registrations')
        .select(['id', 'queue_number'])
        .where('event_id', '=', event.id)
        .orderBy('queue_number')
        .execute();
      assert.equal(new Set(rows.map((r) => r.queue_number)).size, 4, 'every number its own');
      assert.ok(rows.every((r) => r.queue_number != null));
      assert.deepEqual(
        rows.map((r) => r.id),
        [ids[0], ids[1], ids[2], ids[3]],
        'the moved rows queue last, in arrival order',
      );
    });
  });
}
