import type { Executor } from '../../platform/db/database';
import { indexDocument, removeDocument, type SearchDocument } from '../../platform/search/index';
import { getProgramme } from '../programmes/index';
import * as q from './queries';
import type { InputRow } from './queries';

// Part S (search): an input with a public answer is found like the public answers page shows it:
// title, text and answer, never the sender. The programme's visibility is checked when searching.

/** The answered input as a search document linking to its place on the public answers page. */
export function inputDocument(row: InputRow, programmeSlug: string): SearchDocument {
  const language = row.locale === 'sv' || row.locale === 'en' ? row.locale : 'nb';
  return {
    type: 'input',
    id: row.id,
    title: row.title,
    body: [row.body, row.answer ?? ''].filter((t) => t.trim() !== '').join('\n\n'),
    url: `/programmes/${encodeURIComponent(programmeSlug)}/inputs/public#input-${row.id}`,
    language,
    audience: 'programme',
    programmeId: row.programme_id,
    kind: null,
    themes: [],
    year: Number((row.answered_at ?? row.updated_at).slice(0, 4)),
    date: row.answered_at ?? row.updated_at,
  };
}

/** Indexes the input while it has a public answer and takes it out when it has none. */
export async function indexInput(db: Executor, inputId: number) {
  const row = await q.findInput(db, inputId);
  const programme = row?.answer != null ? await getProgramme(db, row.programme_id) : undefined;
  if (row && programme) await indexDocument(db, inputDocument(row, programme.slug));
  else await removeDocument(db, 'input', inputId);
}

/** Every input with a public answer as a search document, for a reindex. */
export async function inputSearchDocuments(db: Executor): Promise<SearchDocument[]> {
  const docs: SearchDocument[] = [];
  const slugs = new Map<number, string | undefined>();
  for (const row of await q.listAnswered(db, null)) {
    if (!slugs.has(row.programme_id))
      slugs.set(row.programme_id, (await getProgramme(db, row.programme_id))?.slug);
    const slug = slugs.get(row.programme_id);
    if (slug) docs.push(inputDocument(row, slug));
  }
  return docs;
}
