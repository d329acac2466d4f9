import { z } from 'zod';
import type { Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import { fields } from '../../platform/http/validation';
import { pickText, type Locale } from '../../platform/i18n/index';
import type { FormValues } from '../../platform/views/form';
import { listProgrammeCases } from '../cases/index';
import { listVisibleEvents } from '../gatherings/index';
import { listOrganisations, listPeople } from '../network/index';
import { listParticipants, listVisibleProgrammes } from '../programmes/index';
import type { ItemInput, LibraryItem } from './model';
import { audiences, itemKinds, itemLanguages } from './tables';
import type { FormChoices } from './views/item-form-page';

const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** The item form as sent; lists of ids arrive as repeated keys. */
export const itemSchema = z.object({
  kind: fields.choice(itemKinds),
  title: fields.text(300),
  summary: fields.optionalText(1000),
  body: fields.optionalText(200_000),
  language: fields.choice(itemLanguages),
  year: z.preprocess(blankToUndefined, fields.int(1800, 2200).optional()),
  audience: fields.choice(audiences),
  themes: fields.list(z.string()),
  tags: fields.optionalText(1000),
  authorNames: fields.optionalText(5000),
  authorPersonIds: fields.list(fields.id()),
  authorOrganisationIds: fields.list(fields.id()),
  programmeIds: fields.list(fields.id()),
  eventIds: fields.list(fields.id()),
  participantIds: fields.list(fields.id()),
  caseIds: fields.list(fields.id()),
  publisher: fields.optionalText(300),
  doi: fields.optionalText(200),
  url: fields.url(),
});

type ItemForm = z.output<typeof itemSchema>;

/** The form's fields as the service's input. */
export function toItemInput(d: ItemForm): ItemInput {
  const names = (d.authorNames ?? '')
    .split('\n')
    .map((n) => n.trim())
    .filter(Boolean);
  return {
    kind: d.kind,
    title: d.title,
    summary: d.summary,
    body: d.body,
    language: d.language,
    year: d.year ?? null,
    audience: d.audience,
    themes: d.themes,
    tags: (d.tags ?? '').split(','),
    authors: [
      ...d.authorPersonIds.map((personId) => ({ personId })),
      ...d.authorOrganisationIds.map((organisationId) => ({ organisationId })),
      ...names.map((name) => ({ name })),
    ],
    reference: { publisher: d.publisher, doi: d.doi, url: d.url },
    links: {
      programmeIds: d.programmeIds,
      eventIds: d.eventIds,
      participantIds: d.participantIds,
      caseIds: d.caseIds,
    },
  };
}

/** An item's current content as form values, to fill the edit form. */
export function itemValues(item: LibraryItem): FormValues {
  const ids = (list: number[]) => list.map(String);
  return {
    kind: item.kind,
    title: item.title,
    summary: item.summary,
    body: item.body,
    language: item.language,
    year: item.year == null ? '' : String(item.year),
    audience: item.audience,
    themes: item.themes,
    tags: item.tags.join(', '),
    authorNames: item.authors.flatMap((a) => (a.name ? [a.name] : [])).join('\n'),
    authorPersonIds: ids(item.authors.flatMap((a) => (a.personId != null ? [a.personId] : []))),
    authorOrganisationIds: ids(
      item.authors.flatMap((a) => (a.organisationId != null ? [a.organisationId] : [])),
    ),
    programmeIds: ids(item.links.programmeIds),
    eventIds: ids(item.links.eventIds),
    participantIds: ids(item.links.participantIds),
    caseIds: ids(item.links.caseIds),
    publisher: item.reference.publisher ?? '',
    doi: item.reference.doi ?? '',
    url: item.reference.url ?? '',
  };
}

/** What an editor may choose in the form: people, organisations, and what the editor can see to link. */
export async function loadChoices(
  db: Executor,
  user: RequestUser | null,
  locale: Locale,
): Promise<FormChoices> {
  const [people, organisations, programmes, events] = await Promise.all([
    listPeople(db, { limit: 1000 }),
    listOrganisations(db, { limit: 2000 }),
    listVisibleProgrammes(db, user),
    listVisibleEvents(db, user),
  ]);
  const participants: FormChoices['participants'] = [];
  const cases: FormChoices['cases'] = [];
  for (const p of programmes) {
    const title = pickText(p.title, locale);
    for (const participant of await listParticipants(db, p.id))
      participants.push({
        value: String(participant.id),
        label: `${participant.organisation?.name ?? ''} (${title})`,
      });
    for (const c of await listProgrammeCases(db, p.id))
      cases.push({ value: String(c.id), label: `${c.title} (${c.organisationName})` });
  }
  return {
    people: people.map((p) => ({ value: String(p.id), label: p.name })),
    organisations: organisations.map((o) => ({ value: String(o.id), label: o.name })),
    programmes: programmes.map((p) => ({ value: String(p.id), label: pickText(p.title, locale) })),
    events: events.map((e) => ({
      value: String(e.id),
      label: `${pickText(e.title, locale)} (${e.startsAt.slice(0, 10)})`,
    })),
    participants,
    cases,
  };
}
