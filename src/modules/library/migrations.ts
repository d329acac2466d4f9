import type { ColumnDefinitionBuilder } from 'kysely';
import { withId } from '../../platform/db/columns';
import type { SchemaMigration } from '../../platform/db/migrate';

const cascade = (table: string) => (c: ColumnDefinitionBuilder) =>
  c.notNull().references(`${table}.id`).onDelete('cascade');
const setNull = (table: string) => (c: ColumnDefinitionBuilder) =>
  c.references(`${table}.id`).onDelete('set null');

export const migrations: SchemaMigration[] = [
  {
    name: '20261127-02-library',
    async up(db, dialect) {
      await withId(db.schema.createTable('library_items'), dialect)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('year', 'integer')
        .addColumn('audience', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('authors', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('reference', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('first_published_at', 'text')
        .addColumn('published_at', 'text')
        .addColumn('published_by', 'integer', setNull('users'))
        .addColumn('created_by', 'integer', setNull('users'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'integer', setNull('users'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('library_items_published')
        .on('library_items')
        .columns(['status', 'published_at'])
        .execute();
      await db.schema
        .createTable('library_item_themes')
        .addColumn('item_id', 'integer', cascade('library_items'))
        .addColumn('theme', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('library_item_themes_pk', ['item_id', 'theme'])
        .execute();
      await db.schema
        .createIndex('library_item_themes_theme')
        .on('library_item_themes')
        .column('theme')
        .execute();
      await db.schema
        .createTable('library_item_links')
        .addColumn('item_id', 'integer', cascade('library_items'))
        .addColumn('target_type', 'text', (c) => c.notNull())
        .addColumn('target_id', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('library_item_links_pk', ['item_id', 'target_type', 'target_id'])
        .execute();
      await db.schema
        .createIndex('library_item_links_target')
        .on('library_item_links')
        .columns(['target_type', 'target_id'])
        .execute();
      await withId(db.schema.createTable('library_item_versions'), dialect)
        .addColumn('item_id', 'integer', cascade('library_items'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addColumn('saved_by', 'integer', setNull('users'))
        .addColumn('saved_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('library_item_versions_number', ['item_id', 'number'])
        .execute();
      await withId(db.schema.createTable('library_attachments'), dialect)
        .addColumn('item_id', 'integer', cascade('library_items'))
        .addColumn('filename', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('data', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('text_status', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer', setNull('users'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('library_attachments_item')
        .on('library_attachments')
        .column('item_id')
        .execute();
      await db.schema
        .createTable('library_digests')
        .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('programme_ids', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('themes', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('library_digests_sent')
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('week', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('library_digests_sent_pk', ['user_id', 'week'])
        .execute();
    },
  },
];
