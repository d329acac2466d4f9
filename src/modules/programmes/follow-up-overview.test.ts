import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildFollowUpProgramme, buildPerson, buildUser } from '../../../test/support/factories';
import { setStepStatus } from './follow-up-service';
import { addAdvisor } from './team-service';

type Setup = Awaited<ReturnType<typeof buildFollowUpProgramme>>;

/** The table row of one participant, from its row header to the end of the row. */
function rowOf(body: string, name: string) {
  const start = body.indexOf(`>${name}</a>`, body.indexOf('<tbody>'));
  if (start < 0) return null;
  return body.slice(start, body.indexOf('</tr>', start));
}

const newMarkers = (html: string) => (html.match(/class="ds-tag overview-new"[^>]*>New</g) ?? []).length;

for (const dialect of testDialects()) {
  describe(`programme overview and my page [${dialect}]`, () => {
    let t: TestApp;
    let s: Setup;
    let operator: Client;
    let colleague: { id: number };
    let overview: string;
    let grueName: string;
    let aureName: string;

    const logIn = async (who: { email: string; password: string }) => {
      const client = new Client(t.app);
      await client.get('/login?lang=en');
      await client.logIn(who.email, who.password);
      return client;
    };

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      s = await buildFollowUpProgramme(db);
      operator = await logIn(await buildUser(db, { role: 'operator' }));
      colleague = await buildUser(db, { role: 'operator', name: 'Kari Kollega' });
      overview = `/programmes/${s.programme.slug}/overview`;
      const names = await db.selectFrom('organisations').select(['id', 'name']).execute();
      grueName = names.find((o) => o.id === s.grue.organisationId)!.name;
      aureName = names.find((o) => o.id === s.aure.organisationId)!.name;
    });
    after(() => t.close());

    it('shows each status in words and marks what others changed since the last visit', async () => {
      const first = await operator.get(overview);
      assert.equal(first.statusCode, 200);
      assert.match(first.body, /This is your first visit/);
      assert.match(
        first.body,
        /<th scope="colgroup" colSpan="2">Phase 1<\/th>|<th scope="colgroup" colspan="2">Phase 1<\/th>/,
      );
      assert.match(first.body, /<th scope="row"/);
      await sleep(5);
      await setStepStatus(
        t.database.db,
        {
          participantId: s.grue.participantId,
          stepId: s.steps.projectLeader,
          status: 'done',
          note: 'Tilsatt',
        },
        colleague.id,
      );
      await sleep(5);

      const second = await operator.get(overview);
      const grueRow = rowOf(second.body, grueName);
      assert.ok(grueRow);
      assert.match(grueRow, /Done/);
      assert.equal(newMarkers(grueRow), 1, 'the changed cell says "New"');
      assert.equal(newMarkers(rowOf(second.body, aureName)!), 0);
      assert.match(second.body, /Changed since your last visit/);
      assert.match(second.body, /Project leader: Done/);
      assert.match(second.body, /1 done, 1 in progress|1 done, 0 in progress, 1 not started/);

      // Filtering keeps the baseline the filter form carries, so the marker stays while narrowing.
      const since = /name="since" value="([^"]+)"/.exec(second.body)?.[1];
      assert.ok(since);
      const filtered = await operator.get(`${overview}?since=${encodeURIComponent(since)}&status=done`);
      assert.equal(newMarkers(filtered.body), 1);

      const third = await operator.get(overview);
      assert.equal(newMarkers(third.body), 0, 'a new visit clears the markers');
      assert.match(third.body, /Nothing has changed since your last visit/);
      assert.match(rowOf(third.body, grueName)!, /Done/);
    });

    it('does not mark one’s own changes as new', async () => {
      await operator.get(overview);
      await sleep(5);
      const step = `/programmes/${s.programme.slug}/participants/${s.aure.participantId}/steps/${s.steps.anchoring}`;
      assert.equal((await operator.post(`${step}/status`, { status: 'in_progress' })).statusCode, 303);
      const page = await operator.get(overview);
      assert.match(rowOf(page.body, aureName)!, /In progress/);
      assert.equal(newMarkers(page.body), 0);
    });

    it('narrows the rows by county, kind, status and phase', async () => {
      const all = await operator.get(overview);
      assert.ok(rowOf(all.body, grueName) && rowOf(all.body, aureName));
      assert.match(all.body, /Showing 2 of 2 participants/);

      const byCounty = await operator.get(`${overview}?county=${s.grue.countyId}`);
      assert.ok(rowOf(byCounty.body, grueName));
      assert.equal(rowOf(byCounty.body, aureName), null);
      assert.match(byCounty.body, /Showing 1 of 2 participants/);

      const byStatus = await operator.get(`${overview}?status=in_progress`);
      assert.equal(rowOf(byStatus.body, grueName), null);
      assert.ok(rowOf(byStatus.body, aureName));

      const byKind = await operator.get(`${overview}?kind=county`);
      assert.match(byKind.body, /No participants match these filters/);

      const byPhase = await operator.get(`${overview}?phase=${s.phases.phase2}`);
      assert.match(byPhase.body, /Strategies and measures/);
      assert.doesNotMatch(byPhase.body, /<th scope="col" class="overview-step">Project leader/);

      const bad = await operator.get(`${overview}?status=finished`);
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Choose one of the options\./);
    });

    it('is for staff who follow up the programme only', async () => {
      const member = await logIn(s.grue.member);
      assert.equal((await member.get(overview)).statusCode, 403);
      const outsider = await logIn(await buildUser(t.database.db, { role: 'advisor' }));
      assert.equal((await outsider.get(overview)).statusCode, 404);

      const personId = await buildPerson(t.database.db, { name: 'Vera Veileder' });
      await addAdvisor(t.database.db, s.programme.id, { personId }, null);
      const advisor = await logIn(await buildUser(t.database.db, { role: 'advisor', personId }));
      assert.equal((await advisor.get(overview)).statusCode, 200);
      const participantPage = await advisor.get(
        `/programmes/${s.programme.slug}/participants/${s.grue.participantId}`,
      );
      assert.equal(participantPage.statusCode, 200);
      assert.equal((await operator.get('/programmes/no-such-programme/overview')).statusCode, 404);
    });

    it('shows a member their next steps and staff the programmes they follow up', async () => {
      const member = await logIn(s.grue.member);
      const mine = await member.get('/me');
      assert.equal(mine.statusCode, 200);
      assert.match(mine.body, new RegExp(`Open the follow-up of ${grueName}`));
      assert.match(mine.body, /Next step: Anchoring in the region/);
      assert.doesNotMatch(mine.body, new RegExp(aureName));

      const staff = await operator.get('/me');
      assert.match(staff.body, /Programmes you follow up/);
      assert.match(staff.body, new RegExp(`href="${overview}"`));
      assert.match(staff.body, /Recent activity/);
      assert.match(staff.body, /Project leader: Done/);
    });
  });
}
