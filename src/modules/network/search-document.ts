import type { Executor } from '../../platform/db/database';
import { indexDocument, type SearchDocument } from '../../platform/search/index';
import * as q from './queries';
import type { OrganisationRow } from './queries';

// Part S (search): an organisation as a search document. People are never indexed. Organisation
// pages are open to staff only (organisation-routes.ts), so only staff find organisations.

/** The organisation as a search document, in the language of its country. */
export function organisationDocument(row: OrganisationRow): SearchDocument {
  return {
    type: 'organisation',
    id: row.id,
    title: row.name,
    body: [row.number, row.website].filter(Boolean).join('\n'),
    url: `/organisations/${row.id}`,
    language: row.country === 'SE' ? 'sv' : 'nb',
    audience: 'staff',
    programmeId: null,
    kind: row.kind,
    themes: [],
    year: null,
    date: row.updated_at,
  };
}

/** (Re)indexes the organisation, in the caller's transaction. */
export async function indexOrganisation(db: Executor, organisationId: number) {
  const row = await q.findOrganisation(db, organisationId);
  if (row) await indexDocument(db, organisationDocument(row));
}

/** Every organisation as a search document, for a reindex. */
export async function organisationSearchDocuments(db: Executor): Promise<SearchDocument[]> {
  return (await q.listOrganisations(db, {})).map(organisationDocument);
}
