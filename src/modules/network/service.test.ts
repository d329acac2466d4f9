import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import { listAudit } from '../../platform/audit/audit';
import { isConstraintViolation } from '../../platform/db/database';
import {
  createOrganisation,
  createPerson,
  findOrganisationByNumber,
  getGroupMembers,
  getOrganisation,
  getOrganisationsByIds,
  getPeopleByIds,
  getPerson,
  listOrganisations,
  listPeople,
  organisationIdsOfPerson,
  setGroupMembers,
} from './index';

for (const dialect of testDialects()) {
  describe(`network service [${dialect}]`, () => {
    let database: TestDatabase;
    const ids = {} as Record<'county' | 'orsta' | 'volda' | 'bergen' | 'agency' | 'se', number>;

    before(async () => {
      database = await createTestDatabase(dialect);
      const db = database.db;
      ids.county = await createOrganisation(
        db,
        { kind: 'county', name: 'Møre og Romsdal', country: 'NO', number: '15' },
        null,
      );
      ids.orsta = await createOrganisation(
        db,
        { kind: 'municipality', name: 'Ørsta', country: 'NO', number: '1520', parentId: ids.county },
        null,
      );
      ids.volda = await createOrganisation(
        db,
        {
          kind: 'municipality',
          name: 'Volda',
          country: 'NO',
          number: '1577',
          parentId: ids.county,
          website: ' ',
        },
        null,
      );
      ids.bergen = await createOrganisation(
        db,
        { kind: 'municipality', name: 'Bergen', country: 'NO', number: '4601' },
        null,
      );
      ids.agency = await createOrganisation(
        db,
        { kind: 'national_agency', name: 'Distriktssenteret_50%', country: 'NO' },
        7,
      );
      ids.se = await createOrganisation(
        db,
        { kind: 'municipality', name: 'Upplands Väsby', country: 'SE', number: '0114' },
        null,
      );
    });
    after(() => database.drop());

    it('creates organisations, keeps leading zeros and records who created them', async () => {
      const db = database.db;
      const vasby = await getOrganisation(db, ids.se);
      assert.deepEqual(vasby, {
        id: ids.se,
        kind: 'municipality',
        name: 'Upplands Väsby',
        country: 'SE',
        number: '0114',
        parentId: null,
        website: null,
      });
      assert.equal(
        (await getOrganisation(db, ids.volda))?.website,
        null,
        'a blank web address is stored as none',
      );
      assert.equal((await findOrganisationByNumber(db, 'NO', 'municipality', '1577'))?.id, ids.volda);
      assert.equal(await findOrganisationByNumber(db, 'SE', 'municipality', '1577'), undefined);
      const entries = await listAudit(db, { subjectType: 'organisation', subjectId: String(ids.agency) });
      assert.equal(entries[0]?.action, 'organisation.create');
      assert.equal(entries[0]?.actor_user_id, 7);
    });

    it('refuses a second organisation with the same official number as a constraint violation', async () => {
      await assert.rejects(
        createOrganisation(
          database.db,
          { kind: 'municipality', name: 'Volda 2', country: 'NO', number: '1577' },
          null,
        ),
        (error) => isConstraintViolation(error),
      );
      // The same number as another kind, or without a number, is fine.
      await createOrganisation(
        database.db,
        { kind: 'other', name: 'Volda 3', country: 'NO', number: '1577' },
        null,
      );
      await createOrganisation(
        database.db,
        { kind: 'other', name: 'No number', country: 'NO', number: null },
        null,
      );
    });

    it('lists by kind, country, county and text (any case, Nordic letters, number prefix), with paging', async () => {
      const db = database.db;
      const names = async (filter: Parameters<typeof listOrganisations>[1]) =>
        (await listOrganisations(db, filter)).map((o) => o.name);
      assert.deepEqual(await names({ kinds: ['municipality'], country: 'NO' }), ['Bergen', 'Volda', 'Ørsta']);
      assert.deepEqual(await names({ kinds: ['county', 'national_agency'] }), [
        'Distriktssenteret_50%',
        'Møre og Romsdal',
      ]);
      assert.deepEqual(await names({ country: 'SE' }), ['Upplands Väsby']);
      assert.deepEqual(await names({ parentId: ids.county }), ['Volda', 'Ørsta']);
      assert.deepEqual(await names({ q: 'ØRSTA' }), ['Ørsta']);
      assert.deepEqual(await names({ q: 'väsby' }), ['Upplands Väsby']);
      assert.deepEqual(await names({ q: '15', kinds: ['municipality', 'county'] }), [
        'Møre og Romsdal',
        'Volda',
        'Ørsta',
      ]);
      assert.deepEqual(await names({ q: '0114' }), ['Upplands Väsby']);
      // LIKE wildcards in the search text are taken literally.
      assert.deepEqual(await names({ q: '_50%' }), ['Distriktssenteret_50%']);
      assert.deepEqual(await names({ q: '%' }), ['Distriktssenteret_50%']);
      assert.deepEqual(await names({ kinds: ['municipality'], country: 'NO', limit: 2, offset: 1 }), [
        'Volda',
        'Ørsta',
      ]);
      assert.deepEqual(
        (await getOrganisationsByIds(db, [ids.orsta, ids.bergen, ids.orsta, 999999])).map((o) => o.name),
        ['Bergen', 'Ørsta'],
      );
      assert.deepEqual(await getOrganisationsByIds(db, []), []);
    });

    it('sets and replaces the municipalities of a city region, also inside a caller’s transaction', async () => {
      const db = database.db;
      const region = await createOrganisation(
        db,
        { kind: 'city_region', name: 'Ørsta–Volda', country: 'NO' },
        null,
      );
      await setGroupMembers(db, region, [ids.volda, ids.orsta, ids.volda], null);
      assert.deepEqual(
        (await getGroupMembers(db, region)).map((o) => o.name),
        ['Volda', 'Ørsta'],
      );
      await db.transaction().execute(async (tx) => {
        await setGroupMembers(tx, region, [ids.bergen], null);
      });
      assert.deepEqual(
        (await getGroupMembers(db, region)).map((o) => o.name),
        ['Bergen'],
      );
      const actions = (await listAudit(db, { subjectType: 'organisation', subjectId: String(region) })).map(
        (e) => e.action,
      );
      assert.deepEqual(actions, [
        'organisation.members.set',
        'organisation.members.set',
        'organisation.create',
      ]);
    });

    it('creates people with organisations and finds them by text and organisation', async () => {
      const db = database.db;
      const kari = await createPerson(
        db,
        {
          name: 'Kari Ås',
          email: ' Kari@Example.NO ',
          title: 'Rådgiver',
          organisations: [
            { organisationId: ids.volda, role: 'Prosjektleder' },
            { organisationId: ids.county, role: '' },
          ],
        },
        3,
      );
      const ola = await createPerson(
        db,
        { name: 'Ola Nordmann', organisations: [{ organisationId: ids.orsta }] },
        null,
      );
      assert.deepEqual(await getPerson(db, kari), {
        id: kari,
        name: 'Kari Ås',
        email: 'kari@example.no',
        phone: null,
        title: 'Rådgiver',
      });
      assert.deepEqual((await organisationIdsOfPerson(db, kari)).sort(), [ids.county, ids.volda].sort());
      assert.deepEqual(
        (await listPeople(db, { q: 'ÅS' })).map((p) => p.id),
        [kari],
      );
      assert.deepEqual(
        (await listPeople(db, { q: 'example.no' })).map((p) => p.id),
        [kari],
      );
      assert.deepEqual(
        (await listPeople(db, { organisationId: ids.orsta })).map((p) => p.id),
        [ola],
      );
      assert.deepEqual(
        (await getPeopleByIds(db, [ola, kari])).map((p) => p.name),
        ['Kari Ås', 'Ola Nordmann'],
      );
      await assert.rejects(
        createPerson(db, { name: 'Kari again', email: 'kari@example.no' }, null),
        (error) => isConstraintViolation(error),
      );
      const entries = await listAudit(db, { subjectType: 'person', subjectId: String(kari) });
      assert.equal(entries[0]?.action, 'person.create');
      assert.doesNotMatch(
        entries[0]?.details ?? '',
        /kari@example/,
        'personal details stay out of the audit log',
      );
    });
  });
}
