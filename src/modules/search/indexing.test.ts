import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildInput, buildOrganisation, buildProgramme, buildUser } from '../../../test/support/factories';
import { updateEvent } from '../gatherings/index';
import { triageInput } from '../inputs/index';
import { updateProgramme } from '../programmes/index';
import { removeDocument } from '../../platform/search/index';
import { reindexSearch } from './index';
import { buildSearchWorld } from './test-world';

type Found = { total: number; items: { type: string; id: number; title: string; url: string }[] };

for (const dialect of testDialects()) {
  describe(`search index fed by the modules [${dialect}]`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof buildSearchWorld>>;
    let visitor: Client;
    let member: Client;
    let operator: Client;
    const find = async (client: Client, q: string) =>
      (await client.get(`/api/v1/search?q=${encodeURIComponent(q)}`)).json() as Found;
    before(async () => {
      t = await createTestApp(dialect);
      world = await buildSearchWorld(t.database.db);
      visitor = new Client(t.app);
      member = new Client(t.app);
      await member.logIn(world.member.user.email, world.member.user.password);
      operator = new Client(t.app);
      await operator.logIn(world.operator.email, world.operator.password);
    });
    after(() => t.close());

    it('indexes a programme in all its languages and follows a rename', async () => {
      const sv = await find(visitor, 'stadsregionprogrammet');
      assert.deepEqual(
        sv.items.map((i) => [i.type, i.title, i.url]),
        [['programme', 'Byregionprogrammet', `/programmes/${world.open.slug}`]],
      );
      await updateProgramme(
        t.database.db,
        world.open.id,
        { title: { nb: 'Nettverksprogrammet', en: 'The Network Programme' }, visibility: 'public' },
        null,
      );
      assert.equal((await find(visitor, 'byregionprogrammet')).total, 0);
      const renamed = await find(visitor, 'nettverksprogrammet');
      assert.deepEqual(
        renamed.items.map((i) => i.title),
        ['Nettverksprogrammet'],
      );
    });

    it('hides the events of a programme made members-only, and follows an event change', async () => {
      const programme = await buildProgramme(t.database.db, {
        title: { nb: 'Kystprogrammet' },
        visibility: 'public',
      });
      const { createEvent } = await import('../gatherings/index');
      const eventId = await createEvent(
        t.database.db,
        {
          programmeId: programme.id,
          kind: 'conference',
          title: { nb: 'Konferanse om havbruk langs kysten' },
          startsAt: '2026-05-20T09:00',
          endsAt: '2026-05-20T15:00',
          timeZone: 'Europe/Oslo',
          language: 'nb',
        },
        null,
      );
      assert.deepEqual(
        (await find(visitor, 'havbruk')).items.map((i) => i.url),
        [`/events/${eventId}`],
      );
      await updateProgramme(
        t.database.db,
        programme.id,
        { title: { nb: 'Kystprogrammet' }, visibility: 'members' },
        null,
      );
      assert.equal((await find(visitor, 'havbruk')).total, 0, 'members-only now');
      assert.equal((await find(operator, 'havbruk')).total, 1);
      await updateEvent(
        t.database.db,
        eventId,
        {
          kind: 'conference',
          title: { nb: 'Konferanse om fiskeri langs kysten' },
          startsAt: '2026-05-20T09:00',
          endsAt: '2026-05-20T15:00',
          timeZone: 'Europe/Oslo',
          language: 'nb',
        },
        null,
      );
      assert.equal((await find(operator, 'havbruk')).total, 0);
      assert.equal((await find(operator, 'fiskeri')).total, 1);
    });

    it('lets staff find organisations, by their new name after a change; people are not indexed', async () => {
      const id = await buildOrganisation(t.database.db, { name: 'Oppdal kommune' });
      assert.deepEqual(
        (await find(operator, 'oppdal')).items.map((i) => [i.type, i.url]),
        [['organisation', `/organisations/${id}`]],
      );
      assert.equal((await find(visitor, 'oppdal')).total, 0, 'organisation pages are for staff');
      const edited = await operator.post(`/organisations/${id}/edit`, {
        name: 'Rennebu kommune',
        kind: 'municipality',
        country: 'NO',
      });
      assert.equal(edited.statusCode, 303);
      assert.equal((await find(operator, 'oppdal')).total, 0);
      assert.equal((await find(operator, 'rennebu')).total, 1);
      assert.equal((await find(operator, 'prosjektleder pia')).total, 0);
    });

    it('finds an input while it has a public answer, never its sender', async () => {
      const inputId = await buildInput(t.database.db, world.open.id, {
        title: 'Bedre bussruter',
        body: 'Bussrutene mellom byen og omlandet bør gå oftere.',
        name: 'Kari Nordmann',
        showName: true,
      });
      assert.equal((await find(visitor, 'bussrutene')).total, 0, 'no answer yet');
      const { id: triager } = await buildUser(t.database.db, { role: 'operator' });
      const answer = { status: 'acted_on' as const, internalNote: '', answer: 'Vi tar det med i planen.' };
      await triageInput(t.database.db, inputId, answer, triager, 'http://localhost');
      const found = await find(visitor, 'bussruter');
      assert.deepEqual(
        found.items.map((i) => [i.type, i.url]),
        [['input', `/programmes/${world.open.slug}/inputs/public#input-${inputId}`]],
      );
      assert.equal((await find(visitor, 'nordmann')).total, 0);
      await triageInput(t.database.db, inputId, { ...answer, answer: null }, triager, 'http://localhost');
      assert.equal((await find(visitor, 'bussruter')).total, 0, 'answer withdrawn');
    });

    it('fills an index that lacks what was written before indexing, once', async () => {
      const db = t.database.db;
      // As on a database from before programmes were indexed.
      const programmeDocs = await db
        .selectFrom('search_documents')
        .select('ref_id')
        .where('type', '=', 'programme')
        .execute();
      for (const doc of programmeDocs) await removeDocument(db, 'programme', doc.ref_id);
      assert.equal((await find(member, 'fjellprogrammet')).total, 0);
      const done = await reindexSearch(db, { onlyMissing: true });
      assert.equal(done.programme, 4, 'the four programmes; the other types were there already');
      assert.equal(done.event, undefined);
      assert.equal((await find(member, 'fjellprogrammet')).total, 1);
      assert.deepEqual(await reindexSearch(db, { onlyMissing: true }), {}, 'nothing missing now');
      const all = await reindexSearch(db);
      assert.equal(all.programme, 4);
      assert.equal((await find(member, 'fjellprogrammet')).total, 1, 'indexing again replaces');
    });
  });
}
