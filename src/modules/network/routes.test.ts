import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildOrganisation, buildPerson, buildUser } from '../../../test/support/factories';
import type { Role } from '../../platform/http/context';
import { findOrganisationByNumber, getGroupMembers, getPerson, listOrganisations } from './index';

for (const dialect of testDialects()) {
  describe(`network pages [${dialect}]`, () => {
    let t: TestApp;
    const clients = {} as Record<Role, Client>;
    let countyId: number;
    let municipalityId: number;

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      for (const role of ['operator', 'advisor', 'participant'] as const) {
        const user = await buildUser(db, { role });
        clients[role] = new Client(t.app);
        await clients[role].logIn(user.email, user.password);
        await clients[role].get('/organisations?lang=en');
      }
      countyId = await buildOrganisation(db, { kind: 'county', name: 'Møre og Romsdal', number: '15' });
      municipalityId = await buildOrganisation(db, { name: 'Volda', number: '1577', parentId: countyId });
      await buildOrganisation(db, { name: 'Ørsta', number: '1520', parentId: countyId });
    });
    after(() => t.close());

    it('lists organisations for staff with kind, number and county, and filters them', async () => {
      const all = await clients.advisor.get('/organisations');
      assert.equal(all.statusCode, 200);
      assert.match(all.body, /<caption>Organisations<\/caption>/);
      assert.match(all.body, /Volda<\/a><\/td><td>Municipality<\/td><td>1577<\/td><td>Møre og Romsdal<\/td>/);

      const counties = await clients.advisor.get('/organisations?kind=county&country=NO');
      assert.match(counties.body, /Møre og Romsdal/);
      assert.doesNotMatch(counties.body, /Volda/);
      const byNumber = await clients.advisor.get('/organisations?q=1577');
      assert.match(byNumber.body, /Volda/);
      assert.doesNotMatch(byNumber.body, /Ørsta/);
      const byName = await clients.advisor.get('/organisations?q=%C3%98RSTA&lang=nb');
      assert.match(byName.body, /Ørsta<\/a><\/td><td>Kommune/);
    });

    it('shows a county with its municipalities and a municipality with its county', async () => {
      const county = await clients.advisor.get(`/organisations/${countyId}?lang=en`);
      assert.equal(county.statusCode, 200);
      assert.match(county.body, /Municipalities in the county/);
      assert.match(county.body, /Volda<\/a> \(1577\)/);
      const volda = await clients.advisor.get(`/organisations/${municipalityId}`);
      assert.match(volda.body, new RegExp(`href="/organisations/${countyId}">Møre og Romsdal`));
    });

    it('answers 404 for unknown or malformed ids', async () => {
      for (const url of [
        '/organisations/999999',
        '/organisations/abc',
        '/people/999999',
        '/organisations/999999/edit',
      ]) {
        const response = await clients.operator.get(url);
        assert.equal(response.statusCode, 404, url);
        assert.match(response.body, /Page not found/);
      }
    });

    it('refuses anonymous visitors with 401 and participants with 403; edit pages need an operator', async () => {
      const anonymous = new Client(t.app);
      for (const url of [
        '/organisations',
        `/organisations/${countyId}`,
        '/people',
        '/organisations/import',
      ]) {
        assert.equal((await anonymous.get(url)).statusCode, 401, url);
        assert.equal((await clients.participant.get(url)).statusCode, 403, url);
      }
      for (const url of [
        '/organisations/new',
        `/organisations/${countyId}/edit`,
        '/people/new',
        '/organisations/import',
      ]) {
        assert.equal((await clients.advisor.get(url)).statusCode, 403, url);
        assert.equal((await clients.operator.get(url)).statusCode, 200, url);
      }
      const post = await clients.advisor.post('/organisations/new', {
        name: 'X',
        kind: 'other',
        country: 'NO',
      });
      assert.equal(post.statusCode, 403);
    });

    it('shows translated field errors with 400 and saves nothing', async () => {
      const before = (await listOrganisations(t.database.db, {})).length;
      const missing = await clients.operator.post('/organisations/new', {
        name: '',
        kind: 'municipality',
        country: 'NO',
      });
      assert.equal(missing.statusCode, 400);
      assert.match(missing.body, /Fill in this field\./);
      const taken = await clients.operator.post('/organisations/new?lang=sv', {
        name: 'Volda igjen',
        kind: 'municipality',
        country: 'NO',
        number: '1577',
      });
      assert.equal(taken.statusCode, 400);
      assert.match(taken.body, /Det här används redan\./);
      await clients.operator.get('/organisations?lang=en');
      const shape = await clients.operator.post('/organisations/new?lang=en', {
        name: 'Short',
        kind: 'municipality',
        country: 'NO',
        number: '157',
      });
      assert.equal(shape.statusCode, 400);
      assert.match(shape.body, /This value is not valid\./);
      const parent = await clients.operator.post('/organisations/new', {
        name: 'P',
        kind: 'municipality',
        country: 'NO',
        parentId: String(municipalityId),
      });
      assert.equal(parent.statusCode, 400);
      assert.match(parent.body, /Choose one of the options\./);
      assert.equal((await listOrganisations(t.database.db, {})).length, before);
    });

    it('creates a city region with member municipalities and edits its members', async () => {
      const ostra = await findOrganisationByNumber(t.database.db, 'NO', 'municipality', '1520');
      const created = await clients.operator.post('/organisations/new', {
        name: 'Ørsta–Volda',
        kind: 'city_region',
        country: 'NO',
        website: 'https://example.no',
        memberIds: [String(municipalityId), String(ostra?.id)],
      });
      assert.equal(created.statusCode, 303);
      const location = String(created.headers.location);
      const page = await clients.advisor.get(location);
      assert.match(page.body, /Member municipalities/);
      assert.match(page.body, /Ørsta<\/a> \(1520\)/);
      const id = Number(location.split('/').pop());

      const form = await clients.operator.get(`${location}/edit`);
      assert.match(form.body, /<select[^>]*id="f-memberIds"[^>]*multiple/);
      const edited = await clients.operator.post(`${location}/edit`, {
        name: 'Ørsta–Volda',
        kind: 'city_region',
        country: 'NO',
        memberIds: String(municipalityId),
      });
      assert.equal(edited.statusCode, 303);
      assert.deepEqual(
        (await getGroupMembers(t.database.db, id)).map((m) => m.name),
        ['Volda'],
      );

      const county = await clients.operator.post(`${location}/edit`, {
        name: 'Ørsta–Volda',
        kind: 'city_region',
        country: 'NO',
        memberIds: String(countyId),
      });
      assert.equal(county.statusCode, 400);
      assert.match(county.body, /Choose one of the options\./);
    });

    it('creates and edits a person with organisations; attributes are kept only with consent', async () => {
      const created = await clients.operator.post('/people/new', {
        name: 'Kari Kontakt',
        email: 'Kari@Example.no',
        phone: '+47 700 00 000',
        title: 'Rådgiver',
        organisationId_0: String(municipalityId),
        role_0: 'Prosjektleder',
        organisationId_1: '',
        role_1: '',
        consent: 'on',
        sector: 'public',
        yearsLivedBand: '10-19',
        ageBand: '40-49',
      });
      assert.equal(created.statusCode, 303);
      const location = String(created.headers.location);
      const id = Number(location.split('/').pop());
      // Operators see the consent-based attributes (advisors do not: people-privacy.test.ts).
      const page = await clients.operator.get(location);
      assert.match(page.body, /Kari Kontakt/);
      assert.match(page.body, /kari@example.no/);
      assert.match(page.body, /Volda<\/a> \(Municipality\) – Prosjektleder/);
      assert.match(page.body, /10–19 years/);
      const list = await clients.advisor.get('/people?q=kari');
      assert.match(list.body, /Kari Kontakt/);
      const orgPage = await clients.advisor.get(`/organisations/${municipalityId}`);
      assert.match(orgPage.body, /Kari Kontakt<\/a><\/td><td>Rådgiver<\/td><td>Prosjektleder/);

      const withdrawn = await clients.operator.post(`${location}/edit`, {
        name: 'Kari Kontakt',
        email: 'kari@example.no',
        organisationId_0: String(municipalityId),
        sector: 'public',
        ageBand: '40-49',
      });
      assert.equal(withdrawn.statusCode, 303);
      const row = await t.database.db
        .selectFrom('people')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        [row.sector, row.years_lived_band, row.age_band, row.attributes_consent_at],
        [null, null, null, null],
      );
      assert.equal(row.phone, null);
      assert.match((await clients.operator.get(location)).body, /No consent given; nothing is stored\./);
    });

    it('refuses a used e-mail and a role without an organisation with field errors', async () => {
      await buildPerson(t.database.db, { email: 'taken@example.no' });
      const taken = await clients.operator.post('/people/new', {
        name: 'Another',
        email: 'TAKEN@example.no',
      });
      assert.equal(taken.statusCode, 400);
      assert.match(taken.body, /This is already in use\./);
      const role = await clients.operator.post('/people/new', {
        name: 'Another',
        organisationId_0: '',
        role_0: 'Ordfører',
      });
      assert.equal(role.statusCode, 400);
      assert.match(role.body, /Organisation 1: Fill in this field\./);
      const email = await clients.operator.post('/people/new', { name: 'Another', email: 'not-an-email' });
      assert.equal(email.statusCode, 400);
      assert.match(email.body, /Enter an e-mail address/);
    });

    it('keeps an erased person out of lists and pages', async () => {
      const id = await buildPerson(t.database.db, { name: 'Eli Slett' });
      const { personalDataHandlers } = await import('../../platform/personal-data');
      const handler = personalDataHandlers().find((h) => h.name === 'network');
      assert.ok(handler, 'the network registers its personal data');
      const exported = (await handler.export(t.database.db, { userId: null, personId: id })) as {
        person: { name: string };
      };
      assert.equal(exported.person.name, 'Eli Slett');
      await handler.erase(t.database.db, { userId: null, personId: id });
      assert.equal((await getPerson(t.database.db, id))?.name, 'Erased person');
      assert.equal((await clients.advisor.get(`/people/${id}`)).statusCode, 404);
      assert.doesNotMatch((await clients.advisor.get('/people')).body, /Eli Slett/);
    });
  });
}
