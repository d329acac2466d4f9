import { withId } from '../../platform/db/columns';
import { bumpDataVersionOn } from '../../platform/db/data-version';
import type { SchemaMigration } from '../../platform/db/migrate';
import { nomineeDetails } from './migration-nominee-details';

export const migrations: SchemaMigration[] = [
  {
    name: '20261123-04-programmes',
    async up(db, dialect) {
      await withId(db.schema.createTable('programmes'), dialect)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('owner_organisation_id', 'integer', (c) =>
          c.references('organisations.id').onDelete('set null'),
        )
        .addColumn('starts_on', 'text')
        .addColumn('ends_on', 'text')
        .addColumn('visibility', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await withId(db.schema.createTable('programme_phases'), dialect)
        .addColumn('programme_id', 'integer', (c) =>
          c.notNull().references('programmes.id').onDelete('cascade'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute();
      await db.schema
        .createIndex('programme_phases_programme')
        .on('programme_phases')
        .columns(['programme_id', 'position'])
        .execute();
      await withId(db.schema.createTable('programme_steps'), dialect)
        .addColumn('phase_id', 'integer', (c) =>
          c.notNull().references('programme_phases.id').onDelete('cascade'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute();
      await db.schema
        .createIndex('programme_steps_phase')
        .on('programme_steps')
        .columns(['phase_id', 'position'])
        .execute();
      await withId(db.schema.createTable('programme_participants'), dialect)
        .addColumn('programme_id', 'integer', (c) =>
          c.notNull().references('programmes.id').onDelete('cascade'),
        )
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('joined_on', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('programme_participants_once', ['programme_id', 'organisation_id'])
        .execute();
      await db.schema
        .createIndex('programme_participants_org')
        .on('programme_participants')
        .column('organisation_id')
        .execute();
      await db.schema
        .createTable('participant_contacts')
        .addColumn('participant_id', 'integer', (c) =>
          c.notNull().references('programme_participants.id').onDelete('cascade'),
        )
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('participant_contacts_pk', ['participant_id', 'person_id', 'role'])
        .execute();
      await withId(db.schema.createTable('programme_advisors'), dialect)
        .addColumn('programme_id', 'integer', (c) =>
          c.notNull().references('programmes.id').onDelete('cascade'),
        )
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('organisation_id', 'integer', (c) => c.references('organisations.id').onDelete('set null'))
        .addColumn('participant_id', 'integer', (c) =>
          c.references('programme_participants.id').onDelete('cascade'),
        )
        .execute();
      await withId(db.schema.createTable('reference_group_nominations'), dialect)
        .addColumn('programme_id', 'integer', (c) =>
          c.notNull().references('programmes.id').onDelete('cascade'),
        )
        .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id').onDelete('cascade'))
        .addColumn('nominated_by_participant_id', 'integer', (c) =>
          c.references('programme_participants.id').onDelete('set null'),
        )
        .addColumn('motivation', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text')
        .addColumn('decided_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .execute();
      await db.schema
        .createTable('step_progress')
        .addColumn('participant_id', 'integer', (c) =>
          c.notNull().references('programme_participants.id').onDelete('cascade'),
        )
        .addColumn('step_id', 'integer', (c) =>
          c.notNull().references('programme_steps.id').onDelete('cascade'),
        )
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addPrimaryKeyConstraint('step_progress_pk', ['participant_id', 'step_id'])
        .execute();
      await withId(db.schema.createTable('step_notes'), dialect)
        .addColumn('participant_id', 'integer', (c) =>
          c.notNull().references('programme_participants.id').onDelete('cascade'),
        )
        .addColumn('step_id', 'integer', (c) =>
          c.notNull().references('programme_steps.id').onDelete('cascade'),
        )
        .addColumn('note_date', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('author_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await withId(db.schema.createTable('step_feedback'), dialect)
        .addColumn('participant_id', 'integer', (c) =>
          c.notNull().references('programme_participants.id').onDelete('cascade'),
        )
        .addColumn('step_id', 'integer', (c) =>
          c.notNull().references('programme_steps.id').onDelete('cascade'),
        )
        .addColumn('author_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('from_centre', 'integer', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('reply_to_id', 'integer', (c) => c.references('step_feedback.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('step_feedback_participant')
        .on('step_feedback')
        .columns(['participant_id', 'step_id'])
        .execute();
      await withId(db.schema.createTable('plan_activities'), dialect)
        .addColumn('participant_id', 'integer', (c) =>
          c.notNull().references('programme_participants.id').onDelete('cascade'),
        )
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('starts_on', 'text')
        .addColumn('ends_on', 'text')
        .addColumn('responsible', 'text')
        .addColumn('stakeholder_groups', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('planning_link', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('participant_outcomes')
        .addColumn('participant_id', 'integer', (c) =>
          c.primaryKey().references('programme_participants.id').onDelete('cascade'),
        )
        .addColumn('result', 'text', (c) => c.notNull())
        .addColumn('reasons', 'text', (c) => c.notNull())
        .addColumn('decided_at', 'text', (c) => c.notNull())
        .addColumn('author_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
        .execute();
      await db.schema
        .createTable('programme_visits')
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('programme_id', 'integer', (c) =>
          c.notNull().references('programmes.id').onDelete('cascade'),
        )
        .addColumn('visited_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('programme_visits_pk', ['user_id', 'programme_id'])
        .execute();
    },
  },
  nomineeDetails,
  {
    // Anonymous visitors get the public programme page from a cache keyed on the data version
    // (page-cache.ts): every table that page shows must change the version. The organisations and
    // people tables are the network module's; the page shows their names, so their writes count too.
    name: '20261125-02-programmes-page-version',
    up: (db, dialect) =>
      bumpDataVersionOn(db, dialect, [
        'programmes',
        'programme_phases',
        'programme_steps',
        'programme_participants',
        'participant_contacts',
        'programme_advisors',
        'reference_group_nominations',
        'organisations',
        'people',
      ]),
  },
];
