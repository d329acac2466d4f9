import type { Generated } from 'kysely';

export const organisationKinds = [
  'municipality',
  'county',
  'city_region',
  'national_agency',
  'company',
  'education',
  'ngo',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];
export const countries = ['NO', 'SE'] as const;
export type Country = (typeof countries)[number];

export interface OrganisationTable {
  id: Generated<number>;
  kind: OrganisationKind;
  name: string;
  country: Country;
  /** Official number: Norwegian kommunenummer/fylkesnummer, Swedish kommunkod/länskod; kept as text to keep leading zeros. */
  number: string | null;
  /** The county a municipality lies in. */
  parent_id: number | null;
  website: string | null;
  /** The name folded for case-insensitive search (see search.ts); kept by queries.ts. */
  search_name: string;
  /** The name as Nordic alphabetical order compares it (see sort-key.ts); kept by queries.ts. */
  sort_key: string;
  created_at: string;
  updated_at: string;
}

/** A city region (byregion) or other group is an organisation whose members are municipalities. */
export interface OrganisationMemberTable {
  group_id: number;
  member_id: number;
}

export const sectors = ['public', 'private', 'other'] as const;
export const yearsLivedBands = ['0-4', '5-9', '10-19', '20+'] as const;
export const ageBands = ['under-30', '30-39', '40-49', '50-59', '60+'] as const;

export interface PersonTable {
  id: Generated<number>;
  name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  /** The name folded for case-insensitive search (see search.ts); kept by queries.ts. */
  search_name: string;
  /** The name as Nordic alphabetical order compares it (see sort-key.ts); kept by queries.ts. */
  sort_key: string;
  /** The following three are used by network mapping and kept only with the person's consent. */
  sector: (typeof sectors)[number] | null;
  years_lived_band: (typeof yearsLivedBands)[number] | null;
  age_band: (typeof ageBands)[number] | null;
  attributes_consent_at: string | null;
  created_at: string;
  updated_at: string;
  erased_at: string | null;
}

export interface PersonOrganisationTable {
  person_id: number;
  organisation_id: number;
  role: string | null;
}

declare module '../../platform/db/schema' {
  interface Schema {
    organisations: OrganisationTable;
    organisation_members: OrganisationMemberTable;
    people: PersonTable;
    person_organisations: PersonOrganisationTable;
  }
}
