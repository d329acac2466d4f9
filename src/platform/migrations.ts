import { withId } from './db/columns';
import { createDataVersion } from './db/data-version';
import { addTitleVector, createSearchTables } from './search/migration';
import type { SchemaMigration } from './db/migrate';

export const platformMigrations: SchemaMigration[] = [
  {
    name: '20261123-01-platform',
    async up(db, dialect) {
      await db.schema
        .createTable('rate_limits')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .execute();
      await withId(db.schema.createTable('outbox'), dialect)
        .addColumn('recipient', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .execute();
      await db.schema.createIndex('outbox_unsent').on('outbox').columns(['sent_at', 'id']).execute();
      await withId(db.schema.createTable('audit_log'), dialect)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_user_id', 'integer')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject_type', 'text', (c) => c.notNull())
        .addColumn('subject_id', 'text', (c) => c.notNull())
        .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute();
      await db.schema
        .createIndex('audit_log_subject')
        .on('audit_log')
        .columns(['subject_type', 'subject_id'])
        .execute();
    },
  },
  {
    // Personal-data export and erasure look up a person's audit entries by actor.
    name: '20261124-03-platform-audit-actor',
    async up(db) {
      await db.schema.createIndex('audit_log_actor').on('audit_log').column('actor_user_id').execute();
    },
  },
  {
    // The version that cached pages are keyed on; modules add the triggers for their tables.
    name: '20261125-01-platform-data-version',
    up: (db, dialect) => createDataVersion(db, dialect),
  },
  {
    // The knowledge bank's one search index (issue 4): documents, themes, vocabulary, full-text index.
    name: '20261127-01-search',
    up: (db, dialect) => createSearchTables(db, dialect),
  },
  {
    // Search at 100,000 documents: a title-only tsvector on PostgreSQL (see search/ranking.ts).
    name: '20261127-04-search-speed',
    up: (db, dialect) => addTitleVector(db, dialect),
  },
];
