import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildOrganisation, buildUser } from '../../../test/support/factories';
import { createPerson } from './index';

// Data minimisation: advisors guide municipalities and need to know who to contact, not people's phone
// numbers or the attributes kept for network mapping. Operators, who keep the registry, see those.
for (const dialect of testDialects()) {
  describe(`what advisors see of people [${dialect}]`, () => {
    let t: TestApp;
    const clients = {} as Record<'operator' | 'advisor', Client>;
    let personId: number;

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      for (const role of ['operator', 'advisor'] as const) {
        const user = await buildUser(db, { role });
        clients[role] = new Client(t.app);
        await clients[role].logIn(user.email, user.password);
        await clients[role].get('/people?lang=en');
      }
      const volda = await buildOrganisation(db, { name: 'Volda', number: '1577' });
      personId = await createPerson(
        db,
        {
          name: 'Kari Kontakt',
          email: 'kari@example.no',
          phone: '+47 700 00 001',
          title: 'Rådgiver',
          organisations: [{ organisationId: volda, role: 'Prosjektleder' }],
          attributes: { sector: 'public', yearsLivedBand: '10-19', ageBand: '40-49' },
        },
        null,
      );
    });
    after(() => t.close());

    it('shows an advisor name, title, organisations and e-mail, but no phone or attributes', async () => {
      const page = await clients.advisor.get(`/people/${personId}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1[^>]*>Kari Kontakt<\/h1>/);
      assert.match(page.body, /<dt>Title<\/dt><dd>Rådgiver<\/dd>/);
      assert.match(page.body, /href="mailto:kari@example.no"/);
      assert.match(page.body, /Volda<\/a> \(Municipality\) – Prosjektleder/);
      assert.doesNotMatch(page.body, /700 00 001/);
      assert.doesNotMatch(page.body, /<dt>Phone<\/dt>/);
      assert.doesNotMatch(page.body, /Attributes for network mapping/);
      assert.doesNotMatch(page.body, /10–19 years|Public|40–49/);

      const list = await clients.advisor.get('/people?q=kari');
      assert.match(
        list.body,
        /Kari Kontakt<\/a><\/td><td>Rådgiver<\/td><td><a class="ds-link" href="mailto:kari@example.no"/,
      );
      assert.doesNotMatch(list.body, /700 00 001/);
      assert.doesNotMatch(list.body, /<th scope="col">Phone<\/th>/);
    });

    it('shows an operator the phone and the consent-based attributes', async () => {
      const page = await clients.operator.get(`/people/${personId}`);
      assert.match(page.body, /<dt>Phone<\/dt><dd>\+47 700 00 001<\/dd>/);
      assert.match(page.body, /Attributes for network mapping/);
      assert.match(page.body, /<dd>10–19 years<\/dd>/);
      assert.match(page.body, /<dd>Public<\/dd>/);

      const list = await clients.operator.get('/people?q=kari');
      assert.match(list.body, /<th scope="col">Phone<\/th>/);
      assert.match(list.body, /<td>\+47 700 00 001<\/td>/);
    });
  });
}
