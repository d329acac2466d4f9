import type { Executor } from '../../platform/db/database';
import type { LocalizedText } from '../../platform/i18n/index';
import { indexDocument, type SearchDocument } from '../../platform/search/index';
import { getEventOnly, listAllEventsForSearch } from './event-reads';
import type { GatheringEvent } from './event-model';

// Part S (search): an event as a search document. Its audience is always its programme's, checked
// when searching (the viewer carries every programme they may view, public ones too), so a
// programme made members-only hides its events at once without reindexing them here.

const order = ['nb', 'sv', 'en'] as const;

const texts = (text: LocalizedText) =>
  order.map((l) => text[l]?.trim()).filter((t): t is string => t !== undefined && t !== '');

/** The event as a search document: title in its own language, every text and the place in the body. */
export function eventDocument(event: GatheringEvent): SearchDocument {
  const own = event.language === 'nn' ? 'nb' : event.language;
  const titles = texts(event.title);
  const title = event.title[own]?.trim() || titles[0] || '';
  const body = [...titles.filter((t) => t !== title), ...texts(event.description), event.place, event.address]
    .filter((t) => t.trim() !== '')
    .join('\n\n');
  return {
    type: 'event',
    id: event.id,
    title,
    body,
    url: `/events/${event.id}`,
    language: event.language,
    audience: 'programme',
    programmeId: event.programmeId,
    kind: event.kind,
    themes: [],
    year: Number(event.startsAt.slice(0, 4)),
    date: event.startsAt,
  };
}

/** (Re)indexes the event, in the caller's transaction. */
export async function indexEvent(db: Executor, eventId: number) {
  const event = await getEventOnly(db, eventId);
  if (event) await indexDocument(db, eventDocument(event));
}

/** Every event as a search document, for a reindex. */
export async function eventSearchDocuments(db: Executor): Promise<SearchDocument[]> {
  return (await listAllEventsForSearch(db)).map(eventDocument);
}
