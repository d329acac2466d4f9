import { audit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import { inTransaction, type Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/access';
import * as pq from './people-queries';
import * as q from './queries';
import { indexOrganisation } from './search-document';
import type { PersonFilter, PersonRow } from './people-queries';
import type { OrganisationFilter, OrganisationRow } from './queries';
import type { Alphabet } from './sort-key';
import type { ageBands, Country, OrganisationKind, sectors, yearsLivedBands } from './tables';

export interface Organisation {
  id: number;
  kind: OrganisationKind;
  name: string;
  country: Country;
  /** Official number as text, leading zeros kept (e.g. "0301"); null where there is none. */
  number: string | null;
  /** The county a municipality lies in. */
  parentId: number | null;
  website: string | null;
}

export interface Person {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
}

export interface NewOrganisation {
  kind: OrganisationKind;
  name: string;
  country: Country;
  number?: string | null;
  parentId?: number | null;
  website?: string | null;
}

/** The consent-based attributes used by network mapping; kept only while the person consents. */
export interface PersonAttributes {
  sector: (typeof sectors)[number] | null;
  yearsLivedBand: (typeof yearsLivedBands)[number] | null;
  ageBand: (typeof ageBands)[number] | null;
}

export interface NewPerson {
  name: string;
  email?: string | null;
  phone?: string | null;
  title?: string | null;
  organisations?: { organisationId: number; role?: string | null }[];
  /** Given only when the person has consented; null or absent stores no attributes. */
  attributes?: PersonAttributes | null;
}

export const toOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  country: row.country,
  number: row.number,
  parentId: row.parent_id,
  website: row.website,
});

export const toPerson = (row: PersonRow): Person => ({
  id: row.id,
  name: row.name,
  email: row.email,
  phone: row.phone,
  title: row.title,
});

/** One organisation, or undefined. */
export async function getOrganisation(db: Executor, id: number): Promise<Organisation | undefined> {
  const row = await q.findOrganisation(db, id);
  return row ? toOrganisation(row) : undefined;
}

/** The organisations with these ids that exist, in alphabetical order (Norwegian unless told otherwise). */
export async function getOrganisationsByIds(
  db: Executor,
  ids: number[],
  alphabet: Alphabet = 'nb',
): Promise<Organisation[]> {
  return (await q.findOrganisationsByIds(db, [...new Set(ids)], alphabet)).map(toOrganisation);
}

/**
 * Organisations by kind, country, parent and free text (name, case-insensitive, or official number), in
 * alphabetical order; no limit unless given.
 */
export async function listOrganisations(db: Executor, filter: OrganisationFilter): Promise<Organisation[]> {
  return (await q.listOrganisations(db, filter)).map(toOrganisation);
}

/** The organisation with this official number, e.g. ('NO', 'municipality', '1577') for Volda. */
export async function findOrganisationByNumber(
  db: Executor,
  country: Country,
  kind: OrganisationKind,
  number: string,
): Promise<Organisation | undefined> {
  const row = await q.findOrganisationByNumber(db, country, kind, number.trim());
  return row ? toOrganisation(row) : undefined;
}

const clean = (value: string | null | undefined) => {
  const v = value?.trim();
  return v ? v : null;
};

/** Creates an organisation; a duplicate official number throws a constraint violation. */
export function createOrganisation(
  db: Executor,
  input: NewOrganisation,
  actorUserId: number | null,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const values = {
      kind: input.kind,
      name: input.name.trim(),
      country: input.country,
      number: clean(input.number),
      parent_id: input.parentId ?? null,
      website: clean(input.website),
    };
    const { id } = await q.insertOrganisation(tx, values, nowIso());
    await audit(tx, {
      actorUserId,
      action: 'organisation.create',
      subjectType: 'organisation',
      subjectId: id,
      details: values,
    });
    await indexOrganisation(tx, id);
    return id;
  });
}

/** Changes an organisation's fields; throws 404 for an unknown id. */
export function updateOrganisation(
  db: Executor,
  id: number,
  input: NewOrganisation,
  actorUserId: number | null,
): Promise<void> {
  return inTransaction(db, async (tx) => {
    if (!(await q.findOrganisation(tx, id))) throw notFound();
    const values = {
      kind: input.kind,
      name: input.name.trim(),
      country: input.country,
      number: clean(input.number),
      parent_id: input.parentId ?? null,
      website: clean(input.website),
    };
    await q.updateOrganisation(tx, id, values, nowIso());
    await audit(tx, {
      actorUserId,
      action: 'organisation.update',
      subjectType: 'organisation',
      subjectId: id,
      details: values,
    });
    await indexOrganisation(tx, id);
  });
}

/** Replaces the members of a group (a city region's municipalities); throws 404 for an unknown group. */
export function setGroupMembers(
  db: Executor,
  groupId: number,
  memberIds: number[],
  actorUserId: number | null,
): Promise<void> {
  return inTransaction(db, async (tx) => {
    if (!(await q.findOrganisation(tx, groupId))) throw notFound();
    const ids = [...new Set(memberIds)].filter((id) => id !== groupId);
    await q.deleteGroupMembers(tx, groupId);
    await q.insertGroupMembers(tx, groupId, ids);
    await audit(tx, {
      actorUserId,
      action: 'organisation.members.set',
      subjectType: 'organisation',
      subjectId: groupId,
      details: { memberIds: ids },
    });
  });
}

/** The members of a group, in alphabetical order (Norwegian unless told otherwise). */
export async function getGroupMembers(
  db: Executor,
  groupId: number,
  alphabet: Alphabet = 'nb',
): Promise<Organisation[]> {
  return (await q.listGroupMembers(db, groupId, alphabet)).map(toOrganisation);
}

/** The people with these ids that exist (erased people included, under their neutral marker), in alphabetical order. */
export async function getPeopleByIds(
  db: Executor,
  ids: number[],
  alphabet: Alphabet = 'nb',
): Promise<Person[]> {
  return (await pq.findPeopleByIds(db, [...new Set(ids)], alphabet)).map(toPerson);
}

/** One person, or undefined. */
export async function getPerson(db: Executor, id: number): Promise<Person | undefined> {
  const row = await pq.findPerson(db, id);
  return row ? toPerson(row) : undefined;
}

/** People by free text (name or e-mail) and organisation, in alphabetical order; erased people are left out. */
export async function listPeople(db: Executor, filter: PersonFilter): Promise<Person[]> {
  return (await pq.listPeople(db, filter)).map(toPerson);
}

function personValues(input: NewPerson) {
  const a = input.attributes ?? null;
  return {
    name: input.name.trim(),
    email: clean(input.email)?.toLowerCase() ?? null,
    phone: clean(input.phone),
    title: clean(input.title),
    // Without consent nothing is kept, and withdrawing consent clears what was kept.
    sector: a?.sector ?? null,
    years_lived_band: a?.yearsLivedBand ?? null,
    age_band: a?.ageBand ?? null,
  };
}

function links(input: NewPerson) {
  const seen = new Map<number, string | null>();
  for (const l of input.organisations ?? []) seen.set(l.organisationId, clean(l.role));
  return [...seen].map(([organisationId, role]) => ({ organisationId, role }));
}

/** Creates a person with their organisations; a duplicate e-mail throws a constraint violation. */
export function createPerson(db: Executor, input: NewPerson, actorUserId: number | null): Promise<number> {
  return inTransaction(db, async (tx) => {
    const now = nowIso();
    const values = personValues(input);
    const { id } = await pq.insertPerson(
      tx,
      { ...values, attributes_consent_at: input.attributes ? now : null },
      now,
    );
    const organisations = links(input);
    await pq.insertPersonOrganisations(tx, id, organisations);
    // Personal details stay out of the log: it outlives erasure.
    await audit(tx, {
      actorUserId,
      action: 'person.create',
      subjectType: 'person',
      subjectId: id,
      details: { organisations },
    });
    return id;
  });
}

/** Replaces a person's details and organisations; throws 404 for an unknown or erased person. */
export function updatePerson(
  db: Executor,
  id: number,
  input: NewPerson,
  actorUserId: number | null,
): Promise<void> {
  return inTransaction(db, async (tx) => {
    const existing = await pq.findPerson(tx, id);
    if (!existing || existing.erased_at) throw notFound();
    const now = nowIso();
    const consentAt = input.attributes ? (existing.attributes_consent_at ?? now) : null;
    await pq.updatePerson(tx, id, { ...personValues(input), attributes_consent_at: consentAt }, now);
    const organisations = links(input);
    await pq.deletePersonOrganisations(tx, id);
    await pq.insertPersonOrganisations(tx, id, organisations);
    await audit(tx, {
      actorUserId,
      action: 'person.update',
      subjectType: 'person',
      subjectId: id,
      details: { organisations, consent: !!input.attributes },
    });
  });
}

/** The ids of the organisations a person belongs to. */
export async function organisationIdsOfPerson(db: Executor, personId: number): Promise<number[]> {
  return (await pq.listPersonOrganisations(db, personId)).map((o) => o.organisationId);
}
