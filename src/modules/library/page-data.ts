import type { Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import { pickText, type Locale } from '../../platform/i18n/index';
import { loginNames } from '../accounts/index';
import { caseAccess, getCase } from '../cases/index';
import { eventAccess, findEvent, getEvent } from '../gatherings/index';
import { getOrganisationsByIds, getPeopleByIds } from '../network/index';
import { getProgramme, listParticipants, programmeAccess } from '../programmes/index';
import * as aq from './attachment-queries';
import type { LibraryItem } from './model';

/** The names of each item's authors, in the order given: registry people, organisations, typed names. */
export async function authorNames(db: Executor, items: LibraryItem[]): Promise<Map<number, string[]>> {
  const personIds = items.flatMap((i) => i.authors.flatMap((a) => (a.personId != null ? [a.personId] : [])));
  const organisationIds = items.flatMap((i) =>
    i.authors.flatMap((a) => (a.organisationId != null ? [a.organisationId] : [])),
  );
  const [people, organisations] = await Promise.all([
    getPeopleByIds(db, personIds),
    getOrganisationsByIds(db, organisationIds),
  ]);
  const person = new Map(people.map((p) => [p.id, p.name]));
  const organisation = new Map(organisations.map((o) => [o.id, o.name]));
  return new Map(
    items.map((i) => [
      i.id,
      i.authors
        .map((a) =>
          a.personId != null
            ? person.get(a.personId)
            : a.organisationId != null
              ? organisation.get(a.organisationId)
              : a.name,
        )
        .filter((n): n is string => !!n),
    ]),
  );
}

export interface NamedLink {
  href: string | null;
  name: string;
}

/** What the item links to, leaving out whatever this reader may not see (404 rules of those modules). */
export async function visibleLinks(
  db: Executor,
  user: RequestUser | null,
  item: LibraryItem,
  locale: Locale,
) {
  const programmes: NamedLink[] = [];
  const participants: NamedLink[] = [];
  for (const id of item.links.programmeIds) {
    if (!(await programmeAccess(db, user, id)).canView) continue;
    const programme = await getProgramme(db, id);
    if (!programme) continue;
    programmes.push({ href: `/programmes/${programme.slug}`, name: pickText(programme.title, locale) });
    if (item.links.participantIds.length === 0) continue;
    for (const p of await listParticipants(db, id))
      if (item.links.participantIds.includes(p.id))
        participants.push({ href: null, name: p.organisation?.name ?? '' });
  }
  const events: NamedLink[] = [];
  for (const id of item.links.eventIds) {
    const row = await findEvent(db, id);
    if (!row || !(await eventAccess(db, user, row)).canView) continue;
    const event = await getEvent(db, id);
    if (event) events.push({ href: `/events/${id}`, name: pickText(event.title, locale) });
  }
  const cases: NamedLink[] = [];
  for (const id of item.links.caseIds) {
    const kase = await getCase(db, id);
    if (!kase) continue;
    const row = { id: kase.id, programme_id: kase.programmeId, participant_id: kase.participantId };
    if ((await caseAccess(db, user, row)).canView) cases.push({ href: `/cases/${id}`, name: kase.title });
  }
  return { programmes, events, participants, cases };
}

export type ItemLinksView = Awaited<ReturnType<typeof visibleLinks>>;

/** Everything the item's page shows besides the item itself. */
export async function loadItemPage(
  db: Executor,
  user: RequestUser | null,
  item: LibraryItem,
  locale: Locale,
) {
  const [authors, links, attachments, names] = await Promise.all([
    authorNames(db, [item]),
    visibleLinks(db, user, item, locale),
    aq.listAttachments(db, [item.id]),
    item.publishedBy != null ? loginNames(db, [item.publishedBy]) : new Map<number, string | null>(),
  ]);
  return {
    authors: authors.get(item.id) ?? [],
    links,
    attachments: attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      size: a.size,
      readable: a.text_status === 'read',
    })),
    publishedByName: item.publishedBy != null ? (names.get(item.publishedBy) ?? null) : null,
  };
}

export type ItemPageData = Awaited<ReturnType<typeof loadItemPage>>;
