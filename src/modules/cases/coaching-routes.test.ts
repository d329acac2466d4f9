import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import {
  buildEvent,
  buildOrganisation,
  buildPerson,
  buildProgramme,
  buildUser,
} from '../../../test/support/factories';
import type { Executor } from '../../platform/db/database';
import { addParticipant } from '../programmes/index';
import { createCoachingGroup, loadCoachingBoard } from './coaching-service';

/** A case row for a participant, written directly (the case editor is another part's). */
async function insertCase(
  db: Executor,
  programmeId: number,
  participantId: number,
  title: string,
  themes: string[],
) {
  const now = new Date().toISOString();
  const row = await db
    .insertInto('cases')
    .values({
      programme_id: programmeId,
      participant_id: participantId,
      title,
      goal: '',
      challenges: '',
      region_role: '',
      stakeholders: '',
      question: `Hvordan får vi ${title} videre?`,
      themes: JSON.stringify(themes),
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const groupsOf = async (db: Executor, event: { id: number; programme_id: number }) =>
  (await loadCoachingBoard(db, event)).groups.map((g) => g.cases.map((c) => c.id));

for (const dialect of testDialects()) {
  describe(`coaching groups [${dialect}]`, () => {
    let t: TestApp;
    let operator: Client;
    let programmeId: number;
    let ws1: { id: number; programme_id: number };
    let ws2: { id: number; programme_id: number };
    const cases: number[] = [];
    const organisations: string[] = [];
    const members: Client[] = [];

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      const op = await buildUser(db, { role: 'operator' });
      operator = new Client(t.app);
      await operator.logIn(op.email, op.password);
      programmeId = (await buildProgramme(db, { visibility: 'members' })).id;
      const counties = [
        await buildOrganisation(db, { kind: 'county' }),
        await buildOrganisation(db, { kind: 'county' }),
      ];
      for (let i = 0; i < 5; i++) {
        const name = `Kommune ${i + 1} ${dialect}`;
        const organisationId = await buildOrganisation(db, { name, parentId: counties[i % 2]! });
        const participantId = await addParticipant(db, programmeId, organisationId, null);
        cases.push(
          await insertCase(db, programmeId, participantId, `Case ${i + 1}`, [i < 2 ? 'bolig' : 'ungdom']),
        );
        organisations.push(name);
        const personId = await buildPerson(db, { organisations: [{ organisationId }] });
        const user = await buildUser(db, { role: 'participant', personId });
        const client = new Client(t.app);
        await client.logIn(user.email, user.password);
        members.push(client);
      }
      const day = 24 * 3600 * 1000;
      const e1 = await buildEvent(db, programmeId, {
        kind: 'workshop',
        startsAt: new Date(Date.now() - 60 * day).toISOString(),
      });
      const e2 = await buildEvent(db, programmeId, { kind: 'workshop', title: 'WS2 Mora' });
      ws1 = { id: e1.id, programme_id: programmeId };
      ws2 = { id: e2.id, programme_id: programmeId };
      // At WS1, cases 1+2 and 3+4 sat together (case 5 joined later).
      await createCoachingGroup(db, ws1.id, [cases[0]!, cases[1]!], null);
      await createCoachingGroup(db, ws1.id, [cases[2]!, cases[3]!], null);
    });
    after(() => t.close());

    it('forms groups of 2–3 through the page, one organisation per group, keeping WS1 pairs apart', async () => {
      const base = `/events/${ws2.id}/coaching-groups`;
      const empty = await operator.get(`${base}?lang=en`);
      assert.equal(empty.statusCode, 200);
      assert.match(empty.body, /No groups yet\./);
      assert.match(empty.body, /Case 5/, 'cases without a group are listed');

      const formed = await operator.post(`${base}/form`);
      assert.equal(formed.statusCode, 303);
      const page = await operator.get(`${base}?done=formed&lang=en`);
      assert.match(page.body, /The groups are formed\./);
      assert.match(page.body, /Group 1/);
      assert.match(page.body, /Group 2/);
      assert.doesNotMatch(page.body, /Group 3/);

      const groups = await groupsOf(t.database.db, ws2);
      assert.deepEqual(groups.map((g) => g.length).sort(), [2, 3]);
      assert.deepEqual(
        groups.flat().sort((a, b) => a - b),
        [...cases].sort((a, b) => a - b),
      );
      for (const g of groups) {
        assert.ok(!(g.includes(cases[0]!) && g.includes(cases[1]!)), 'cases 1 and 2 met at WS1');
        assert.ok(!(g.includes(cases[2]!) && g.includes(cases[3]!)), 'cases 3 and 4 met at WS1');
      }
      const board = await loadCoachingBoard(t.database.db, ws2);
      for (const g of board.groups)
        assert.equal(new Set(g.cases.map((c) => c.organisationId)).size, g.cases.length);
    });

    it('asks before replacing groups, then replaces them', async () => {
      const base = `/events/${ws2.id}/coaching-groups`;
      const ask = await operator.post(`${base}/form?lang=en`);
      assert.equal(ask.statusCode, 200);
      assert.match(ask.body, /Replace the groups\?/);
      assert.match(ask.body, /already has 2 groups/);
      const yes = await operator.post(`${base}/form`, { confirm: '1' });
      assert.equal(yes.statusCode, 303);
      assert.equal((await groupsOf(t.database.db, ws2)).length, 2);
    });

    it('moves a case by hand, adds and removes an empty group', async () => {
      const db = t.database.db;
      const base = `/events/${ws2.id}/coaching-groups`;
      const board = await loadCoachingBoard(db, ws2);
      const from = board.groups.find((g) => g.cases.length === 3)!;
      const to = board.groups.find((g) => g.id !== from.id)!;
      const moving = from.cases[0]!;
      const moved = await operator.post(`${base}/cases/${moving.id}/move`, { groupId: String(to.id) });
      assert.equal(moved.statusCode, 303);
      const after = await loadCoachingBoard(db, ws2);
      assert.ok(after.groups.find((g) => g.id === to.id)!.cases.some((c) => c.id === moving.id));
      assert.equal(after.groups.find((g) => g.id === from.id)!.cases.length, 2);
      assert.match((await operator.get(`${base}?done=moved&lang=en`)).body, /The case is moved\./);

      assert.equal((await operator.post(`${base}/new`)).statusCode, 303);
      const withEmpty = await loadCoachingBoard(db, ws2);
      const empty = withEmpty.groups.find((g) => g.cases.length === 0)!;
      assert.equal(empty.number, 3);
      assert.equal(
        (await operator.post(`${base}/groups/${from.id}/delete`)).statusCode,
        409,
        'a group with cases stays',
      );
      assert.equal((await operator.post(`${base}/groups/${empty.id}/delete`)).statusCode, 303);
      assert.equal((await loadCoachingBoard(db, ws2)).groups.length, 2);
      // A case of the programme moved into a group of another event is not found.
      const other = await loadCoachingBoard(db, ws1);
      const wrong = await operator.post(`${base}/cases/${moving.id}/move`, {
        groupId: String(other.groups[0]!.id),
      });
      assert.equal(wrong.statusCode, 404);
    });

    it('keeps the groups page for staff: a participant is refused', async () => {
      assert.equal((await members[0]!.get(`/events/${ws2.id}/coaching-groups`)).statusCode, 403);
      assert.equal((await members[0]!.post(`/events/${ws2.id}/coaching-groups/form`)).statusCode, 403);
    });

    it('prints the numbered groups with their cases', async () => {
      const print = await operator.get(`/events/${ws2.id}/coaching-groups/print?lang=en`);
      assert.equal(print.statusCode, 200);
      assert.match(print.body, /Cases at WS2 Mora/);
      assert.match(print.body, /Group 1/);
      assert.match(print.body, /Group 2/);
      for (const name of organisations) assert.ok(print.body.includes(name), name);
    });

    it('lets members of a group write its A3, not members of another group', async () => {
      const db = t.database.db;
      const board = await loadCoachingBoard(db, ws2);
      const index = (caseId: number) => cases.indexOf(caseId);
      const mine = board.groups[0]!;
      const theirs = board.groups[1]!;
      const me = members[index(mine.cases[0]!.id)]!;
      const outsider = members[index(theirs.cases[0]!.id)]!;

      const form = await me.get(`/coaching-groups/${mine.id}/summary?lang=en`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /The group’s shared critical questions/);
      const blank = await me.post(`/coaching-groups/${mine.id}/summary`, { body: ' ' });
      assert.equal(blank.statusCode, 400);
      assert.match(blank.body, /Fill in this field\./);
      const saved = await me.post(`/coaching-groups/${mine.id}/summary`, {
        body: 'Hvordan forankre i politikken?',
      });
      assert.equal(saved.statusCode, 303);

      assert.equal((await outsider.get(`/coaching-groups/${mine.id}/summary`)).statusCode, 403);
      assert.equal(
        (await outsider.post(`/coaching-groups/${mine.id}/summary`, { body: 'x' })).statusCode,
        403,
      );

      const all = await outsider.get(`/events/${ws2.id}/summaries?lang=en`);
      assert.equal(all.statusCode, 200);
      assert.match(all.body, /Hvordan forankre i politikken\?/);
      assert.match(all.body, /Not written yet\./);
      const stranger = await buildUser(db, { role: 'participant' });
      const client = new Client(t.app);
      await client.logIn(stranger.email, stranger.password);
      assert.equal(
        (await client.get(`/events/${ws2.id}/summaries`)).statusCode,
        404,
        'members-only programme',
      );
      assert.equal(
        (await operator.post(`/coaching-groups/${theirs.id}/summary`, { body: 'Fra teamet' })).statusCode,
        303,
      );
    });
  });
}
