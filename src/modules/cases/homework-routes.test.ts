import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildEvent, buildProgramme, buildProgrammeMember, buildUser } from '../../../test/support/factories';
import { utcToZoned } from '../../platform/time';
import { createCase, createHomework, homeworkForUser, submitHomework } from './index';
import { attachment } from './homework-routes';

interface Part {
  name: string;
  value?: string;
  filename?: string;
  contentType?: string;
  data?: Buffer;
}

/** A browser's multipart form post: the CSRF field first, then the fields and files. */
function postMultipart(client: Client, url: string, parts: Part[]) {
  const boundary = '----samlinghandin';
  const chunks: Buffer[] = [];
  for (const part of [{ name: '_csrf', value: client.cookies.get('csrf') ?? '' }, ...parts]) {
    const file = part.filename !== undefined ? `; filename="${part.filename}"` : '';
    const type = part.filename !== undefined ? `\r\nContent-Type: ${part.contentType ?? 'text/plain'}` : '';
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"${file}${type}\r\n\r\n`,
      ),
    );
    chunks.push(part.data ?? Buffer.from(part.value ?? ''));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return client.request({
    method: 'POST',
    url,
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

const hour = 3600 * 1000;

for (const dialect of testDialects()) {
  describe(`homework and hand-ins [${dialect}]`, () => {
    let t: TestApp;
    let programme: { id: number; slug: string };
    let event: { id: number };
    let homeworkId: number;
    let pastHomeworkId: number;
    const cases = {} as Record<'grue' | 'aure' | 'hamar', number>;
    const clients = {} as Record<'grue' | 'aure' | 'hamar' | 'operator', Client>;
    const members = {} as Record<'grue' | 'aure' | 'hamar', Awaited<ReturnType<typeof buildProgrammeMember>>>;

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      programme = await buildProgramme(db, { visibility: 'members' });
      event = await buildEvent(db, programme.id, {
        kind: 'workshop',
        title: 'WS2 Göteborg',
        timeZone: 'Europe/Stockholm',
      });
      for (const name of ['grue', 'aure', 'hamar'] as const) {
        members[name] = await buildProgrammeMember(db, programme.id, `${name} kommune`);
        cases[name] = await createCase(
          db,
          {
            programmeId: programme.id,
            participantId: members[name].participantId,
            title: `Caset til ${name}`,
          },
          null,
        );
      }
      const operator = await buildUser(db, { role: 'operator' });
      for (const [name, user] of Object.entries({ ...mapUsers(members), operator })) {
        const client = new Client(t.app);
        await client.logIn(user.email, user.password);
        await client.get('/programmes?lang=en');
        clients[name as keyof typeof clients] = client;
      }
      const inTwoWeeks = utcToZoned(new Date(Date.now() + 14 * 24 * hour).toISOString(), 'Europe/Stockholm');
      homeworkId = await createHomework(
        db,
        {
          eventId: event.id,
          title: { sv: 'Beskriv ert case', en: 'Describe your case' },
          instructions: { en: 'What do you want to achieve?' },
          dueAt: inTwoWeeks,
        },
        null,
      );
      const yesterday = utcToZoned(new Date(Date.now() - 24 * hour).toISOString(), 'Europe/Stockholm');
      pastHomeworkId = await createHomework(
        db,
        { eventId: event.id, title: { en: 'Read the report' }, instructions: {}, dueAt: yesterday },
        null,
      );
    });
    after(() => t.close());

    function mapUsers(m: typeof members) {
      return { grue: m.grue.user, aure: m.aure.user, hamar: m.hamar.user };
    }

    it('lets the operator create homework with a due time in the event’s zone', async () => {
      const response = await clients.operator.post(`/events/${event.id}/homework`, {
        titleEn: 'Prepare three questions',
        instructionsEn: 'Bring them to WS2.',
        dueAt: '2026-05-18T16:00',
      });
      assert.equal(response.statusCode, 303);
      const page = await clients.operator.get(response.headers.location as string);
      assert.match(page.body, /Prepare three questions/);
      assert.match(page.body, /18 May 2026, 16:00/, 'shown in Stockholm time, as entered');
      const row = await t.database.db
        .selectFrom('homework')
        .select('due_at')
        .where('id', '=', Number(/\d+$/.exec(response.headers.location as string)![0]))
        .executeTakeFirstOrThrow();
      assert.equal(row.due_at, '2026-05-18T14:00:00.000Z');

      const bad = await clients.operator.post(`/events/${event.id}/homework`, {
        titleEn: 'x',
        dueAt: '18.05.2026',
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Enter a date and time like 2026-05-18 16:00\./);
      const refused = await clients.grue.post(`/events/${event.id}/homework`, {
        titleEn: 'x',
        dueAt: '2026-05-18T16:00',
      });
      assert.equal(refused.statusCode, 403);
    });

    it('takes a hand-in with text and a file, and serves the file for download', async () => {
      const form = await clients.grue.get(`/homework/${homeworkId}`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /Hand in for Caset til grue/);
      assert.match(form.body, /enctype="multipart\/form-data"/);
      const response = await postMultipart(clients.grue, `/homework/${homeworkId}/submissions`, [
        { name: 'caseId', value: String(cases.grue) },
        { name: 'body', value: 'Vi vil samle sentrum.' },
        {
          name: 'files',
          filename: 'C:\\Users\\pia\\Plan v2.txt',
          contentType: 'text/plain',
          data: Buffer.from('Planen vår'),
        },
      ]);
      assert.equal(response.statusCode, 303);
      const page = await clients.grue.get(`/homework/${homeworkId}?saved=1`);
      assert.match(page.body, /Thank you, your hand-in is saved\./);
      assert.match(page.body, /Vi vil samle sentrum\./);
      const link = /href="(\/submissions\/\d+\/files\/\d+)"/.exec(page.body);
      assert.ok(link, 'the file is listed with a download link');
      assert.match(page.body, />Plan v2\.txt</, 'the name is kept without folders');

      const download = await clients.grue.get(link[1]!);
      assert.equal(download.statusCode, 200);
      assert.equal(download.body, 'Planen vår');
      assert.match(String(download.headers['content-disposition']), /^attachment; filename="Plan v2\.txt"/);
      assert.equal(download.headers['x-content-type-options'], 'nosniff');
      assert.equal(
        (await clients.operator.get(link[1]!)).statusCode,
        200,
        'the operator reads every hand-in',
      );
      assert.equal((await clients.aure.get(link[1]!)).statusCode, 404, 'another case may not');

      const status = await clients.operator.get(`/homework/${homeworkId}`);
      assert.match(status.body, /Caset til grue<\/a>[\s\S]*?Handed in</);
      assert.match(status.body, /Caset til aure<\/a>[\s\S]*?Not handed in</);
    });

    it('refuses a file over 10 MB with a clear message and saves nothing', async () => {
      const before = await t.database.db.selectFrom('homework_submissions').select('id').execute();
      const files = await t.database.db.selectFrom('submission_files').select('id').execute();
      const response = await postMultipart(clients.aure, `/homework/${homeworkId}/submissions`, [
        { name: 'caseId', value: String(cases.aure) },
        { name: 'body', value: 'Teksten vår' },
        { name: 'files', filename: 'small.txt', data: Buffer.from('liten') },
        {
          name: 'files',
          filename: 'huge.pdf',
          contentType: 'application/pdf',
          data: Buffer.alloc(10 * 1024 * 1024 + 1, 1),
        },
      ]);
      assert.equal(response.statusCode, 413);
      assert.match(response.body, /The file “huge\.pdf” is larger than 10 MB\. Nothing was handed in\./);
      assert.match(response.body, /Teksten vår/, 'the text typed is kept in the form');
      assert.equal(
        (await t.database.db.selectFrom('homework_submissions').select('id').execute()).length,
        before.length,
      );
      assert.equal(
        (await t.database.db.selectFrom('submission_files').select('id').execute()).length,
        files.length,
      );

      const tooMany = await postMultipart(clients.aure, `/homework/${homeworkId}/submissions`, [
        { name: 'caseId', value: String(cases.aure) },
        ...[1, 2, 3, 4, 5, 6].map((n) => ({ name: 'files', filename: `f${n}.txt`, data: Buffer.from('x') })),
      ]);
      assert.equal(tooMany.statusCode, 400);
      assert.match(tooMany.body, /at most 5 files at a time/);
      assert.equal(
        (await t.database.db.selectFrom('submission_files').select('id').execute()).length,
        files.length,
      );
    });

    it('marks hand-ins overdue after the due time, and late ones as late', async () => {
      const page = await clients.operator.get(`/homework/${pastHomeworkId}`);
      assert.match(page.body, /Caset til hamar<\/a>[\s\S]*?Not handed in – Overdue</);
      const own = await clients.hamar.get(`/homework/${pastHomeworkId}`);
      assert.match(own.body, /Not handed in – Overdue/);
      const mine = await homeworkForUser(
        t.database.db,
        { id: members.hamar.user.id, role: 'participant', personId: members.hamar.personId } as never,
        new Date(),
      );
      const past = mine.find((h) => h.homeworkId === pastHomeworkId);
      assert.deepEqual([past?.submitted, past?.overdue, past?.caseId], [false, true, cases.hamar]);

      const late = await clients.hamar.post(`/homework/${pastHomeworkId}/submissions`, {
        caseId: String(cases.hamar),
        body: 'Sent, men levert',
      });
      assert.equal(late.statusCode, 303, 'a hand-in after the due time is still taken');
      const after = await clients.operator.get(`/homework/${pastHomeworkId}`);
      assert.match(after.body, /Caset til hamar<\/a>[\s\S]*?Handed in late</);
      // Handing in again replaces the text and adds the files.
      await submitHomework(
        t.database.db,
        {
          homeworkId: pastHomeworkId,
          caseId: cases.hamar,
          body: 'Ny tekst',
          files: [{ filename: 'a.txt', contentType: 'text/plain', data: Buffer.from('a') }],
        },
        null,
      );
      const again = await clients.hamar.get(`/homework/${pastHomeworkId}`);
      assert.match(again.body, /Ny tekst/);
      assert.doesNotMatch(again.body, /Sent, men levert/);
      assert.match(again.body, />a\.txt</);
    });

    it('lets a coaching-group peer at that event read the hand-in, and nobody else', async () => {
      const db = t.database.db;
      const group = await db
        .insertInto('coaching_groups')
        .values({ event_id: event.id, number: 1, created_at: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('coaching_group_members')
        .values([
          { group_id: group.id, case_id: cases.grue, event_id: event.id },
          { group_id: group.id, case_id: cases.hamar, event_id: event.id },
        ])
        .execute();
      const page = await clients.hamar.get(`/homework/${homeworkId}`);
      assert.match(page.body, /Hand-ins from your coaching group/);
      assert.match(page.body, /Vi vil samle sentrum\./);
      const link = /href="(\/submissions\/\d+\/files\/\d+)"/.exec(page.body);
      assert.ok(link);
      const download = await clients.hamar.get(link[1]!);
      assert.equal(download.statusCode, 200);
      assert.equal(download.body, 'Planen vår');
      assert.equal((await clients.aure.get(link[1]!)).statusCode, 404, 'aure is in no group with grue');
      const casePage = await clients.hamar.get(`/cases/${cases.grue}`);
      assert.match(casePage.body, /Vi vil samle sentrum\./, 'the peer reads it on the case page too');
    });

    it('names a downloaded file safely in both header forms', () => {
      assert.equal(
        attachment('Rapport æøå "x";.pdf'),
        `attachment; filename="Rapport ___ _x__.pdf"; filename*=UTF-8''Rapport%20%C3%A6%C3%B8%C3%A5%20%22x%22%3B.pdf`,
      );
    });
  });
}
