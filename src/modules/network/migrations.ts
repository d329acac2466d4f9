import { sql } from 'kysely';
import { withId } from '../../platform/db/columns';
import type { SchemaMigration } from '../../platform/db/migrate';
import { foldForSearch } from './search';
import { sortKey } from './sort-key';

export const migrations: SchemaMigration[] = [
  {
    name: '20261123-02-network',
    async up(db, dialect) {
      await withId(db.schema.createTable('organisations'), dialect)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('number', 'text')
        .addColumn('parent_id', 'integer', (c) => c.references('organisations.id').onDelete('set null'))
        .addColumn('website', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // One organisation per official number and kind in each country; the import upserts on it.
      await db.schema
        .createIndex('organisations_official_number')
        .on('organisations')
        .columns(['country', 'kind', 'number'])
        .unique()
        .where(sql.ref('number'), 'is not', null)
        .execute();
      await db.schema.createIndex('organisations_name').on('organisations').column('name').execute();
      await db.schema
        .createTable('organisation_members')
        .addColumn('group_id', 'integer', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('member_id', 'integer', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addPrimaryKeyConstraint('organisation_members_pk', ['group_id', 'member_id'])
        .execute();
      await withId(db.schema.createTable('people'), dialect)
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.unique())
        .addColumn('phone', 'text')
        .addColumn('title', 'text')
        .addColumn('sector', 'text')
        .addColumn('years_lived_band', 'text')
        .addColumn('age_band', 'text')
        .addColumn('attributes_consent_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('erased_at', 'text')
        .execute();
      await db.schema
        .createTable('person_organisations')
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('organisation_id', 'integer', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('role', 'text')
        .addPrimaryKeyConstraint('person_organisations_pk', ['person_id', 'organisation_id'])
        .execute();
    },
  },
  {
    // Searching "ørsta" must find "Ørsta" on both databases, and SQLite's lower() folds only ASCII.
    // So each name is also kept folded by JavaScript, and searches compare against that.
    name: '20261124-02-network-search',
    async up(db) {
      for (const table of ['organisations', 'people']) {
        await db.schema
          .alterTable(table)
          .addColumn('search_name', 'text', (c) => c.notNull().defaultTo(''))
          .execute();
        const rows: { id: number; name: string }[] = await db
          .selectFrom(table)
          .select(['id', 'name'])
          .execute();
        for (const row of rows) {
          await db
            .updateTable(table)
            .set({ search_name: foldForSearch(row.name) })
            .where('id', '=', row.id)
            .execute();
        }
      }
    },
  },
  {
    // Lists sort by a key made in JavaScript (see sort-key.ts) and compared byte by byte on both
    // databases: SQLite does so by default, PostgreSQL needs the "C" collation on the column, since
    // its default follows the server's locale.
    name: '20261124-04-network-sort-key',
    async up(db, dialect) {
      const type = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
      for (const table of ['organisations', 'people']) {
        await db.schema
          .alterTable(table)
          .addColumn('sort_key', type, (c) => c.notNull().defaultTo(''))
          .execute();
        const rows: { id: number; name: string }[] = await db
          .selectFrom(table)
          .select(['id', 'name'])
          .execute();
        for (const row of rows) {
          await db
            .updateTable(table)
            .set({ sort_key: sortKey(row.name) })
            .where('id', '=', row.id)
            .execute();
        }
        await db.schema.createIndex(`${table}_sort_key`).on(table).column('sort_key').execute();
      }
    },
  },
];
