import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildEvent, buildProgramme, buildProgrammeMember, buildUser } from '../../../test/support/factories';
import { listAudit } from '../../platform/audit/audit';
import { listOutbox } from '../../platform/mail/outbox';
import { utcToZoned } from '../../platform/time';
import { createCase, createHomework, submitHomework } from './index';
import { homeworkReminders } from './jobs';

const hour = 3600 * 1000;
const day = 24 * hour;
const zone = 'Europe/Stockholm';
const file = (name: string) => ({ filename: name, contentType: 'text/plain', data: Buffer.from(name) });

for (const dialect of testDialects()) {
  describe(`editing and deleting homework [${dialect}]`, () => {
    let t: TestApp;
    let event: { id: number };
    const now = new Date();
    /** The event's local time `ms` from now, as the form takes it. */
    const local = (ms: number) => utcToZoned(new Date(now.getTime() + ms).toISOString(), zone);
    const cases = {} as Record<'grue' | 'aure' | 'hamar', number>;
    const clients = {} as Record<'grue' | 'operator' | 'advisor', Client>;

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const programme = await buildProgramme(db, { visibility: 'members' });
      event = await buildEvent(db, programme.id, {
        kind: 'workshop',
        title: 'WS2 Göteborg',
        timeZone: zone,
        language: 'en',
      });
      const users: Record<string, { email: string; password: string }> = {
        operator: await buildUser(db, { role: 'operator' }),
        advisor: await buildUser(db, { role: 'advisor' }),
      };
      for (const name of ['grue', 'aure', 'hamar'] as const) {
        const member = await buildProgrammeMember(db, programme.id, `${name} kommune`);
        cases[name] = await createCase(
          db,
          { programmeId: programme.id, participantId: member.participantId, title: `Caset til ${name}` },
          null,
        );
        if (name === 'grue') users.grue = member.user;
      }
      for (const [name, user] of Object.entries(users)) {
        const client = new Client(t.app);
        await client.logIn(user.email, user.password);
        await client.get('/programmes?lang=en');
        clients[name as keyof typeof clients] = client;
      }
    });
    after(() => t.close());

    const homeworkRow = (id: number) =>
      t.database.db.selectFrom('homework').selectAll().where('id', '=', id).executeTakeFirst();
    const newHomework = (title: string, dueAt: string, instructions = '') =>
      createHomework(
        t.database.db,
        { eventId: event.id, title: { en: title }, instructions: { en: instructions }, dueAt },
        null,
      );
    /** The reminders queued for one homework, by its title in the subject. */
    const remindersOf = async (title: string) =>
      (await listOutbox(t.database.db, 1000)).filter((m) => m.subject.includes(`“${title}”`)).length;

    it('edits the title, instructions and due time, and the pages show the new ones', async () => {
      const id = await newHomework('Describe your case', local(14 * day), 'Old instructions');
      const form = await clients.operator.get(`/homework/${id}/edit`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /Edit “Describe your case”/);
      assert.match(form.body, new RegExp(`value="${local(14 * day)}"`), 'the due time in the event’s zone');
      assert.match(form.body, /Old instructions<\/textarea>/);
      assert.match(form.body, /name="_csrf"/);

      const saved = await clients.operator.post(`/homework/${id}/edit`, {
        titleEn: 'Describe your case again',
        titleSv: 'Beskriv ert case',
        instructionsEn: 'New instructions',
        dueAt: '2030-05-18T16:00',
      });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, `/homework/${id}?updated=rearmed`);
      const page = await clients.operator.get(saved.headers.location);
      assert.match(page.body, /Describe your case again/);
      assert.match(page.body, /New instructions/);
      assert.doesNotMatch(page.body, /Old instructions/);
      assert.match(page.body, /Due 18 May 2030, 16:00/, 'shown in Stockholm time, as entered');
      assert.match(page.body, /The homework is saved\./);
      const list = await clients.operator.get(`/events/${event.id}/homework`);
      assert.match(list.body, /Describe your case again<\/a> – Due 18 May 2030, 16:00/);
      assert.equal((await homeworkRow(id))?.due_at, '2030-05-18T14:00:00.000Z');
      const audited = await listAudit(t.database.db, { subjectType: 'homework', subjectId: String(id) });
      assert.deepEqual(
        audited.map((a) => a.action),
        ['homework.update', 'homework.create'],
      );
      const sv = await clients.operator.get(`/homework/${id}?lang=sv`);
      assert.match(sv.body, /Beskriv ert case/);
      assert.match(sv.body, /Redigera hemuppgiften/);
      await clients.operator.get('/programmes?lang=en'); // the language sticks to the session
    });

    it('refuses a bad due time or a title in no language with 400, and saves nothing', async () => {
      const id = await newHomework('Three questions', local(10 * day), 'Bring them');
      const before = await homeworkRow(id);
      const badDate = await clients.operator.post(`/homework/${id}/edit`, {
        titleEn: 'Changed title',
        dueAt: '18.05.2031',
      });
      assert.equal(badDate.statusCode, 400);
      assert.match(badDate.body, /Enter a date and time like 2026-05-18 16:00\./);
      assert.match(badDate.body, /value="Changed title"/, 'what was typed stays in the form');
      const noDay = await clients.operator.post(`/homework/${id}/edit`, {
        titleEn: 'Changed title',
        dueAt: '2031-02-30T10:00',
      });
      assert.equal(noDay.statusCode, 400);
      const noTitle = await clients.operator.post(`/homework/${id}/edit`, { dueAt: '2031-05-18T16:00' });
      assert.equal(noTitle.statusCode, 400);
      assert.match(noTitle.body, /Fill in the title in at least one language\./);
      const noDue = await clients.operator.post(`/homework/${id}/edit`, { titleEn: 'Changed title' });
      assert.equal(noDue.statusCode, 400);
      assert.match(noDue.body, /ds-error-summary/);
      assert.deepEqual(await homeworkRow(id), before, 'nothing changed');
      const nb = await clients.operator.post(`/homework/${id}/edit?lang=nb`, {
        titleEn: 'x',
        dueAt: 'i morgen',
      });
      assert.match(nb.body, /Skriv dato og klokkeslett som 2026-05-18 16:00\./);
      await clients.operator.get('/programmes?lang=en');
      assert.deepEqual(await homeworkRow(id), before, 'still nothing changed');
    });

    it('re-arms the reminder when the due time moves ahead; a hand-in stays and lateness follows', async () => {
      const db = t.database.db;
      const title = 'Map the stakeholders';
      const id = await newHomework(title, local(1.5 * day));
      await submitHomework(db, { homeworkId: id, caseId: cases.grue, body: 'Kartet vårt' }, null, now);
      const first = await homeworkReminders.run(db, now);
      const reminders = await remindersOf(title);
      assert.ok(reminders >= 2 && first >= reminders, 'aure and hamar are reminded, grue is not');
      assert.equal(await homeworkReminders.run(db, now), 0, 'once');

      const moved = await clients.operator.post(`/homework/${id}/edit`, {
        titleEn: title,
        dueAt: local(5 * day),
      });
      assert.equal(moved.headers.location, `/homework/${id}?updated=rearmed`);
      const notice = await clients.operator.get(moved.headers.location as string);
      assert.match(notice.body, /get a reminder before the new due date/);
      assert.equal((await homeworkRow(id))?.reminder_sent_at, null, 'the reminder is armed again');
      await homeworkReminders.run(db, now);
      assert.equal(await remindersOf(title), reminders, 'not yet: the new due time is five days away');
      await homeworkReminders.run(db, new Date(now.getTime() + 3.5 * day));
      assert.equal(await remindersOf(title), 2 * reminders, 'reminded again before the new due time');

      // Only the texts change: no second reminder for the same due time.
      const retitled = await clients.operator.post(`/homework/${id}/edit`, {
        titleEn: `${title}!`,
        dueAt: local(5 * day),
      });
      assert.equal(retitled.headers.location, `/homework/${id}?updated=saved`);
      assert.notEqual((await homeworkRow(id))?.reminder_sent_at, null);

      // Moved to before the hand-in: it is still there, now handed in late, wherever it is shown.
      const earlier = await clients.operator.post(`/homework/${id}/edit`, {
        titleEn: title,
        dueAt: local(-1 * day),
      });
      assert.equal(earlier.headers.location, `/homework/${id}?updated=saved`, 'a past due time arms nothing');
      const status = await clients.operator.get(`/homework/${id}`);
      assert.match(status.body, /Caset til grue<\/a>[\s\S]*?Handed in late</);
      assert.match(status.body, /Caset til hamar<\/a>[\s\S]*?Not handed in – Overdue</);
      const own = await clients.grue.get(`/homework/${id}`);
      assert.match(own.body, /Kartet vårt/);
      assert.match(own.body, /Handed in late/);
      const casePage = await clients.grue.get(`/cases/${cases.grue}`);
      assert.match(casePage.body, new RegExp(`id="hand-in-${id}"[\\s\\S]*?Handed in late<`));

      await clients.operator.post(`/homework/${id}/edit`, { titleEn: title, dueAt: local(5 * day) });
      const onTime = await clients.operator.get(`/homework/${id}`);
      assert.match(onTime.body, /Caset til grue<\/a>[\s\S]*?Handed in</);
      assert.doesNotMatch(onTime.body, /Handed in late/);
    });

    it('deletes a homework with its hand-ins and their files, after saying how many', async () => {
      const db = t.database.db;
      const keep = await newHomework('Keep me', local(7 * day));
      await submitHomework(db, { homeworkId: keep, caseId: cases.hamar, body: 'Stays' }, null);
      const id = await newHomework('Delete me', local(7 * day));
      await submitHomework(
        db,
        { homeworkId: id, caseId: cases.grue, body: 'Grue', files: [file('a.txt'), file('b.txt')] },
        null,
      );
      await submitHomework(
        db,
        { homeworkId: id, caseId: cases.aure, body: '', files: [file('c.txt')] },
        null,
      );
      const filesBefore = (await db.selectFrom('submission_files').select('id').execute()).length;

      const confirm = await clients.operator.get(`/homework/${id}/delete`);
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /Delete “Delete me”\?/);
      assert.match(confirm.body, /2 cases have handed it in: their 2 hand-ins and all their files/);
      assert.match(confirm.body, /Files handed in: 3\./);
      assert.match(confirm.body, /name="handIns" value="2"/);

      // A hand-in that arrived after the question: asked again, nothing deleted.
      const stale = await clients.operator.post(`/homework/${id}/delete`, { handIns: '1' });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /More hand-ins have come in since you opened this page/);
      assert.ok(await homeworkRow(id));

      const deleted = await clients.operator.post(`/homework/${id}/delete`, { handIns: '2' });
      assert.equal(deleted.statusCode, 303);
      assert.equal(deleted.headers.location, `/events/${event.id}/homework?deleted=1`);
      const list = await clients.operator.get(deleted.headers.location);
      assert.match(list.body, /The homework is deleted\./);
      assert.doesNotMatch(list.body, /Delete me/);
      assert.match(list.body, /Keep me/);
      assert.equal((await clients.operator.get(`/homework/${id}`)).statusCode, 404);
      assert.equal((await clients.grue.get(`/homework/${id}`)).statusCode, 404);
      const left = await db.selectFrom('homework_submissions').select('homework_id').execute();
      assert.ok(!left.some((s) => s.homework_id === id), 'its hand-ins are gone');
      assert.ok(
        left.some((s) => s.homework_id === keep),
        'other homework keeps its hand-ins',
      );
      const filesAfter = (await db.selectFrom('submission_files').select('id').execute()).length;
      assert.equal(filesAfter, filesBefore - 3, 'and their files');
      const [audited] = await listAudit(db, { subjectType: 'homework', subjectId: String(id) });
      assert.equal(audited?.action, 'homework.delete');
      assert.deepEqual([JSON.parse(audited.details).handIns, JSON.parse(audited.details).files], [2, 3]);
      assert.equal((await clients.operator.post(`/homework/${id}/delete`, { handIns: '2' })).statusCode, 404);

      const empty = await newHomework('Nobody handed in', local(7 * day));
      const plain = await clients.operator.get(`/homework/${empty}/delete?lang=sv`);
      assert.match(plain.body, /Inget case har lämnat in den\./);
      await clients.operator.get('/programmes?lang=en');
    });

    it('keeps editing and deleting to operators: participants and advisors get 403', async () => {
      const id = await newHomework('Operators only', local(7 * day));
      const before = await homeworkRow(id);
      for (const who of ['grue', 'advisor'] as const) {
        const client = clients[who];
        assert.equal((await client.get(`/homework/${id}/edit`)).statusCode, 403, who);
        assert.equal((await client.get(`/homework/${id}/delete`)).statusCode, 403, who);
        const edit = await client.post(`/homework/${id}/edit`, { titleEn: 'Mine now', dueAt: local(day) });
        assert.equal(edit.statusCode, 403, who);
        assert.equal((await client.post(`/homework/${id}/delete`, { handIns: '0' })).statusCode, 403, who);
      }
      assert.deepEqual(await homeworkRow(id), before, 'nothing changed');
      const page = await clients.grue.get(`/homework/${id}`);
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, /\/edit"|\/delete"/, 'no edit or delete links for a participant');
      const anonymous = await t.app.inject({ url: `/homework/${id}/edit` });
      assert.notEqual(anonymous.statusCode, 200);
      assert.equal((await clients.operator.get('/homework/999999/edit')).statusCode, 404);
      assert.equal((await clients.operator.get('/homework/abc/delete')).statusCode, 404);
    });
  });
}
