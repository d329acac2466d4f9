import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import { buildEvent, buildProgramme, buildUser } from '../../../test/support/factories';
import {
  cancelRegistration,
  confirmRegistration,
  promoteFromWaitlist,
  register,
  RegistrationError,
  registrationsOfUser,
} from './index';

const day = 24 * 3600 * 1000;
let counter = 0;
const person = (name = 'Guro Gjest') => {
  counter += 1;
  return { name, email: `Deltaker-${counter}-${Date.now()}@Example.no` };
};

async function rejects(promise: Promise<unknown>, key: string) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof RegistrationError, String(error));
    assert.equal(error.key, key);
    return true;
  });
}

for (const dialect of testDialects()) {
  describe(`registration [${dialect}]`, () => {
    let database: TestDatabase;
    let programmeId: number;

    before(async () => {
      database = await createTestDatabase(dialect);
      programmeId = (await buildProgramme(database.db)).id;
    });
    after(() => database.drop());

    const subjectsTo = async (email: string) =>
      (
        await database.db
          .selectFrom('outbox')
          .select(['subject', 'body'])
          .where('recipient', '=', email)
          .orderBy('id')
          .execute()
      ).map((m) => m.subject);

    it('confirms while there are places, then puts people on the waitlist in order', async () => {
      const { db } = database;
      const event = await buildEvent(db, programmeId, { capacity: 2, title: 'Nettverkssamling' });
      const [a, b, c, d] = [person(), person(), person(), person()];
      const results = [];
      for (const p of [a, b, c, d])
        results.push(await register(db, { eventId: event.id, ...p, confirmed: true }));
      assert.deepEqual(
        results.map((r) => r.status),
        ['confirmed', 'confirmed', 'waitlisted', 'waitlisted'],
      );
      assert.deepEqual(await subjectsTo(a.email), ['Du er påmeldt: Nettverkssamling']);
      assert.deepEqual(await subjectsTo(d.email), ['Du står på venteliste: Nettverkssamling']);
      const mail = await db
        .selectFrom('outbox')
        .select('body')
        .where('recipient', '=', d.email)
        .executeTakeFirstOrThrow();
      assert.match(mail.body, /nummer 2 på ventelisten/);
    });

    it('sends a confirmation link; a pending registration holds no place until it is opened', async () => {
      const { db } = database;
      const event = await buildEvent(db, programmeId, { capacity: 1, language: 'en', title: 'Workshop' });
      const guest = person();
      const pending = await register(db, {
        eventId: event.id,
        ...guest,
        organisation: 'Aure kommune',
        confirmed: false,
      });
      assert.equal(pending.status, 'pending');
      const mail = await db
        .selectFrom('outbox')
        .selectAll()
        .where('recipient', '=', guest.email)
        .executeTakeFirstOrThrow();
      assert.equal(mail.subject, 'Confirm your registration: Workshop');
      const token = /\/registrations\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.body)?.[1];
      assert.equal(token, pending.confirmToken);
      // Someone else takes the one place meanwhile; the guest then confirms and waits in line.
      const other = await register(db, { eventId: event.id, ...person(), confirmed: true });
      assert.equal(other.status, 'confirmed');
      const confirmed = await confirmRegistration(db, token!);
      assert.equal(confirmed.status, 'waitlisted');
      await rejects(confirmRegistration(db, token!), 'invalidToken');
      await rejects(confirmRegistration(db, 'not-a-token'), 'invalidToken');
    });

    it('keeps arrival order: a late-confirmed registration queues behind those already waiting', async () => {
      const { db } = database;
      const event = await buildEvent(db, programmeId, { capacity: 1 });
      await register(db, { eventId: event.id, ...person(), confirmed: true });
      const early = await register(db, { eventId: event.id, ...person(), confirmed: false });
      const waiting = await register(db, { eventId: event.id, ...person(), confirmed: true });
      const late = await confirmRegistration(db, early.confirmToken!);
      assert.equal(late.status, 'waitlisted');
      const first = await db
        .selectFrom('registrations')
        .selectAll()
        .where('id', '=', waiting.registrationId)
        .executeTakeFirstOrThrow();
      const second = await db
        .selectFrom('registrations')
        .selectAll()
        .where('id', '=', early.registrationId)
        .executeTakeFirstOrThrow();
      assert.ok(first.queue_number! < second.queue_number!);
    });

    it('expires a confirmation link after 7 days', async () => {
      const { db } = database;
      const event = await buildEvent(db, programmeId);
      const r = await register(db, { eventId: event.id, ...person(), confirmed: false });
      await rejects(confirmRegistration(db, r.confirmToken!, new Date(Date.now() + 8 * day)), 'invalidToken');
    });

    it('refuses before registration opens and after it closes', async () => {
      const { db } = database;
      const later = await buildEvent(db, programmeId, {
        registrationOpensAt: new Date(Date.now() + day).toISOString(),
      });
      await rejects(register(db, { eventId: later.id, ...person(), confirmed: true }), 'notOpen');
      const closed = await buildEvent(db, programmeId, {
        registrationClosesAt: new Date(Date.now() - day).toISOString(),
      });
      await rejects(register(db, { eventId: closed.id, ...person(), confirmed: true }), 'closed');
      const started = await buildEvent(db, programmeId, {
        startsAt: new Date(Date.now() - 3600_000).toISOString(),
      });
      await rejects(register(db, { eventId: started.id, ...person(), confirmed: true }), 'closed');
      // An organiser may still register someone on their behalf.
      const operator = await buildUser(db, { role: 'operator' });
      const onBehalf = await register(db, {
        eventId: closed.id,
        ...person(),
        registeredBy: operator.id,
        confirmed: true,
      });
      assert.equal(onBehalf.status, 'confirmed');
      const count = await db
        .selectFrom('registrations')
        .select(db.fn.countAll<number>().as('n'))
        .where('event_id', 'in', [later.id, started.id])
        .executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 0);
    });

    it('refuses the same e-mail twice, whatever its case, and allows it again after cancelling', async () => {
      const { db } = database;
      const event = await buildEvent(db, programmeId);
      const p = person();
      const first = await register(db, { eventId: event.id, ...p, confirmed: true });
      await rejects(
        register(db, { eventId: event.id, name: 'Again', email: p.email.toUpperCase(), confirmed: true }),
        'duplicate',
      );
      await cancelRegistration(db, first.registrationId, null);
      const again = await register(db, { eventId: event.id, ...p, confirmed: true });
      assert.equal(again.status, 'confirmed');
      // One login, one registration, even under another address.
      const user = await buildUser(db);
      await register(db, {
        eventId: event.id,
        userId: user.id,
        name: 'U',
        email: user.email,
        confirmed: true,
      });
      await rejects(
        register(db, { eventId: event.id, userId: user.id, ...person(), confirmed: true }),
        'duplicate',
      );
    });

    it('enforces required questions and saves the answers', async () => {
      const { db } = database;
      const event = await buildEvent(db, programmeId);
      const question = await db
        .insertInto('event_questions')
        .values({
          event_id: event.id,
          position: 1,
          kind: 'dietary',
          label: '{"nb":"Allergier"}',
          required: 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await rejects(
        register(db, { eventId: event.id, ...person(), answers: {}, confirmed: true }),
        'answerRequired',
      );
      const r = await register(db, {
        eventId: event.id,
        ...person(),
        answers: { [question.id]: ' Nøtter ' },
        confirmed: true,
      });
      const answer = await db
        .selectFrom('registration_answers')
        .selectAll()
        .where('registration_id', '=', r.registrationId)
        .executeTakeFirstOrThrow();
      assert.equal(answer.answer, 'Nøtter');
    });

    it('cancelling promotes exactly the first waiting, who is e-mailed', async () => {
      const { db } = database;
      const event = await buildEvent(db, programmeId, { capacity: 1, title: 'Årskonferanse' });
      const [a, b, c] = [person(), person(), person()];
      const ra = await register(db, { eventId: event.id, ...a, confirmed: true });
      const rb = await register(db, { eventId: event.id, ...b, confirmed: true });
      const rc = await register(db, { eventId: event.id, ...c, confirmed: true });
      assert.deepEqual((await cancelRegistration(db, ra.registrationId, null)).promoted, 1);
      const statuses = await db
        .selectFrom('registrations')
        .select(['id', 'status'])
        .where('event_id', '=', event.id)
        .orderBy('id')
        .execute();
      assert.deepEqual(
        statuses.map((s) => s.status),
        ['cancelled', 'confirmed', 'waitlisted'],
      );
      assert.deepEqual(await subjectsTo(b.email), [
        'Du står på venteliste: Årskonferanse',
        'Du har fått plass: Årskonferanse',
      ]);
      assert.deepEqual(await subjectsTo(a.email), [
        'Du er påmeldt: Årskonferanse',
        'Påmelding avmeldt: Årskonferanse',
      ]);
      assert.equal((await subjectsTo(c.email)).length, 1);
      void rb;
      void rc;
    });

    it('promotes from the waitlist when capacity is raised', async () => {
      const { db } = database;
      const event = await buildEvent(db, programmeId, { capacity: 1 });
      for (let i = 0; i < 4; i++) await register(db, { eventId: event.id, ...person(), confirmed: true });
      await db.updateTable('events').set({ capacity: 3 }).where('id', '=', event.id).execute();
      assert.equal(await promoteFromWaitlist(db, event.id, new Date()), 2);
      assert.equal(await promoteFromWaitlist(db, event.id, new Date()), 0);
    });

    it('lets people cancel themselves only until the cut-off; organisers after it', async () => {
      const { db } = database;
      const user = await buildUser(db);
      const operator = await buildUser(db, { role: 'operator' });
      const event = await buildEvent(db, programmeId, {
        cancellationClosesAt: new Date(Date.now() + day).toISOString(),
      });
      const r = await register(db, {
        eventId: event.id,
        userId: user.id,
        name: 'Ulla',
        email: user.email,
        confirmed: true,
      });
      await rejects(
        cancelRegistration(db, r.registrationId, user.id, new Date(Date.now() + 2 * day)),
        'cancellationClosed',
      );
      await cancelRegistration(db, r.registrationId, operator.id, new Date(Date.now() + 2 * day));
      assert.deepEqual(await registrationsOfUser(db, user.id), []);
    });

    it("lists a user's registrations with their place in line", async () => {
      const { db } = database;
      const user = await buildUser(db);
      const event = await buildEvent(db, programmeId, { capacity: 1 });
      await register(db, { eventId: event.id, ...person(), confirmed: true });
      await register(db, { eventId: event.id, ...person(), confirmed: true });
      const r = await register(db, {
        eventId: event.id,
        userId: user.id,
        name: 'Ulla',
        email: user.email,
        confirmed: true,
      });
      assert.deepEqual(await registrationsOfUser(db, user.id), [
        {
          registrationId: r.registrationId,
          eventId: event.id,
          status: 'waitlisted',
          waitlistPosition: 2,
          sessions: [],
        },
      ]);
    });
  });
}
