import { sql, type Kysely } from 'kysely';
import { withId } from '../../platform/db/columns';
import type { DialectName } from '../../platform/db/database';
import type { SchemaMigration } from '../../platform/db/migrate';

// 20261123-04 is released and stays as it was; this one changes what it made.
//
// 1. A participant's nomination keeps the nominee as typed (name, e-mail, title, organisation) with
//    no person: matching a typed e-mail against the registry showed participants other people's
//    names and titles. An operator links or creates the person on accepting, so person_id may be
//    null until then.
// 2. Duplicate advisors and duplicate open nominations were refused only in code; two requests at
//    once could both pass. Unique indexes now decide. Rows that already break them are folded first
//    (a repeated advisor row is dropped; a repeated open nomination is declined, keeping an accepted
//    one), so the indexes can be built on an existing database.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const kept = [
  'id',
  'programme_id',
  'person_id',
  'nominated_by_participant_id',
  'motivation',
  'status',
  'created_at',
  'decided_at',
  'decided_by_user_id',
];

/** SQLite cannot drop a NOT NULL: the table is made again with the new columns and its rows copied over. */
async function rebuildNominationsOnSqlite(db: AnyDb) {
  await db.transaction().execute(async (tx) => {
    await withId(tx.schema.createTable('reference_group_nominations_next'), 'sqlite')
      .addColumn('programme_id', 'integer', (c) =>
        c.notNull().references('programmes.id').onDelete('cascade'),
      )
      .addColumn('person_id', 'integer', (c) => c.references('people.id').onDelete('cascade'))
      .addColumn('nominated_by_participant_id', 'integer', (c) =>
        c.references('programme_participants.id').onDelete('set null'),
      )
      .addColumn('motivation', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('decided_at', 'text')
      .addColumn('decided_by_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('nominee_name', 'text')
      .addColumn('nominee_email', 'text')
      .addColumn('nominee_title', 'text')
      .addColumn('nominee_organisation', 'text')
      .execute();
    const columns = sql.join(kept.map((c) => sql.ref(c)));
    await sql`insert into reference_group_nominations_next (${columns})
      select ${columns} from reference_group_nominations`.execute(tx);
    // No table refers to the nominations, so dropping the old one breaks no foreign key.
    await tx.schema.dropTable('reference_group_nominations').execute();
    await tx.schema
      .alterTable('reference_group_nominations_next')
      .renameTo('reference_group_nominations')
      .execute();
  });
}

async function alterNominationsOnPostgres(db: AnyDb) {
  await db.schema
    .alterTable('reference_group_nominations')
    .alterColumn('person_id', (c) => c.dropNotNull())
    .execute();
  for (const column of ['nominee_name', 'nominee_email', 'nominee_title', 'nominee_organisation'])
    await db.schema.alterTable('reference_group_nominations').addColumn(column, 'text').execute();
}

async function foldDuplicates(db: AnyDb) {
  await sql`delete from programme_advisors
    where exists (
      select 1 from programme_advisors earlier
      where earlier.programme_id = programme_advisors.programme_id
        and earlier.person_id = programme_advisors.person_id
        and (earlier.participant_id = programme_advisors.participant_id
          or (earlier.participant_id is null and programme_advisors.participant_id is null))
        and earlier.id < programme_advisors.id)`.execute(db);
  await sql`update reference_group_nominations
    set status = 'declined', decided_at = coalesce(decided_at, created_at)
    where status <> 'declined' and exists (
      select 1 from reference_group_nominations other
      where other.programme_id = reference_group_nominations.programme_id
        and other.person_id = reference_group_nominations.person_id
        and other.status <> 'declined'
        and ((other.status = 'accepted' and reference_group_nominations.status <> 'accepted')
          or (other.status = reference_group_nominations.status
            and other.id < reference_group_nominations.id)))`.execute(db);
}

async function createUniqueIndexes(db: AnyDb) {
  // NULLs never clash in a unique index (on either database), so a team-wide advisor, whose
  // participant_id is null, needs an index of its own.
  await db.schema
    .createIndex('programme_advisors_once_team')
    .on('programme_advisors')
    .columns(['programme_id', 'person_id'])
    .unique()
    .where(sql.ref('participant_id'), 'is', null)
    .execute();
  await db.schema
    .createIndex('programme_advisors_once_participant')
    .on('programme_advisors')
    .columns(['programme_id', 'person_id', 'participant_id'])
    .unique()
    .where(sql.ref('participant_id'), 'is not', null)
    .execute();
  // Open means nominated or accepted; after a decline the person may be nominated again. A
  // nomination without a person yet (typed by a participant) is not covered until it is linked.
  await db.schema
    .createIndex('reference_group_nominations_open')
    .on('reference_group_nominations')
    .columns(['programme_id', 'person_id'])
    .unique()
    .where(sql.ref('status'), '<>', 'declined')
    .execute();
}

export const nomineeDetails: SchemaMigration = {
  name: '20261124-05-programmes-nominee-details',
  async up(db, dialect: DialectName) {
    if (dialect === 'sqlite') await rebuildNominationsOnSqlite(db);
    else await alterNominationsOnPostgres(db);
    await foldDuplicates(db);
    await createUniqueIndexes(db);
  },
};
