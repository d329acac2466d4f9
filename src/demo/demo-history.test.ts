import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../test/support/app';
import { testDialects } from '../../test/support/databases';
import { getProgrammeBySlug, listParticipants } from '../modules/programmes/index';
import { listOutbox } from '../platform/mail/outbox';
import { DEMO_PASSWORD, loadDemoIfEmpty } from './index';

// The demo's follow-up happened in 2014 (Byregionprogrammet, Regional fysisk planering) and
// 2020–2022 (Veiledningspiloten): it must carry those dates, not the day the demo was loaded.

/** Every timestamp the demo's follow-up carries, with the programme it belongs to. */
async function followUpTimes(t: TestApp) {
  const db = t.database.db;
  const participants = await db
    .selectFrom('programme_participants')
    .innerJoin('programmes', 'programmes.id', 'programme_participants.programme_id')
    .select(['programme_participants.id as id', 'programmes.slug as slug'])
    .execute();
  const slugOf = new Map(participants.map((p) => [p.id, p.slug]));
  const [progress, notes, feedback, plan, outcomes] = await Promise.all([
    db.selectFrom('step_progress').select(['participant_id', 'updated_at as at']).execute(),
    db.selectFrom('step_notes').select(['participant_id', 'created_at as at']).execute(),
    db.selectFrom('step_feedback').select(['participant_id', 'created_at as at']).execute(),
    db.selectFrom('plan_activities').select(['participant_id', 'updated_at as at']).execute(),
    db.selectFrom('participant_outcomes').select(['participant_id', 'decided_at as at']).execute(),
  ]);
  return [...progress, ...notes, ...feedback, ...plan, ...outcomes].map((r) => ({
    slug: slugOf.get(r.participant_id)!,
    at: r.at,
  }));
}

const logIn = async (t: TestApp, email: string) => {
  const client = new Client(t.app);
  await client.get('/login?lang=en');
  await client.logIn(email, DEMO_PASSWORD);
  return client;
};

for (const dialect of testDialects()) {
  describe(`demo history and mail [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await createTestApp(dialect);
      assert.equal(await loadDemoIfEmpty(t.database), true);
    });
    after(() => t.close());

    it('queues no mail, though the centre gave feedback', async () => {
      const db = t.database.db;
      const feedback = await db
        .selectFrom('step_feedback')
        .select('id')
        .where('from_centre', '=', 1)
        .execute();
      assert.ok(feedback.length >= 15);
      assert.deepEqual(await listOutbox(db), [], 'a demo with SMTP_URL set sends nothing');
    });

    it('dates every record within its programme’s period', async () => {
      const periods: Record<string, [string, string]> = {
        byregionprogrammet: ['2014-01-01', '2014-12-31'],
        veiledningspiloten: ['2020-09-01', '2022-08-31T23:59'],
        'regional-fysisk-planering': ['2014-05-01', '2014-12-03T23:59'],
      };
      const times = await followUpTimes(t);
      assert.ok(times.length > 300);
      for (const { slug, at } of times) {
        const [from, to] = periods[slug]!;
        assert.ok(at >= from && at <= to, `${slug}: ${at} lies in ${from}–${to}`);
      }
      const answers = await t.database.db
        .selectFrom('step_feedback as answer')
        .innerJoin('step_feedback as feedback', 'feedback.id', 'answer.reply_to_id')
        .select(['answer.created_at as answered', 'feedback.created_at as given'])
        .execute();
      assert.ok(answers.length >= 10);
      for (const a of answers) assert.ok(a.answered > a.given, `answered ${a.answered} after ${a.given}`);
    });

    it('shows Grue’s project leader the dates things happened', async () => {
      const programme = await getProgrammeBySlug(t.database.db, 'veiledningspiloten');
      const grue = (await listParticipants(t.database.db, programme!.id)).find(
        (p) => p.organisation?.name === 'Grue',
      );
      const client = await logIn(t, 'prosjektleder@grue.example');
      const page = (await client.get(`/programmes/veiledningspiloten/participants/${grue!.id}?lang=en`)).body;
      assert.match(page, /Feedback from the centre<\/strong>, <time datetime="2021-02-10T12:00:00\.000Z">/);
      assert.match(page, /Answer from Grue<\/strong>, <time datetime="2021-05-19T13:01:00\.000Z">/);
      assert.match(page, /Recorded 31 August 2022/);
      assert.match(page, /since 28 April 2022/, 'the plan step was done when the council adopted it');
      assert.match(page, /Ingrid Demodal – Project leader/);
      const operator = await logIn(t, 'operator@distriktssenteret.example');
      const byregion = (await operator.get('/programmes/byregionprogrammet?lang=en')).body;
      assert.match(byregion, /Nominated by: [^.]+\. 10 June 2014/, 'nominations carry their dates too');
    });

    it('lists recent activity by when it happened, and marks only later changes as new', async () => {
      const advisor = await logIn(t, 'advisor@innlandet.example');
      const me = (await advisor.get('/me?lang=en')).body;
      const recent = me.slice(me.indexOf('Recent activity'));
      const dates = [...recent.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]!);
      assert.ok(dates.length > 0);
      assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
      // The advisor guides the four Innlandet municipalities and set their statuses, so what others
      // did there (answers, plans) is their news: written at its own dates in the programme period.
      assert.ok(dates[0]!.startsWith('2022'), `the latest change is from 2022: ${dates.join()}`);
      assert.ok(
        dates.every((d) => d >= '2020-09-01' && d <= '2022-08-31T23:59'),
        `every change is dated within the programme: ${dates.join()}`,
      );

      const overview = '/programmes/veiledningspiloten/overview?lang=en';
      assert.match((await advisor.get(overview)).body, /This is your first visit/);
      await sleep(5);
      const grue = await logIn(t, 'prosjektleder@grue.example');
      const programme = await getProgrammeBySlug(t.database.db, 'veiledningspiloten');
      const grueId = (await listParticipants(t.database.db, programme!.id)).find(
        (p) => p.organisation?.name === 'Grue',
      )!.id;
      const structure = (await grue.get(`/programmes/veiledningspiloten/participants/${grueId}`)).body;
      const stepPath = /href="(\/programmes\/veiledningspiloten\/participants\/\d+\/steps\/\d+)"/.exec(
        structure,
      )![1]!;
      assert.equal((await grue.post(`${stepPath}/notes`, { note: 'Ny oppfølging i dag.' })).statusCode, 303);

      const after = (await advisor.get('/me?lang=en')).body;
      assert.match(after, /Changes since your last visit: 1/);
      const second = (await advisor.get(overview)).body;
      assert.doesNotMatch(second, /This is your first visit/);
      const changes = second.slice(
        second.indexOf('id="changes"'),
        second.indexOf('</section>', second.indexOf('id="changes"')),
      );
      assert.equal((changes.match(/>New</g) ?? []).length, 1, 'only today’s note is new');
      assert.match(changes, /Grue<\/a>: New note on/);
    });
  });
}
