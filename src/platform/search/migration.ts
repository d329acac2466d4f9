import { sql, type Kysely } from 'kysely';
import { withId } from '../db/columns';
import type { DialectName } from '../db/database';

/**
 * The search tables (migration 20261127-01-search). The analysed terms are stored beside the text
 * so both databases index exactly the same words: SQLite through an FTS5 table over them (kept in
 * step by triggers on search_texts), PostgreSQL through a generated tsvector column with a GIN index.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createSearchTables(db: Kysely<any>, dialect: DialectName) {
  // Two tables, so that filtering and counting facets over thousands of matches reads narrow rows
  // (search_documents), and the long text and terms are read only for the page shown (search_texts).
  await withId(db.schema.createTable('search_documents'), dialect)
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'integer', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('programme_id', 'integer')
    .addColumn('kind', 'text')
    .addColumn('year', 'integer')
    .addColumn('date', 'text')
    // The themes again, as a sorted JSON array: facets are counted in one GROUP BY without a join.
    .addColumn('themes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addUniqueConstraint('search_documents_ref', ['type', 'ref_id'])
    .execute();
  await db.schema
    .createTable('search_texts')
    .addColumn('document_id', 'integer', (c) =>
      c.primaryKey().references('search_documents.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('title_terms', 'text', (c) => c.notNull())
    .addColumn('body_terms', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('search_document_themes')
    .addColumn('document_id', 'integer', (c) =>
      c.notNull().references('search_documents.id').onDelete('cascade'),
    )
    .addColumn('theme', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_document_themes_pk', ['document_id', 'theme'])
    .execute();
  await db.schema
    .createIndex('search_document_themes_theme')
    .on('search_document_themes')
    .columns(['theme', 'document_id'])
    .execute();
  // The vocabulary: every analysed term with the number of documents (all, and public ones) that
  // hold it, and one word it came from. Typo correction looks candidates up here, the same way on
  // both databases.
  await db.schema
    .createTable('search_terms')
    .addColumn('term', 'text', (c) => c.primaryKey())
    .addColumn('doc_count', 'integer', (c) => c.notNull())
    .addColumn('public_count', 'integer', (c) => c.notNull())
    .addColumn('sample', 'text', (c) => c.notNull())
    .execute();

  if (dialect === 'postgres') {
    // 'simple' only splits and lower-cases: the terms are already stemmed and folded in TypeScript.
    await sql`
      alter table search_texts add column tsv tsvector generated always as (
        setweight(to_tsvector('simple', title_terms), 'A') || setweight(to_tsvector('simple', body_terms), 'B')
      ) stored`.execute(db);
    await sql`create index search_texts_tsv on search_texts using gin (tsv)`.execute(db);
    return;
  }
  // External content: FTS5 keeps only its inverted index and reads terms from search_texts.
  // unicode61 without diacritic removal, since the terms are already folded.
  await sql`
    create virtual table search_fts using fts5(
      title_terms, body_terms,
      content = 'search_texts', content_rowid = 'document_id',
      tokenize = 'unicode61 remove_diacritics 0'
    )`.execute(db);
  await sql`
    create trigger search_texts_fts_insert after insert on search_texts begin
      insert into search_fts (rowid, title_terms, body_terms) values (new.document_id, new.title_terms, new.body_terms);
    end`.execute(db);
  await sql`
    create trigger search_texts_fts_delete after delete on search_texts begin
      insert into search_fts (search_fts, rowid, title_terms, body_terms)
        values ('delete', old.document_id, old.title_terms, old.body_terms);
    end`.execute(db);
  await sql`
    create trigger search_texts_fts_update after update of title_terms, body_terms on search_texts begin
      insert into search_fts (search_fts, rowid, title_terms, body_terms)
        values ('delete', old.document_id, old.title_terms, old.body_terms);
      insert into search_fts (rowid, title_terms, body_terms)
        values (new.document_id, new.title_terms, new.body_terms);
    end`.execute(db);
}

/**
 * Migration 20261127-04-search-speed: on PostgreSQL, a small tsvector of the title alone with its
 * own GIN index, so the title tier of a large result set (see ranking.ts) is found without reading
 * each match's long tsvector. SQLite's FTS5 index already filters by column.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function addTitleVector(db: Kysely<any>, dialect: DialectName) {
  if (dialect !== 'postgres') return;
  await sql`
    alter table search_texts add column title_tsv tsvector
      generated always as (to_tsvector('simple', title_terms)) stored`.execute(db);
  await sql`create index search_texts_title_tsv on search_texts using gin (title_tsv)`.execute(db);
  await sql`analyze search_texts`.execute(db);
}
