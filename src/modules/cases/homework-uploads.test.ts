import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildEvent, buildProgramme, buildProgrammeMember } from '../../../test/support/factories';
import { utcToZoned } from '../../platform/time';
import { CaseError, CoachingError, createCase, createHomework, HomeworkError } from './index';

const boundary = '----samlingupload';

/** A hand-in form as multipart: the CSRF field, the case, and the files given. */
function handIn(client: Client, caseId: number, files: { name: string; type: string; data: string }[]) {
  const parts = [
    `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${client.cookies.get('csrf') ?? ''}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="caseId"\r\n\r\n${caseId}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="body"\r\n\r\nVår plan\r\n`,
    ...files.map(
      (f) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n${f.data}\r\n`,
    ),
    `--${boundary}--\r\n`,
  ];
  return Buffer.from(parts.join(''));
}

for (const dialect of testDialects()) {
  describe(`hand-in uploads and downloads [${dialect}]`, () => {
    let t: TestApp;
    let client: Client;
    let caseId: number;
    let url: string;

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const programme = await buildProgramme(db, { visibility: 'members' });
      const event = await buildEvent(db, programme.id, { kind: 'workshop' });
      const member = await buildProgrammeMember(db, programme.id, 'Grue kommune');
      caseId = await createCase(
        db,
        { programmeId: programme.id, participantId: member.participantId, title: 'Caset' },
        null,
      );
      const due = utcToZoned(new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(), 'Europe/Oslo');
      const homeworkId = await createHomework(
        db,
        { eventId: event.id, title: { en: 'Describe your case' }, instructions: {}, dueAt: due },
        null,
      );
      url = `/homework/${homeworkId}/submissions`;
      client = new Client(t.app);
      await client.logIn(member.user.email, member.user.password);
      await client.get('/programmes?lang=en');
    });
    after(() => t.close());

    const submissions = async () =>
      (await t.database.db.selectFrom('homework_submissions').select('id').execute()).length;

    it('answers a cut-off or boundary-less multipart body with 400 and a message, saving nothing', async () => {
      const before = await submissions();
      const whole = handIn(client, caseId, [{ name: 'plan.txt', type: 'text/plain', data: 'Planen vår' }]);
      const cut = await client.request({
        method: 'POST',
        url,
        payload: whole.subarray(0, whole.length - 30),
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      assert.equal(cut.statusCode, 400);
      assert.match(cut.body, /The upload did not arrive whole/);
      assert.match(cut.body, /Nothing was saved\. Please send them again\./);
      const noBoundary = await client.request({
        method: 'POST',
        url,
        payload: whole,
        headers: { 'content-type': 'multipart/form-data' },
      });
      assert.equal(noBoundary.statusCode, 400);
      assert.match(noBoundary.body, /The upload did not arrive whole/);
      assert.equal(await submissions(), before);
    });

    it('gives every refusal of the cases rules a 4xx status, so one that escapes a route is never a 500', () => {
      assert.equal(new CaseError('duplicate').statusCode, 409);
      assert.equal(new CaseError('participant', 'participantId').statusCode, 400);
      assert.equal(new HomeworkError('notFound').statusCode, 404);
      assert.equal(new HomeworkError('tooLarge', 'huge.pdf').statusCode, 413);
      assert.equal(new HomeworkError('dueAt').statusCode, 400);
      assert.equal(new CoachingError('notFound').statusCode, 404);
      assert.equal(new CoachingError('notEmpty').statusCode, 409);
    });

    it('serves only known document and image types as themselves; anything else as bytes', async () => {
      const sent = await client.request({
        method: 'POST',
        url,
        payload: handIn(client, caseId, [
          { name: 'page.html', type: 'text/html', data: '<script>alert(1)</script>' },
          { name: 'drawing.svg', type: 'image/svg+xml', data: '<svg onload="alert(1)"/>' },
          { name: 'report.pdf', type: 'application/pdf', data: '%PDF-1.4' },
          { name: 'notes.txt', type: 'text/plain; charset=utf-8', data: 'Notater' },
        ]),
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      assert.equal(sent.statusCode, 303);
      const page = await client.get(String(sent.headers.location));
      const served: Record<string, string> = {};
      for (const [, href, name] of page.body.matchAll(
        /href="(\/submissions\/\d+\/files\/\d+)"[^>]*>([^<]+)</g,
      )) {
        served[name!] = String((await client.get(href!)).headers['content-type']);
      }
      assert.deepEqual(served, {
        'page.html': 'application/octet-stream',
        'drawing.svg': 'application/octet-stream',
        'report.pdf': 'application/pdf',
        'notes.txt': 'text/plain',
      });
    });
  });
}
