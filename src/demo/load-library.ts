import { listProgrammeEvents } from '../modules/gatherings/index';
import {
  addAttachment,
  createItem,
  publishItem,
  submitForReview,
  type AuthorRef,
  type ItemInput,
} from '../modules/library/index';
import { getProgrammeBySlug } from '../modules/programmes/index';
import type { Executor } from '../platform/db/database';
import { zonedDate } from '../platform/time';
import { generatedLibraryItems } from './data/library-generated';
import { seedReferences } from './data/library-references';
import { seedSummaries } from './data/library-seeds';
import type { DemoAuthor, DemoEventRef, DemoLibraryItem } from './data/library-types';
import { on } from './dates';
import type { DemoIds } from './keys';

/** Items are published at 09:00 UTC on their day. */
const PUBLISHED_HOUR = 9;

/** Every item of the demo's knowledge bank: the seed summaries, the seeds' literature, the generated rest. */
export const demoLibraryItems: DemoLibraryItem[] = [
  ...seedSummaries,
  ...seedReferences,
  ...generatedLibraryItems,
];

/** Looks programmes and their events up once, by the slugs and days the data names. */
class Targets {
  private programmes = new Map<string, number>();
  private events = new Map<string, { id: number; startsOn: string }[]>();

  constructor(private db: Executor) {}

  async programme(slug: string): Promise<number> {
    let id = this.programmes.get(slug);
    if (id === undefined) {
      const programme = await getProgrammeBySlug(this.db, slug);
      if (!programme) throw new Error(`Demo library items refer to an unknown programme "${slug}"`);
      this.programmes.set(slug, (id = programme.id));
    }
    return id;
  }

  async event(ref: DemoEventRef): Promise<number> {
    let events = this.events.get(ref.programme);
    if (!events) {
      const listed = await listProgrammeEvents(this.db, await this.programme(ref.programme));
      // The day as the organiser wrote it, in the event's own time zone.
      events = listed.map((e) => ({ id: e.id, startsOn: zonedDate(e.startsAt, e.timeZone) }));
      this.events.set(ref.programme, events);
    }
    const found = events.find((e) => e.startsOn === ref.startsOn);
    if (!found)
      throw new Error(`Demo library items refer to no event of ${ref.programme} on ${ref.startsOn}`);
    return found.id;
  }
}

function author(a: DemoAuthor, ids: DemoIds): AuthorRef {
  if ('person' in a) return { personId: ids.person(a.person) };
  if ('organisation' in a) return { organisationId: ids.organisation(a.organisation) };
  return { name: a.name };
}

async function input(item: DemoLibraryItem, ids: DemoIds, targets: Targets): Promise<ItemInput> {
  const programmeIds: number[] = [];
  for (const slug of item.programmes ?? []) programmeIds.push(await targets.programme(slug));
  const eventIds: number[] = [];
  for (const ref of item.events ?? []) eventIds.push(await targets.event(ref));
  return {
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    body: item.body,
    language: item.language,
    year: item.year,
    audience: item.audience,
    authors: item.authors.map((a) => author(a, ids)),
    tags: item.tags,
    themes: item.themes,
    reference: item.reference,
    links: { programmeIds, eventIds },
    slug: item.key,
  };
}

/**
 * Writes the knowledge bank through the library's own functions, so every item is indexed for
 * search as an editor's would be: created, given its attachment, then published at its own date
 * (or sent to review, or left a draft). Swedish items are Reglab's operator's, the rest
 * Distriktssenteret's.
 */
export async function loadLibrary(db: Executor, ids: DemoIds, items = demoLibraryItems): Promise<void> {
  const keys = new Set<string>();
  const targets = new Targets(db);
  for (const item of items) {
    if (keys.has(item.key)) throw new Error(`Demo library has two items keyed "${item.key}"`);
    keys.add(item.key);
    const editor = ids.user(
      item.language === 'sv' ? 'operator@reglab.example' : 'operator@distriktssenteret.example',
    );
    const { id } = await createItem(db, await input(item, ids, targets), editor);
    if (item.attachment) {
      const { filename, text } = item.attachment;
      await addAttachment(
        db,
        id,
        { filename, contentType: 'text/plain', data: Buffer.from(text, 'utf8') },
        editor,
      );
    }
    const status = item.status ?? 'published';
    if (status === 'review') await submitForReview(db, id, editor);
    if (status !== 'published') continue;
    if (!item.publishedOn) throw new Error(`Demo library item "${item.key}" is published without a date`);
    await publishItem(db, id, editor, new Date(on(item.publishedOn, PUBLISHED_HOUR)));
  }
}
