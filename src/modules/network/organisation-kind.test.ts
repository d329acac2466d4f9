import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildOrganisation, buildUser } from '../../../test/support/factories';
import { getGroupMembers, getOrganisation, setGroupMembers } from './index';

// The rule: an organisation keeps its kind while others rely on it. A city region may drop its members
// in the same save that changes its kind; a county with municipalities and a municipality in a city
// region are refused with a message that says what to do first.
for (const dialect of testDialects()) {
  describe(`changing an organisation's kind [${dialect}]`, () => {
    let t: TestApp;
    let operator: Client;
    let advisor: Client;
    const ids = {} as Record<'county' | 'volda' | 'orsta' | 'region', number>;

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      for (const role of ['operator', 'advisor'] as const) {
        const user = await buildUser(db, { role });
        const client = new Client(t.app);
        await client.logIn(user.email, user.password);
        await client.get('/organisations?lang=en');
        if (role === 'operator') operator = client;
        else advisor = client;
      }
      ids.county = await buildOrganisation(db, { kind: 'county', name: 'Møre og Romsdal', number: '15' });
      ids.volda = await buildOrganisation(db, { name: 'Volda', number: '1577', parentId: ids.county });
      ids.orsta = await buildOrganisation(db, { name: 'Ørsta', number: '1520', parentId: ids.county });
      ids.region = await buildOrganisation(db, { kind: 'city_region', name: 'Ørsta–Volda' });
      await setGroupMembers(db, ids.region, [ids.volda, ids.orsta], null);
    });
    after(() => t.close());

    it('refuses to make a city region another kind while members are chosen, and says what to do', async () => {
      const response = await operator.post(`/organisations/${ids.region}/edit`, {
        name: 'Ørsta–Volda',
        kind: 'other',
        country: 'NO',
        memberIds: [String(ids.volda), String(ids.orsta)],
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /<a class="ds-link" href="#f-kind">Kind: This value is not valid\.<\/a>/);
      assert.match(
        response.body,
        /id="f-kind-hint">A city region with member municipalities stays a city region\. To change the kind, deselect all its members below in the same save\.<\/p>/,
      );
      assert.equal((await getOrganisation(t.database.db, ids.region))?.kind, 'city_region');
      assert.equal((await getGroupMembers(t.database.db, ids.region)).length, 2);
    });

    it('drops a city region’s members when they are deselected in the save that changes its kind', async () => {
      const response = await operator.post(`/organisations/${ids.region}/edit`, {
        name: 'Ørsta–Volda',
        kind: 'other',
        country: 'NO',
      });
      assert.equal(response.statusCode, 303);
      assert.equal((await getOrganisation(t.database.db, ids.region))?.kind, 'other');
      assert.deepEqual(await getGroupMembers(t.database.db, ids.region), []);
      const page = await advisor.get(`/organisations/${ids.region}`);
      assert.doesNotMatch(page.body, /Member municipalities/);
      const volda = await advisor.get(`/organisations/${ids.volda}`);
      assert.doesNotMatch(volda.body, /Member of/);
    });

    it('refuses to make a county another kind while municipalities have it as their county', async () => {
      const response = await operator.post(`/organisations/${ids.county}/edit?lang=nb`, {
        name: 'Møre og Romsdal',
        kind: 'other',
        country: 'NO',
        number: '15',
      });
      assert.equal(response.statusCode, 400);
      assert.match(
        response.body,
        /id="f-kind-hint">Kommuner i dette fylket: 2\. Et fylke med kommuner forblir et fylke; gi kommunene et annet fylke først\.<\/p>/,
      );
      assert.equal((await getOrganisation(t.database.db, ids.county))?.kind, 'county');
      const volda = await advisor.get(`/organisations/${ids.volda}?lang=en`);
      assert.match(
        volda.body,
        new RegExp(`<dt>County</dt><dd><a class="ds-link" href="/organisations/${ids.county}">`),
      );
    });

    it('refuses to make a municipality in a city region another kind', async () => {
      const region = await buildOrganisation(t.database.db, { kind: 'city_region', name: 'Søre Sunnmøre' });
      await setGroupMembers(t.database.db, region, [ids.orsta], null);
      const response = await operator.post(`/organisations/${ids.orsta}/edit?lang=sv`, {
        name: 'Ørsta',
        kind: 'company',
        country: 'NO',
        parentId: String(ids.county),
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /id="f-kind-hint">Stadsregioner som kommunen är medlem i: 1\./);
      assert.equal((await getOrganisation(t.database.db, ids.orsta))?.kind, 'municipality');
    });

    it('lets an organisation nothing relies on change its kind', async () => {
      const response = await operator.post(`/organisations/${ids.volda}/edit?lang=en`, {
        name: 'Volda',
        kind: 'other',
        country: 'NO',
      });
      assert.equal(response.statusCode, 303);
      assert.equal((await getOrganisation(t.database.db, ids.volda))?.kind, 'other');
    });
  });
}
