import type { ColumnDefinitionBuilder } from 'kysely';
import { withId } from '../../platform/db/columns';
import type { SchemaMigration } from '../../platform/db/migrate';

const cascade = (table: string) => (c: ColumnDefinitionBuilder) =>
  c.notNull().references(`${table}.id`).onDelete('cascade');
const setNull = (table: string) => (c: ColumnDefinitionBuilder) =>
  c.references(`${table}.id`).onDelete('set null');

export const migrations: SchemaMigration[] = [
  {
    name: '20261126-02-cases',
    async up(db, dialect) {
      await withId(db.schema.createTable('cases'), dialect)
        .addColumn('programme_id', 'integer', cascade('programmes'))
        .addColumn('participant_id', 'integer', (c) =>
          c.notNull().unique().references('programme_participants.id').onDelete('cascade'),
        )
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('goal', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('challenges', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('region_role', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('stakeholders', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('question', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('themes', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('cases_programme').on('cases').column('programme_id').execute();
      await withId(db.schema.createTable('case_log'), dialect)
        .addColumn('case_id', 'integer', cascade('cases'))
        .addColumn('event_id', 'integer', setNull('events'))
        .addColumn('author_user_id', 'integer', setNull('users'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('case_log_case').on('case_log').columns(['case_id', 'id']).execute();
      await db.schema.createIndex('case_log_author').on('case_log').column('author_user_id').execute();

      await withId(db.schema.createTable('homework'), dialect)
        .addColumn('event_id', 'integer', cascade('events'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('instructions', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('reminder_sent_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('homework_event').on('homework').column('event_id').execute();
      await db.schema.createIndex('homework_due').on('homework').column('due_at').execute();
      await withId(db.schema.createTable('homework_submissions'), dialect)
        .addColumn('homework_id', 'integer', cascade('homework'))
        .addColumn('case_id', 'integer', cascade('cases'))
        .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('submitted_by', 'integer', setNull('users'))
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('homework_submissions_once', ['homework_id', 'case_id'])
        .execute();
      await db.schema
        .createIndex('homework_submissions_case')
        .on('homework_submissions')
        .column('case_id')
        .execute();
      await withId(db.schema.createTable('submission_files'), dialect)
        .addColumn('submission_id', 'integer', cascade('homework_submissions'))
        .addColumn('filename', 'text', (c) => c.notNull())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('data', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('submission_files_submission')
        .on('submission_files')
        .column('submission_id')
        .execute();

      await withId(db.schema.createTable('coaching_groups'), dialect)
        .addColumn('event_id', 'integer', cascade('events'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('coaching_groups_number', ['event_id', 'number'])
        .execute();
      await db.schema
        .createTable('coaching_group_members')
        .addColumn('group_id', 'integer', cascade('coaching_groups'))
        .addColumn('case_id', 'integer', cascade('cases'))
        .addColumn('event_id', 'integer', cascade('events'))
        .addPrimaryKeyConstraint('coaching_group_members_pk', ['event_id', 'case_id'])
        .execute();
      await db.schema
        .createIndex('coaching_group_members_group')
        .on('coaching_group_members')
        .column('group_id')
        .execute();
      await db.schema
        .createTable('group_summaries')
        .addColumn('group_id', 'integer', (c) =>
          c.primaryKey().references('coaching_groups.id').onDelete('cascade'),
        )
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'integer', setNull('users'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
];
