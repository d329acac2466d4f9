import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testDialects, type TestDatabase } from '../../../test/support/databases';
import { allMigrations } from '../../modules';
import { migrateToLatest } from '../../platform/db/migrate';
import { createPerson } from '../network/index';
import { isUniqueViolation } from './model';

// Migration 20261124-05 runs on databases that already hold programmes: the rows made under the
// released schema must come through, and rows that break the new unique indexes are folded first.

const NAME = '20261124-05-programmes-nominee-details';
const at = '2026-01-01T00:00:00.000Z';

for (const dialect of testDialects()) {
  describe(`migration ${NAME} on an existing database [${dialect}]`, () => {
    let database: TestDatabase;
    const ids = { programme: 0, person: 0, other: 0, participant: 0 };

    before(async () => {
      database = await createTestDatabase(dialect, { migrate: false });
      await migrateToLatest(
        database,
        allMigrations.filter((m) => m.name < NAME),
      );
      const db = database.db;
      const one = async <T extends { id: number }>(q: { executeTakeFirstOrThrow(): Promise<T> }) =>
        (await q.executeTakeFirstOrThrow()).id;
      ids.programme = await one(
        db
          .insertInto('programmes')
          .values({
            slug: 'p',
            title: '{}',
            description: '{}',
            visibility: 'public',
            created_at: at,
            updated_at: at,
          })
          .returning('id'),
      );
      // The network's people are migrated to their latest here, so its own functions make them.
      ids.person = await createPerson(db, { name: 'Ada' }, null);
      ids.other = await createPerson(db, { name: 'Bo' }, null);
      // Written directly: createOrganisation also feeds the search index, whose tables come later.
      const org = await one(
        db
          .insertInto('organisations')
          .values({
            kind: 'municipality',
            name: 'K',
            country: 'NO',
            number: null,
            parent_id: null,
            website: null,
            search_name: 'k',
            sort_key: 'k',
            created_at: at,
            updated_at: at,
          })
          .returning('id'),
      );
      ids.participant = await one(
        db
          .insertInto('programme_participants')
          .values({ programme_id: ids.programme, organisation_id: org, joined_on: null, created_at: at })
          .returning('id'),
      );
      // Duplicates that the released code could let through when two requests raced.
      const advisor = { programme_id: ids.programme, person_id: ids.person, organisation_id: null };
      await db
        .insertInto('programme_advisors')
        .values([
          { ...advisor, participant_id: null },
          { ...advisor, participant_id: null },
          { ...advisor, participant_id: ids.participant },
          { ...advisor, participant_id: ids.participant },
        ])
        .execute();
      const nomination = {
        programme_id: ids.programme,
        nominated_by_participant_id: ids.participant,
        motivation: 'Kjenner regionen',
        created_at: at,
        decided_at: null,
        decided_by_user_id: null,
      };
      await db
        .insertInto('reference_group_nominations')
        .values([
          { ...nomination, person_id: ids.person, status: 'nominated' as const },
          { ...nomination, person_id: ids.person, status: 'accepted' as const },
          { ...nomination, person_id: ids.other, status: 'declined' as const },
        ])
        .execute();
      await migrateToLatest(database, allMigrations);
    });
    after(() => database.drop());

    it('keeps the nominations and folds a repeated open one, keeping the accepted', async () => {
      const rows = await database.db
        .selectFrom('reference_group_nominations')
        .select(['person_id', 'status', 'motivation', 'nominee_name'])
        .orderBy('id')
        .execute();
      assert.deepEqual(
        rows.map((r) => [r.person_id, r.status, r.motivation, r.nominee_name]),
        [
          [ids.person, 'declined', 'Kjenner regionen', null],
          [ids.person, 'accepted', 'Kjenner regionen', null],
          [ids.other, 'declined', 'Kjenner regionen', null],
        ],
      );
    });

    it('keeps one advisor row per place on the team', async () => {
      const rows = await database.db.selectFrom('programme_advisors').select('participant_id').execute();
      assert.deepEqual(rows.map((r) => r.participant_id).sort(), [ids.participant, null].sort());
    });

    it('takes a nomination without a person, and refuses a second open one of a person', async () => {
      const db = database.db;
      const base = {
        programme_id: ids.programme,
        nominated_by_participant_id: ids.participant,
        motivation: null,
        status: 'nominated' as const,
        created_at: at,
        decided_at: null,
        decided_by_user_id: null,
      };
      await db
        .insertInto('reference_group_nominations')
        .values({ ...base, person_id: null, nominee_name: 'Typed', nominee_email: 'typed@example.no' })
        .execute();
      await assert.rejects(
        db
          .insertInto('reference_group_nominations')
          .values({ ...base, person_id: ids.person })
          .execute(),
        isUniqueViolation,
      );
      await assert.rejects(
        db
          .insertInto('programme_advisors')
          .values({
            programme_id: ids.programme,
            person_id: ids.person,
            organisation_id: null,
            participant_id: null,
          })
          .execute(),
        isUniqueViolation,
      );
    });
  });
}
