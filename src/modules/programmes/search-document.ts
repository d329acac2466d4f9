import type { Executor } from '../../platform/db/database';
import type { LocalizedText } from '../../platform/i18n/index';
import { indexDocument, type SearchDocument, type SearchLanguage } from '../../platform/search/index';
import { toProgramme, type Programme } from './model';
import * as q from './queries';

// Part S (search): a programme as one search document, built here so the programmes module needs
// no other module to be found.

const order = ['nb', 'sv', 'en'] as const;

const texts = (text: LocalizedText) =>
  order.map((l) => text[l]?.trim()).filter((t): t is string => t !== undefined && t !== '');

/** One document per programme: its title in the first language it has, every text in the body. */
export function programmeDocument(programme: Programme): SearchDocument {
  const language: SearchLanguage =
    order.find((l) => programme.title[l]?.trim() || programme.description[l]?.trim()) ?? 'nb';
  const titles = texts(programme.title);
  const title = programme.title[language]?.trim() || titles[0] || programme.slug;
  const body = [...titles.filter((t) => t !== title), ...texts(programme.description)].join('\n\n');
  return {
    type: 'programme',
    id: programme.id,
    title,
    body,
    url: `/programmes/${programme.slug}`,
    language,
    // Members-only programmes are found only by those who may view them.
    audience: programme.visibility === 'public' ? 'public' : 'programme',
    programmeId: programme.id,
    kind: null,
    themes: [],
    year: programme.startsOn ? Number(programme.startsOn.slice(0, 4)) : null,
    date: programme.startsOn ?? programme.createdAt,
  };
}

/** (Re)indexes the programme, in the caller's transaction. */
export async function indexProgramme(db: Executor, programmeId: number) {
  const row = await q.findProgrammeById(db, programmeId);
  if (row) await indexDocument(db, programmeDocument(toProgramme(row)));
}

/** Every programme as a search document, for a reindex. */
export async function programmeSearchDocuments(db: Executor): Promise<SearchDocument[]> {
  return (await q.listProgrammeRows(db, null)).map((row) => programmeDocument(toProgramme(row)));
}
