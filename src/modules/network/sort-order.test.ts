import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { Client, createTestApp, type TestApp } from '../../../test/support/app';
import { createTestDatabase, testDialects } from '../../../test/support/databases';
import { buildOrganisation, buildPerson, buildUser } from '../../../test/support/factories';
import { allMigrations } from '../../modules';
import { migrateToLatest } from '../../platform/db/migrate';
import { listOrganisations, listPeople } from './index';

const norwegian = ['Ørsta', 'Årdal', 'Aure', 'Øvre Eiker', 'Ål'];
const inNorwegianOrder = ['Aure', 'Ørsta', 'Øvre Eiker', 'Ål', 'Årdal'];
const swedish = ['Östersund', 'Åre', 'Älmhult', 'Arvika', 'Örebro'];
const inSwedishOrder = ['Arvika', 'Åre', 'Älmhult', 'Örebro', 'Östersund'];
// A Norwegian reads ä as æ and ö as ø, so å comes last.
const swedishInNorwegianOrder = ['Arvika', 'Älmhult', 'Örebro', 'Östersund', 'Åre'];

/** The names in the order a list page shows them. */
const linkTexts = (html: string, path: 'organisations' | 'people') =>
  [...html.matchAll(new RegExp(`<td><a class="ds-link" href="/${path}/\\d+">([^<]+)</a>`, 'g'))].map(
    (m) => m[1],
  );

for (const dialect of testDialects()) {
  describe(`alphabetical order [${dialect}]`, () => {
    let t: TestApp;
    let advisor: Client;

    before(async () => {
      t = await createTestApp(dialect);
      const db = t.database.db;
      for (const name of norwegian) await buildOrganisation(db, { name, country: 'NO' });
      for (const name of swedish) await buildOrganisation(db, { name, country: 'SE' });
      for (const name of ['Åse Berg', 'Øystein Lie', 'Arne Dahl', 'Ærlig Eng', 'Zara Zahl'])
        await buildPerson(db, { name });
      const user = await buildUser(db, { role: 'advisor' });
      advisor = new Client(t.app);
      await advisor.logIn(user.email, user.password);
    });
    after(() => t.close());

    it('lists Norwegian names as a Norwegian expects: æ, ø and å after z', async () => {
      const page = await advisor.get('/organisations?country=NO&lang=nb');
      assert.deepEqual(linkTexts(page.body, 'organisations'), inNorwegianOrder);
      const people = await advisor.get('/people?lang=nb');
      const names = linkTexts(people.body, 'people');
      // The advisor's own login is not a person in the network, so the list is just these five.
      assert.deepEqual(names, ['Arne Dahl', 'Zara Zahl', 'Ærlig Eng', 'Øystein Lie', 'Åse Berg']);
    });

    it('lists in Swedish order (å, ä, ö) for a Swedish reader and Norwegian order otherwise', async () => {
      const sv = await advisor.get('/organisations?country=SE&lang=sv');
      assert.deepEqual(linkTexts(sv.body, 'organisations'), inSwedishOrder);
      const nb = await advisor.get('/organisations?country=SE&lang=nb');
      assert.deepEqual(linkTexts(nb.body, 'organisations'), swedishInNorwegianOrder);
      const en = await advisor.get('/organisations?country=SE&lang=en');
      assert.deepEqual(linkTexts(en.body, 'organisations'), swedishInNorwegianOrder);
      const people = await advisor.get('/people?lang=sv');
      assert.deepEqual(linkTexts(people.body, 'people'), [
        'Arne Dahl',
        'Zara Zahl',
        'Åse Berg',
        'Ærlig Eng',
        'Øystein Lie',
      ]);
    });

    it('pages in the database, in the same order', async () => {
      const db = t.database.db;
      const page = async (offset: number) =>
        (await listOrganisations(db, { country: 'NO', limit: 2, offset })).map((o) => o.name);
      assert.deepEqual([...(await page(0)), ...(await page(2)), ...(await page(4))], inNorwegianOrder);
      const swedishPage = await listOrganisations(db, { country: 'SE', limit: 2, offset: 1, alphabet: 'sv' });
      assert.deepEqual(
        swedishPage.map((o) => o.name),
        ['Åre', 'Älmhult'],
      );
      assert.deepEqual(
        (await listPeople(db, { limit: 2, offset: 2 })).map((p) => p.name),
        ['Ærlig Eng', 'Øystein Lie'],
      );
    });
  });

  describe(`the sort key migration [${dialect}]`, () => {
    it('gives names saved before it their sort key', async () => {
      const database = await createTestDatabase(dialect, { migrate: false });
      try {
        const before = allMigrations.filter((m) => m.name < '20261124-04-network-sort-key');
        await migrateToLatest(database, before);
        // The tables as they were before the migration, so without the new column in the type.
        const old = database.db as unknown as Kysely<Record<string, Record<string, unknown>>>;
        const now = new Date().toISOString();
        for (const name of norwegian)
          await old
            .insertInto('organisations')
            .values({
              kind: 'municipality',
              name,
              country: 'NO',
              search_name: name,
              created_at: now,
              updated_at: now,
            })
            .execute();
        await old
          .insertInto('people')
          .values({ name: 'Åse Berg', search_name: 'åse berg', created_at: now, updated_at: now })
          .execute();
        await old
          .insertInto('people')
          .values({ name: 'Øystein Lie', search_name: 'øystein lie', created_at: now, updated_at: now })
          .execute();

        await migrateToLatest(database, allMigrations);
        assert.deepEqual(
          (await listOrganisations(database.db, {})).map((o) => o.name),
          inNorwegianOrder,
        );
        assert.deepEqual(
          (await listPeople(database.db, {})).map((p) => p.name),
          ['Øystein Lie', 'Åse Berg'],
        );
        if (dialect === 'postgres') {
          // Compared byte by byte whatever the server's own collation is.
          const { rows } = await sql<{ collation_name: string }>`
            select collation_name from information_schema.columns
            where table_name in ('organisations', 'people') and column_name = 'sort_key'`.execute(
            database.db,
          );
          assert.deepEqual(
            rows.map((r) => r.collation_name),
            ['C', 'C'],
          );
        }
      } finally {
        await database.drop();
      }
    });
  });
}
