import crypto from 'node:crypto';
import { withId } from '../../platform/db/columns';
import type { SchemaMigration } from '../../platform/db/migrate';

export const migrations: SchemaMigration[] = [
  {
    name: '20261127-03-inputs',
    async up(db, dialect) {
      await withId(db.schema.createTable('inputs'), dialect)
        .addColumn('programme_id', 'integer', (c) =>
          c.notNull().references('programmes.id').onDelete('cascade'),
        )
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('sender_kind', 'text', (c) => c.notNull())
        .addColumn('sender_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('sender_name', 'text')
        .addColumn('sender_email', 'text')
        .addColumn('show_name', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locale', 'text', (c) => c.notNull().defaultTo('nb'))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
        .addColumn('status_changed_at', 'text', (c) => c.notNull())
        .addColumn('internal_note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('answer', 'text')
        .addColumn('answered_at', 'text')
        .addColumn('answered_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('notified_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('inputs_programme_status')
        .on('inputs')
        .columns(['programme_id', 'status', 'id'])
        .execute();
      await db.schema.createIndex('inputs_sender').on('inputs').column('sender_user_id').execute();
      await withId(db.schema.createTable('input_status_changes'), dialect)
        .addColumn('input_id', 'integer', (c) => c.notNull().references('inputs.id').onDelete('cascade'))
        .addColumn('from_status', 'text', (c) => c.notNull())
        .addColumn('to_status', 'text', (c) => c.notNull())
        .addColumn('changed_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('input_status_changes_input')
        .on('input_status_changes')
        .columns(['input_id', 'id'])
        .execute();
      await db.schema
        .createTable('input_form_key')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('secret', 'text', (c) => c.notNull())
        .execute();
      await db
        .insertInto('input_form_key')
        .values({ id: 1, secret: crypto.randomBytes(32).toString('base64url') })
        .execute();
    },
  },
];
