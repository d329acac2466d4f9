import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import { findOrganisationByNumber, getOrganisation, importRegistry, listOrganisations } from './index';
import { ImportFileError } from './registry-formats';

// The real official lists, in shared/ beside the repository (see shared/data/README.md); never copied
// in. Found from this file, so the tests read them whichever directory they are started from.
const registryDir = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'registry');
const haveFiles = fs.existsSync(registryDir);
const skip = haveFiles
  ? false
  : `the registry files are not at ${registryDir} (shared/data is not beside the repository)`;
const read = (name: string) => ({
  content: fs.readFileSync(path.join(registryDir, name), 'utf8'),
  filename: name,
});

for (const dialect of testDialects()) {
  describe(`registry import [${dialect}]`, () => {
    let database: TestDatabase;
    before(async () => {
      database = await createTestDatabase(dialect);
    });
    after(() => database.drop());

    it(
      'imports Norway’s counties and 357 municipalities with their county, and a second run changes nothing',
      { skip },
      async () => {
        const db = database.db;
        const counties = await importRegistry(db, read('no-fylker-2025.json'), null);
        assert.equal(counties.rejected.length, 0);
        assert.equal(counties.created, 15);

        const first = await importRegistry(db, read('no-kommuner-2025.json'), null);
        assert.deepEqual(first, { created: 357, updated: 0, unchanged: 0, linked: 0, rejected: [] });
        const municipalities = await listOrganisations(db, { kinds: ['municipality'], country: 'NO' });
        assert.equal(municipalities.length, 357);
        assert.ok(
          municipalities.every((m) => m.parentId !== null),
          'every municipality has its county',
        );

        const oslo = await findOrganisationByNumber(db, 'NO', 'municipality', '0301');
        assert.equal(oslo?.name, 'Oslo');
        assert.equal(oslo?.website, 'https://www.oslo.kommune.no');
        const volda = await findOrganisationByNumber(db, 'NO', 'municipality', '1577');
        const county = await getOrganisation(db, volda?.parentId ?? 0);
        assert.equal(county?.name, 'Møre og Romsdal');
        assert.equal(county?.number, '15');

        const second = await importRegistry(db, read('no-kommuner-2025.json'), null);
        assert.deepEqual(second, { created: 0, updated: 0, unchanged: 357, linked: 0, rejected: [] });
        const again = await importRegistry(db, read('no-fylker-2025.json'), null);
        assert.deepEqual(again, { created: 0, updated: 0, unchanged: 15, linked: 0, rejected: [] });
      },
    );

    it(
      'counts the municipalities a county list links when the municipalities came first, once',
      { skip },
      async () => {
        // A database of its own: the test above has already given every municipality its county.
        const own = await createTestDatabase(dialect);
        try {
          const db = own.db;
          const municipalities = await importRegistry(db, read('no-kommuner-2025.json'), null);
          assert.equal(municipalities.created, 357);
          const counties = await importRegistry(db, read('no-fylker-2025.json'), null);
          assert.deepEqual(counties, { created: 15, updated: 0, unchanged: 0, linked: 357, rejected: [] });
          const listed = await listOrganisations(db, { kinds: ['municipality'], country: 'NO' });
          assert.ok(
            listed.every((m) => m.parentId !== null),
            'every municipality has its county',
          );
          const again = await importRegistry(db, read('no-fylker-2025.json'), null);
          assert.deepEqual(again, { created: 0, updated: 0, unchanged: 15, linked: 0, rejected: [] });
        } finally {
          await own.drop();
        }
      },
    );

    it('imports Sweden’s 290 municipalities and their 21 counties from the CSV, once', { skip }, async () => {
      const db = database.db;
      const first = await importRegistry(db, read('se-municipality-county.csv'), null);
      assert.equal(first.rejected.length, 0);
      assert.equal(first.created, 290 + 21);
      assert.equal((await listOrganisations(db, { kinds: ['municipality'], country: 'SE' })).length, 290);
      assert.equal((await listOrganisations(db, { kinds: ['county'], country: 'SE' })).length, 21);

      const vasby = await findOrganisationByNumber(db, 'SE', 'municipality', '0114');
      assert.equal(vasby?.name, 'Upplands Väsby');
      const lan = await getOrganisation(db, vasby?.parentId ?? 0);
      assert.equal(lan?.name, 'Stockholms län');
      assert.equal(lan?.number, '01');

      const second = await importRegistry(db, read('se-municipality-county.csv'), null);
      assert.deepEqual(second, { created: 0, updated: 0, unchanged: 311, linked: 0, rejected: [] });
    });

    it('rejects bad JSON rows with their position, field and reason and writes the good ones', async () => {
      const db = database.db;
      const content = JSON.stringify([
        { k_id: '4601', k_name: 'Bergen', k_url: 'www.bergen.kommune.no' },
        { k_id: '46', k_name: 'Too short' },
        { k_name: 'No number' },
        { k_id: '4602', k_name: '   ' },
        { k_id: '4601', k_name: 'Bergen again' },
        'not an object',
        { k_id: 5001, k_name: 'Trondheim' },
        { k_id: 301, k_name: 'Oslo as a number' },
      ]);
      const report = await importRegistry(db, { content, filename: 'kommuner.json' }, null);
      assert.deepEqual(report.rejected, [
        { line: 2, field: 'k_id', reason: 'malformed' },
        { line: 3, field: 'k_id', reason: 'missing' },
        { line: 4, field: 'k_name', reason: 'missing' },
        { line: 5, field: 'number', reason: 'duplicate' },
        { line: 6, field: 'k_id', reason: 'notAnObject' },
      ]);
      assert.equal(report.created + report.updated + report.unchanged, 3);
      // A JSON number has lost its leading zero; it is stored as the four-digit text.
      const oslo = await findOrganisationByNumber(db, 'NO', 'municipality', '0301');
      assert.equal(oslo?.name, 'Oslo as a number');
      // Put the real name back for later tests in this file.
      if (haveFiles) await importRegistry(db, read('no-kommuner-2025.json'), null);
    });

    it('rejects bad CSV rows with their file line', async () => {
      const db = database.db;
      const content = [
        'municipality_code;municipality_name;county_code;county_name',
        '2580;Luleå kommun;25;Norrbottens län',
        '258;Kort kommun;25;Norrbottens län',
        '2581;Piteå kommun;24;Västerbottens län',
        '',
        '"2582";"Boden; kommun";25;Norrbottens län',
        '2583;;25;Norrbottens län',
      ].join('\r\n');
      const report = await importRegistry(db, { content, filename: 'län.csv' }, null);
      assert.deepEqual(report.rejected, [
        { line: 3, field: 'municipality_code', reason: 'malformed' },
        { line: 4, field: 'county_code', reason: 'countyMismatch' },
        { line: 7, field: 'municipality_name', reason: 'missing' },
      ]);
      const boden = await findOrganisationByNumber(db, 'SE', 'municipality', '2582');
      assert.equal(boden?.name, 'Boden; kommun');
    });

    it('refuses whole files that cannot be read, and writes nothing', async () => {
      const db = database.db;
      const before = (await listOrganisations(db, {})).length;
      const bad: [string, string, string][] = [
        ['', 'x.json', 'empty'],
        ['{not json', 'x.json', 'notJson'],
        ['{"k_id": "0301"}', 'x.json', 'notList'],
        ['[]', 'x.json', 'empty'],
        ['[{"id": 1, "name": "x"}]', 'x.json', 'unknownFormat'],
        ['code,name\n0114,Upplands Väsby', 'x.csv', 'columns'],
      ];
      for (const [content, filename, code] of bad) {
        await assert.rejects(importRegistry(db, { content, filename }, null), (error: unknown) => {
          assert.ok(error instanceof ImportFileError, `${code}: ${String(error)}`);
          assert.equal(error.code, code);
          return true;
        });
      }
      assert.equal((await listOrganisations(db, {})).length, before);
    });
  });
}
