import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { testDialects } from '../../../test/support/databases';
import { buildOrganisation, buildUser } from '../../../test/support/factories';
import type { DialectName, Executor } from '../../platform/db/database';
import { findOrganisationByNumber, listOrganisations, listPeople } from './index';

/**
 * Someone else's save landing between the form's checks and its own insert, played by a trigger that
 * runs inside the insert: `body` (SQL using `new.<column>`) runs before or after the row is written.
 */
async function race(
  db: Executor,
  dialect: DialectName,
  name: string,
  on: { table: string; timing: 'before' | 'after'; when: string; body: string },
) {
  if (dialect === 'sqlite') {
    await sql
      .raw(`create trigger ${name} ${on.timing} insert on ${on.table} when ${on.when} begin ${on.body}; end`)
      .execute(db);
    return;
  }
  await sql
    .raw(
      `create function ${name}() returns trigger language plpgsql as $$ begin ${on.body}; return new; end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${name} ${on.timing} insert on ${on.table} for each row when (${on.when}) execute function ${name}()`,
    )
    .execute(db);
}

const fieldError = (field: string, text: string) =>
  new RegExp(`id="f-${field}-error">${text.replace('.', '\\.')}</p>`);

for (const dialect of testDialects()) {
  describe(`saving while someone else saves [${dialect}]`, () => {
    let t: TestApp;
    let operator: Client;

    before(async () => {
      t = await createTestApp(dialect);
      const user = await buildUser(t.database.db, { role: 'operator' });
      operator = new Client(t.app);
      await operator.logIn(user.email, user.password);
      await operator.get('/organisations?lang=en');
    });
    after(() => t.close());

    it('shows a number taken meanwhile at the number field', async () => {
      const db = t.database.db;
      await race(db, dialect, 'race_number', {
        table: 'organisations',
        timing: 'before',
        when: `new.name = 'Second Bodø'`,
        body: `insert into organisations (kind, name, country, number, search_name, sort_key, created_at, updated_at)
          values (new.kind, 'First Bodø', new.country, new.number, 'first bodø', 'first bod}', new.created_at, new.updated_at)`,
      });
      const response = await operator.post('/organisations/new', {
        name: 'Second Bodø',
        kind: 'municipality',
        country: 'NO',
        number: '1804',
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, fieldError('number', 'This is already in use.'));
      // The trigger's row goes with the failed save (a real rival's would stay); nothing is left.
      assert.equal(await findOrganisationByNumber(db, 'NO', 'municipality', '1804'), undefined);
    });

    it('shows an e-mail taken meanwhile at the e-mail field', async () => {
      const db = t.database.db;
      await race(db, dialect, 'race_email', {
        table: 'people',
        timing: 'before',
        when: `new.name = 'Second Siri'`,
        body: `insert into people (name, email, search_name, sort_key, created_at, updated_at)
          values ('First Siri', new.email, 'first siri', 'first siri', new.created_at, new.updated_at)`,
      });
      const response = await operator.post('/people/new', { name: 'Second Siri', email: 'siri@example.no' });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, fieldError('email', 'This is already in use.'));
      assert.deepEqual(await listPeople(db, { q: 'siri' }), []);
    });

    it('answers a county removed meanwhile with the conflict page, not a number error', async () => {
      const db = t.database.db;
      const county = await buildOrganisation(db, { kind: 'county', name: 'Vanishing County', number: '98' });
      await race(db, dialect, 'race_county', {
        table: 'organisations',
        timing: 'before',
        when: `new.name = 'Orphan'`,
        body: `delete from organisations where name = 'Vanishing County'`,
      });
      const response = await operator.post('/organisations/new', {
        name: 'Orphan',
        kind: 'municipality',
        country: 'NO',
        number: '9801',
        parentId: String(county),
      });
      assert.equal(response.statusCode, 409);
      assert.match(response.body, /It could not be saved/);
      assert.doesNotMatch(response.body, /This is already in use/);
      assert.deepEqual(
        (await listOrganisations(db, { q: 'Orphan' })).map((o) => o.name),
        [],
      );
    });

    it('answers an organisation removed meanwhile with the conflict page, not an e-mail error', async () => {
      const db = t.database.db;
      const organisation = await buildOrganisation(db, { name: 'Vanishing AS', kind: 'company' });
      await race(db, dialect, 'race_organisation', {
        table: 'people',
        timing: 'after',
        when: `new.name = 'Per Plutselig'`,
        body: `delete from organisations where name = 'Vanishing AS'`,
      });
      const response = await operator.post('/people/new', {
        name: 'Per Plutselig',
        email: 'per@example.no',
        organisationId_0: String(organisation),
      });
      assert.equal(response.statusCode, 409);
      assert.match(response.body, /It could not be saved/);
      assert.doesNotMatch(response.body, /This is already in use/);
      assert.deepEqual(await listPeople(db, { q: 'Per Plutselig' }), []);
      // Nothing of the failed save stays, not even the other side's removal played by the trigger.
      assert.deepEqual(
        (await listOrganisations(db, { q: 'Vanishing AS' })).map((o) => o.name),
        ['Vanishing AS'],
      );
    });
  });
}
