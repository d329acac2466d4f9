import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/access';
import * as pq from './people-queries';
import * as q from './queries';
import type { PersonFilter } from './people-queries';
import type { OrganisationFilter } from './queries';
import {
  getGroupMembers,
  getOrganisation,
  getOrganisationsByIds,
  listOrganisations,
  listPeople,
  toOrganisation,
  toPerson,
  type Organisation,
} from './service';
import type { Alphabet } from './sort-key';

/**
 * What the pages show, gathered in one place so routes stay free of queries. Reads the service offers
 * go through it; the rest (counts for paging, the lists only pages show) come from queries.ts.
 */

export const PAGE_SIZE = 50;

/** One page of organisations with the county of each, and the total for paging. */
export async function organisationListPage(db: Executor, filter: OrganisationFilter, page: number) {
  const total = await q.countOrganisations(db, filter);
  const rows = await listOrganisations(db, { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const parents = await getOrganisationsByIds(
    db,
    rows.map((r) => r.parentId).filter((id) => id !== null),
  );
  const parentNames = new Map(parents.map((p) => [p.id, p.name]));
  return {
    total,
    items: rows.map((o) => ({ ...o, parentName: o.parentId ? (parentNames.get(o.parentId) ?? null) : null })),
  };
}

/** An organisation with its county, members or municipalities, the groups it is in and its people; 404 when unknown. */
export async function organisationDetails(db: Executor, id: number, alphabet: Alphabet) {
  const organisation = await getOrganisation(db, id);
  if (!organisation) throw notFound();
  const parent = organisation.parentId ? await getOrganisation(db, organisation.parentId) : undefined;
  return {
    organisation,
    parent: parent ?? null,
    members: await getGroupMembers(db, id, alphabet),
    municipalities:
      organisation.kind === 'county'
        ? await listOrganisations(db, { parentId: id, kinds: ['municipality'], alphabet })
        : [],
    groups: (await q.listGroupsOf(db, id, alphabet)).map(toOrganisation),
    people: await pq.listOrganisationPeople(db, id, alphabet),
  };
}

/** An organisation as its edit form needs it, with the ids of its members; 404 when unknown. */
export async function organisationForEdit(db: Executor, id: number) {
  const organisation = await getOrganisation(db, id);
  if (!organisation) throw notFound();
  return { organisation, memberIds: (await getGroupMembers(db, id)).map((m) => m.id) };
}

export interface CountyWithMunicipalities {
  county: Organisation | null;
  municipalities: Organisation[];
}

/** The choices an organisation form offers: every county, and every municipality grouped by county. */
export async function organisationFormOptions(db: Executor, alphabet: Alphabet) {
  const counties = await listOrganisations(db, { kinds: ['county'], alphabet });
  const municipalities = await listOrganisations(db, { kinds: ['municipality'], alphabet });
  const byCounty = new Map<number | null, Organisation[]>();
  for (const m of municipalities) byCounty.set(m.parentId, [...(byCounty.get(m.parentId) ?? []), m]);
  const groups: CountyWithMunicipalities[] = counties
    .filter((c) => byCounty.has(c.id))
    .map((county) => ({ county, municipalities: byCounty.get(county.id) ?? [] }));
  const orphans = municipalities.filter(
    (m) => m.parentId === null || !counties.some((c) => c.id === m.parentId),
  );
  if (orphans.length > 0) groups.push({ county: null, municipalities: orphans });
  return { counties, municipalityGroups: groups };
}

/**
 * One page of people and the total for paging. Phone numbers are personal data the advisors' work
 * does not need, so they are left out unless `withPhone` (operators).
 */
export async function peopleListPage(db: Executor, filter: PersonFilter, page: number, withPhone: boolean) {
  const total = await pq.countPeople(db, filter);
  const items = await listPeople(db, { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return { total, items: withPhone ? items : items.map((p) => ({ ...p, phone: null })) };
}

/**
 * A person with their organisations and, when `withPrivate` (operators), phone and consent-based
 * attributes; without it those are left out, not just hidden. 404 when unknown or erased.
 */
export async function personDetails(db: Executor, id: number, alphabet: Alphabet, withPrivate: boolean) {
  const row = await pq.findPerson(db, id);
  if (!row || row.erased_at) throw notFound();
  const person = toPerson(row);
  return {
    person: withPrivate ? person : { ...person, phone: null },
    attributes:
      withPrivate && row.attributes_consent_at
        ? {
            sector: row.sector,
            yearsLivedBand: row.years_lived_band,
            ageBand: row.age_band,
            consentAt: row.attributes_consent_at,
          }
        : null,
    organisations: await pq.listPersonOrganisations(db, id, alphabet),
  };
}

/** Every organisation, for the person form's choices. */
export function organisationChoices(db: Executor, alphabet: Alphabet) {
  return listOrganisations(db, { alphabet });
}
