import { sql, type Insertable } from 'kysely';
import { inTransaction, type Executor } from '../db/database';
import type { SearchDocumentTable, SearchTextTable } from '../tables';
import { termOf, tokenise } from './analyse';
import type { DocumentType, SearchDocument } from './types';

/** Beyond this, text (say a long PDF) is neither stored nor indexed: it keeps the index and tsvector bounded. */
export const MAX_BODY_CHARS = 300_000;
const MAX_TITLE_CHARS = 1_000;
/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 400;

interface Prepared {
  row: Insertable<SearchDocumentTable>;
  text: Omit<SearchTextTable, 'document_id'>;
  themes: string[];
  /** Each distinct term with the first word it came from. */
  terms: Map<string, string>;
}

type VocabularyDelta = Map<string, { docs: number; publics: number; sample: string }>;

function prepare(doc: SearchDocument): Prepared {
  const themes = [...new Set(doc.themes.map((theme) => theme.trim()).filter((theme) => theme !== ''))].sort();
  const title = doc.title.slice(0, MAX_TITLE_CHARS);
  const body = doc.body.slice(0, MAX_BODY_CHARS);
  const terms = new Map<string, string>();
  const analysed = (text: string) =>
    tokenise(text)
      .map((word) => {
        const term = termOf(word, doc.language);
        if (!terms.has(term)) terms.set(term, word);
        return term;
      })
      .join(' ');
  const row: Insertable<SearchDocumentTable> = {
    type: doc.type,
    ref_id: doc.id,
    language: doc.language,
    audience: doc.audience,
    programme_id: doc.programmeId,
    kind: doc.kind,
    year: doc.year,
    date: doc.date,
    themes: JSON.stringify(themes),
  };
  const text = { title, body, url: doc.url, title_terms: analysed(title), body_terms: analysed(body) };
  return { row, text, themes, terms };
}

function count(delta: VocabularyDelta, term: string, by: number, isPublic: boolean, sample: string) {
  const entry = delta.get(term) ?? { docs: 0, publics: 0, sample };
  entry.docs += by;
  if (isPublic) entry.publics += by;
  delta.set(term, entry);
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Deletes the stored documents for these refs, counting their terms out of the vocabulary. */
async function deleteExisting(
  db: Executor,
  refs: { type: DocumentType; id: number }[],
  delta: VocabularyDelta,
) {
  const byType = new Map<string, number[]>();
  for (const ref of refs) {
    const ids = byType.get(ref.type);
    if (ids) ids.push(ref.id);
    else byType.set(ref.type, [ref.id]);
  }
  for (const [type, ids] of byType) {
    for (const part of chunks(ids)) {
      const old = await db
        .selectFrom('search_documents as d')
        .innerJoin('search_texts as x', 'x.document_id', 'd.id')
        .select(['d.id', 'd.audience', 'x.title_terms', 'x.body_terms'])
        .where('d.type', '=', type)
        .where('d.ref_id', 'in', part)
        .execute();
      if (old.length === 0) continue;
      for (const row of old) {
        const terms = new Set(`${row.title_terms} ${row.body_terms}`.split(' ').filter((t) => t !== ''));
        for (const term of terms) count(delta, term, -1, row.audience === 'public', term);
      }
      const oldIds = old.map((row) => row.id);
      // Texts first: their delete trigger takes the words out of SQLite's FTS5 index.
      await db.deleteFrom('search_texts').where('document_id', 'in', oldIds).execute();
      await db.deleteFrom('search_document_themes').where('document_id', 'in', oldIds).execute();
      await db.deleteFrom('search_documents').where('id', 'in', oldIds).execute();
    }
  }
}

/** Applies counted changes to the vocabulary, in term order so concurrent writers lock rows alike. */
async function applyVocabulary(db: Executor, delta: VocabularyDelta) {
  const changed = [...delta].filter(([, d]) => d.docs !== 0 || d.publics !== 0);
  changed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const part of chunks(changed)) {
    await db
      .insertInto('search_terms')
      .values(
        part.map(([term, d]) => ({ term, doc_count: d.docs, public_count: d.publics, sample: d.sample })),
      )
      .onConflict((oc) =>
        oc.column('term').doUpdateSet({
          doc_count: sql`search_terms.doc_count + excluded.doc_count`,
          public_count: sql`search_terms.public_count + excluded.public_count`,
        }),
      )
      .execute();
    const gone = part.filter(([, d]) => d.docs < 0).map(([term]) => term);
    if (gone.length > 0)
      await db.deleteFrom('search_terms').where('doc_count', '<=', 0).where('term', 'in', gone).execute();
  }
}

/** Indexes many documents in one transaction (the caller's, if `db` is one); each replaces any earlier version. */
export async function indexDocuments(db: Executor, docs: SearchDocument[]): Promise<void> {
  const latest = new Map<string, SearchDocument>();
  for (const doc of docs) latest.set(`${doc.type}:${doc.id}`, doc);
  const unique = [...latest.values()];
  if (unique.length === 0) return;
  const prepared = unique.map(prepare);
  await inTransaction(db, async (tx) => {
    const delta: VocabularyDelta = new Map();
    await deleteExisting(tx, unique, delta);
    for (const part of chunks(prepared)) {
      const inserted = await tx
        .insertInto('search_documents')
        .values(part.map((p) => p.row))
        .returning(['id', 'type', 'ref_id'])
        .execute();
      const idOf = new Map(inserted.map((row) => [`${row.type}:${row.ref_id}`, row.id]));
      const id = (p: Prepared) => idOf.get(`${p.row.type}:${p.row.ref_id}`)!;
      // Fewer rows per statement for texts: long bodies make large statements.
      for (const texts of chunks(part, 50))
        await tx
          .insertInto('search_texts')
          .values(texts.map((p) => ({ document_id: id(p), ...p.text })))
          .execute();
      const themeRows = part.flatMap((p) => p.themes.map((theme) => ({ document_id: id(p), theme })));
      for (const themes of chunks(themeRows))
        await tx.insertInto('search_document_themes').values(themes).execute();
      for (const p of part) {
        for (const [term, sample] of p.terms) count(delta, term, 1, p.row.audience === 'public', sample);
      }
    }
    await applyVocabulary(tx, delta);
  });
}

/** Indexes one document (replacing any earlier version of it), in the caller's transaction. */
export function indexDocument(db: Executor, doc: SearchDocument): Promise<void> {
  return indexDocuments(db, [doc]);
}

/** Removes a document from the index; removing one that is not there does nothing. */
export async function removeDocument(db: Executor, type: DocumentType, id: number): Promise<void> {
  await inTransaction(db, async (tx) => {
    const delta: VocabularyDelta = new Map();
    await deleteExisting(tx, [{ type, id }], delta);
    await applyVocabulary(tx, delta);
  });
}
