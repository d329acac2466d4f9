import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildProgramme, buildProgrammeMember } from '../../../test/support/factories';
import { listOutbox } from '../../platform/mail/outbox';
import { isoWeek, libraryPersonalData, sendDigests } from './digest-service';
import { createItem, publishItem } from './service';

const DAY = 24 * 3600 * 1000;

describe('ISO weeks', () => {
  it('numbers weeks as ISO 8601 does, across the new year', () => {
    assert.equal(isoWeek(new Date('2026-11-26T12:00:00Z')).key, '2026-W48');
    assert.equal(isoWeek(new Date('2027-01-01T12:00:00Z')).key, '2026-W53');
    assert.equal(isoWeek(new Date('2024-12-30T00:00:00Z')).key, '2025-W01');
    assert.equal(isoWeek(new Date('2026-11-29T23:59:00Z')).start.toISOString(), '2026-11-23T00:00:00.000Z');
  });
});

for (const dialect of testDialects()) {
  describe(`weekly digest [${dialect}]`, () => {
    let t: TestApp;
    let member: Awaited<ReturnType<typeof buildProgrammeMember>>;
    let client: Client;
    let programme: { id: number; slug: string };

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      programme = await buildProgramme(db, { title: { nb: 'Veiledningspiloten' }, visibility: 'members' });
      member = await buildProgrammeMember(db, programme.id);
      client = new Client(t.app);
      await client.logIn(member.user.email, member.user.password);
    });
    after(() => t.close());

    it('saves the choice of programmes and themes on /me/digest', async () => {
      const page = await client.get('/me/digest?lang=en');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Veiledningspiloten/);
      assert.match(page.body, /You get no digest now\./);
      const saved = await client.post('/me/digest', {
        programmeIds: String(programme.id),
        themes: ['labour-market', 'not-a-theme'],
      });
      assert.equal(saved.statusCode, 303);
      const again = await client.get('/me/digest?saved=1&lang=en');
      assert.match(again.body, /Your choice is saved\./);
      assert.match(again.body, /value="labour-market" checked/);
      assert.match(again.body, new RegExp(`value="${programme.id}" checked`));
      assert.equal((await new Client(t.app).get('/me/digest')).statusCode, 401);
    });

    it("sends each person one digest a week, through the outbox, with last week's new items they chose", async () => {
      const db = t.database.db;
      const now = new Date();
      const lastWeek = new Date(isoWeek(now).start.getTime() - 3 * DAY);
      const publish = async (title: string, extra: object, when = lastWeek) => {
        const { id } = await createItem(
          db,
          { kind: 'article', title, language: 'nb', audience: 'public', ...extra },
          null,
        );
        await publishItem(db, id, null, when);
      };
      await publish('Pendling og arbeidsmarked', { themes: ['labour-market'] });
      await publish('Prosessplan for piloten', {
        audience: 'members',
        links: { programmeIds: [programme.id] },
      });
      await publish('Klimatilpasning', { themes: ['climate'] });
      await publish('Gammel nyhet', { themes: ['labour-market'] }, new Date(lastWeek.getTime() - 14 * DAY));
      await createItem(
        db,
        {
          kind: 'news',
          title: 'Upublisert utkast',
          language: 'nb',
          audience: 'public',
          themes: ['labour-market'],
        },
        null,
      );

      // Two instances at once, then once more: one mail.
      const sent = await Promise.all([
        sendDigests(db, now, 'https://samling.test'),
        sendDigests(db, now, 'https://samling.test'),
      ]);
      assert.equal(sent[0] + sent[1], 1);
      assert.equal(await sendDigests(db, now, 'https://samling.test'), 0);

      const mails = (await listOutbox(db)).filter((m) => m.recipient === member.user.email);
      assert.equal(mails.length, 1);
      const body = mails[0]!.body;
      assert.match(body, /Pendling og arbeidsmarked/);
      assert.match(body, /Prosessplan for piloten/);
      assert.match(body, /https:\/\/samling\.test\/library\/pendling-og-arbeidsmarked/);
      assert.doesNotMatch(body, /Klimatilpasning|Gammel nyhet|Upublisert/);
      assert.match(mails[0]!.subject, new RegExp(isoWeek(now).key));
    });

    it('exports and erases the choice with the personal data', async () => {
      const db = t.database.db;
      const who = { userId: member.user.id, personId: member.personId };
      const exported = (await libraryPersonalData.export(db, who)) as { digest: { themes: string[] } | null };
      assert.deepEqual(exported.digest?.themes, ['labour-market']);
      await libraryPersonalData.erase(db, who);
      const after = (await libraryPersonalData.export(db, who)) as {
        digest: unknown;
        digestWeeksSent: string[];
      };
      assert.equal(after.digest, null);
      assert.deepEqual(after.digestWeeksSent, []);
    });
  });
}
