import type { Executor } from '../../platform/db/database';
import { notFound } from '../../platform/http/access';
import * as q from './queries';
import type { OrganisationFilter, PersonFilter } from './queries';
import { toOrganisation, toPerson, type Organisation } from './service';

/** What the pages show, gathered in one place so routes stay free of queries. */

export const PAGE_SIZE = 50;

/** One page of organisations with the county of each, and the total for paging. */
export async function organisationListPage(db: Executor, filter: OrganisationFilter, page: number) {
  const total = await q.countOrganisations(db, filter);
  const rows = (
    await q.listOrganisations(db, { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
  ).map(toOrganisation);
  const parents = await q.findOrganisationsByIds(db, [
    ...new Set(rows.map((r) => r.parentId).filter((id) => id !== null)),
  ]);
  const parentNames = new Map(parents.map((p) => [p.id, p.name]));
  return {
    total,
    items: rows.map((o) => ({ ...o, parentName: o.parentId ? (parentNames.get(o.parentId) ?? null) : null })),
  };
}

/** An organisation with its county, members or municipalities, the groups it is in and its people; 404 when unknown. */
export async function organisationDetails(db: Executor, id: number) {
  const row = await q.findOrganisation(db, id);
  if (!row) throw notFound();
  const organisation = toOrganisation(row);
  const parent = row.parent_id ? await q.findOrganisation(db, row.parent_id) : undefined;
  return {
    organisation,
    parent: parent ? toOrganisation(parent) : null,
    members: (await q.listGroupMembers(db, id)).map(toOrganisation),
    municipalities:
      organisation.kind === 'county'
        ? (await q.listOrganisations(db, { parentId: id, kinds: ['municipality'] })).map(toOrganisation)
        : [],
    groups: (await q.listGroupsOf(db, id)).map(toOrganisation),
    people: await q.listOrganisationPeople(db, id),
  };
}

/** An organisation as its edit form needs it, with the ids of its members; 404 when unknown. */
export async function organisationForEdit(db: Executor, id: number) {
  const row = await q.findOrganisation(db, id);
  if (!row) throw notFound();
  return {
    organisation: toOrganisation(row),
    memberIds: (await q.listGroupMembers(db, id)).map((m) => m.id),
  };
}

export interface CountyWithMunicipalities {
  county: Organisation | null;
  municipalities: Organisation[];
}

/** The choices an organisation form offers: every county, and every municipality grouped by county. */
export async function organisationFormOptions(db: Executor) {
  const counties = (await q.listOrganisations(db, { kinds: ['county'] })).map(toOrganisation);
  const municipalities = (await q.listOrganisations(db, { kinds: ['municipality'] })).map(toOrganisation);
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

/** One page of people and the total for paging. */
export async function peopleListPage(db: Executor, filter: PersonFilter, page: number) {
  const total = await q.countPeople(db, filter);
  const items = (await q.listPeople(db, { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })).map(
    toPerson,
  );
  return { total, items };
}

/** A person with their organisations and consent-based attributes; 404 when unknown or erased. */
export async function personDetails(db: Executor, id: number) {
  const row = await q.findPerson(db, id);
  if (!row || row.erased_at) throw notFound();
  return {
    person: toPerson(row),
    attributes: row.attributes_consent_at
      ? {
          sector: row.sector,
          yearsLivedBand: row.years_lived_band,
          ageBand: row.age_band,
          consentAt: row.attributes_consent_at,
        }
      : null,
    organisations: await q.listPersonOrganisations(db, id),
  };
}

/** Every organisation, for the person form's choices. */
export async function organisationChoices(db: Executor) {
  return (await q.listOrganisations(db, {})).map(toOrganisation);
}
