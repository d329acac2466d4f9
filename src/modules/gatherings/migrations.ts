import { sql, type ColumnDefinitionBuilder } from 'kysely';
import { withId } from '../../platform/db/columns';
import type { SchemaMigration } from '../../platform/db/migrate';

const cascade = (table: string) => (c: ColumnDefinitionBuilder) =>
  c.notNull().references(`${table}.id`).onDelete('cascade');
const setNull = (table: string) => (c: ColumnDefinitionBuilder) =>
  c.references(`${table}.id`).onDelete('set null');

export const migrations: SchemaMigration[] = [
  {
    name: '20261126-01-gatherings',
    async up(db, dialect) {
      await withId(db.schema.createTable('event_series'), dialect)
        .addColumn('programme_id', 'integer', cascade('programmes'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await withId(db.schema.createTable('events'), dialect)
        .addColumn('programme_id', 'integer', cascade('programmes'))
        .addColumn('series_id', 'integer', setNull('event_series'))
        .addColumn('series_number', 'integer')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('ends_at', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('video_url', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('capacity', 'integer')
        .addColumn('registration_opens_at', 'text')
        .addColumn('registration_closes_at', 'text')
        .addColumn('cancellation_closes_at', 'text')
        .addColumn('sessions_close_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('events_programme')
        .on('events')
        .columns(['programme_id', 'starts_at'])
        .execute();
      await db.schema.createIndex('events_starts').on('events').column('starts_at').execute();
      await db.schema
        .createIndex('events_series')
        .on('events')
        .columns(['series_id', 'series_number'])
        .execute();

      await withId(db.schema.createTable('agenda_items'), dialect)
        .addColumn('event_id', 'integer', cascade('events'))
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('ends_at', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('room', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('track', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('language', 'text')
        .addColumn('capacity', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('agenda_items_event')
        .on('agenda_items')
        .columns(['event_id', 'starts_at'])
        .execute();
      await withId(db.schema.createTable('agenda_speakers'), dialect)
        .addColumn('agenda_item_id', 'integer', cascade('agenda_items'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('person_id', 'integer', setNull('people'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('organisation', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema
        .createIndex('agenda_speakers_item')
        .on('agenda_speakers')
        .columns(['agenda_item_id', 'position'])
        .execute();
      await db.schema
        .createIndex('agenda_speakers_person')
        .on('agenda_speakers')
        .column('person_id')
        .execute();

      await withId(db.schema.createTable('event_questions'), dialect)
        .addColumn('event_id', 'integer', cascade('events'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('required', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex('event_questions_event')
        .on('event_questions')
        .columns(['event_id', 'position'])
        .execute();

      await withId(db.schema.createTable('registrations'), dialect)
        .addColumn('event_id', 'integer', cascade('events'))
        .addColumn('person_id', 'integer', setNull('people'))
        .addColumn('user_id', 'integer', setNull('users'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('email_key', 'text', (c) => c.notNull())
        .addColumn('organisation', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('confirm_token_hash', 'text')
        .addColumn('registered_by', 'integer', setNull('users'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('confirmed_at', 'text')
        .addColumn('promoted_at', 'text')
        .addColumn('cancelled_at', 'text')
        .addColumn('reminded_at', 'text')
        .execute();
      // One live registration per address and event; a cancelled one may be followed by a new one.
      await sql`create unique index registrations_live_email on registrations (event_id, email_key) where status <> 'cancelled'`.execute(
        db,
      );
      await db.schema
        .createIndex('registrations_event_status')
        .on('registrations')
        .columns(['event_id', 'status', 'id'])
        .execute();
      await db.schema.createIndex('registrations_user').on('registrations').column('user_id').execute();
      await db.schema.createIndex('registrations_person').on('registrations').column('person_id').execute();
      await db.schema
        .createIndex('registrations_token')
        .on('registrations')
        .column('confirm_token_hash')
        .execute();
      await db.schema
        .createTable('registration_answers')
        .addColumn('registration_id', 'integer', cascade('registrations'))
        .addColumn('question_id', 'integer', cascade('event_questions'))
        .addColumn('answer', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('registration_answers_pk', ['registration_id', 'question_id'])
        .execute();

      await withId(db.schema.createTable('session_signups'), dialect)
        .addColumn('agenda_item_id', 'integer', cascade('agenda_items'))
        .addColumn('registration_id', 'integer', cascade('registrations'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('promoted_at', 'text')
        .addColumn('cancelled_at', 'text')
        .execute();
      await sql`create unique index session_signups_live on session_signups (agenda_item_id, registration_id) where status <> 'cancelled'`.execute(
        db,
      );
      await db.schema
        .createIndex('session_signups_item_status')
        .on('session_signups')
        .columns(['agenda_item_id', 'status', 'id'])
        .execute();
      await db.schema
        .createIndex('session_signups_registration')
        .on('session_signups')
        .column('registration_id')
        .execute();

      await db.schema
        .createTable('calendar_feeds')
        .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await withId(db.schema.createTable('retrospectives'), dialect)
        .addColumn('event_id', 'integer', cascade('events'))
        .addColumn('user_id', 'integer', setNull('users'))
        .addColumn('take_with', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('hear_more', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('retrospectives_event')
        .on('retrospectives')
        .columns(['event_id', 'id'])
        .execute();
      await db.schema.createIndex('retrospectives_user').on('retrospectives').column('user_id').execute();
    },
  },
  {
    // Part B: a pending registration confirmed late must queue behind those already waiting, so
    // arrival order is a number given under the event lock rather than the row id.
    name: '20261126-12-registration-queue',
    async up(db) {
      await db.schema.alterTable('registrations').addColumn('queue_number', 'integer').execute();
      await db
        .updateTable('registrations')
        .set({ queue_number: sql`id` })
        .where('status', '<>', 'pending')
        .execute();
      await db.schema
        .createIndex('registrations_queue')
        .on('registrations')
        .columns(['event_id', 'queue_number'])
        .execute();
    },
  },
  {
    // Part C: one retrospective per user and event, so saving twice at once edits rather than
    // duplicates. NULLs are distinct on both databases: answers of erased users (user_id null) stay.
    name: '20261126-13-retrospective-per-user',
    async up(db) {
      await db.schema
        .createIndex('retrospectives_event_user')
        .on('retrospectives')
        .columns(['event_id', 'user_id'])
        .unique()
        .execute();
    },
  },
  {
    // The waitlist's one order is (queue_number, id): every placed registration gets a number of its
    // own. Rows without one, or sharing one, are put at the end of their event's line (in id order)
    // before the index makes a shared number impossible.
    name: '20261126-16-queue-unique',
    async up(db) {
      await sql`update registrations set queue_number = null
        where queue_number is not null and exists (
          select 1 from registrations r2
          where r2.event_id = registrations.event_id
            and r2.queue_number = registrations.queue_number
            and r2.id < registrations.id)`.execute(db);
      await sql`update registrations set queue_number = id + (
          select coalesce(max(r2.queue_number), 0) from registrations r2
          where r2.event_id = registrations.event_id)
        where queue_number is null and status in ('confirmed', 'waitlisted')`.execute(db);
      await sql`create unique index registrations_queue_unique on registrations (event_id, queue_number)
        where queue_number is not null`.execute(db);
    },
  },
];
