import { audit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import { inTransaction, type Executor } from '../../platform/db/database';
import * as q from './queries';
import type { OrganisationRow } from './queries';
import { foldForSearch } from './search';
import { indexOrganisation } from './search-document';
import { sortKey } from './sort-key';
import { parseRegistry, type Rejection, type RegistryRow } from './registry-formats';
import type { Country } from './tables';

export interface ImportReport {
  /** Organisations written: the file's rows and, for the Swedish list, the counties (län) it names. */
  created: number;
  updated: number;
  unchanged: number;
  /**
   * Municipalities imported earlier without their county that a county list now links to it. They
   * are not rows of the file, so they are counted apart from created, updated and unchanged.
   */
  linked: number;
  /** Rows left out; `reason` is a code (missing, malformed, tooLong, duplicate, countyMismatch, notAnObject). */
  rejected: Rejection[];
}

/**
 * Upserts an official municipality or county list by (country, kind, number). Valid rows are written
 * in one transaction; bad rows are reported and skipped; a second run of the same file changes nothing.
 * Throws ImportFileError when the file as a whole cannot be read.
 */
export async function importRegistry(
  db: Executor,
  file: { content: string; filename: string },
  actorUserId: number | null,
): Promise<ImportReport> {
  const parsed = parseRegistry(file);
  const rejected = [...parsed.rejected];
  const rows = withoutDuplicates(parsed.rows, rejected);
  rejected.sort((a, b) => a.line - b.line);
  const report: ImportReport = { created: 0, updated: 0, unchanged: 0, linked: 0, rejected };

  await inTransaction(db, async (tx) => {
    const now = nowIso();
    const country: Country = rows[0]?.country ?? (parsed.format === 'se-municipalities' ? 'SE' : 'NO');
    const counties = byNumber(await q.listNumbered(tx, country, 'county'));

    if (parsed.format === 'se-municipalities') {
      // The Swedish list names each municipality's län, so the counties are upserted from it first.
      const named = new Map<string, string>();
      for (const row of rows)
        if (row.parentNumber && row.parentName && !named.has(row.parentNumber))
          named.set(row.parentNumber, row.parentName);
      for (const [number, name] of named) {
        const county = { line: 0, country, kind: 'county' as const, number, name };
        counties.set(number, await upsert(tx, counties.get(number), county, null, now, report));
      }
    }

    if (parsed.format === 'no-counties') {
      for (const row of rows)
        counties.set(row.number, await upsert(tx, counties.get(row.number), row, null, now, report));
      report.linked = await linkOrphanMunicipalities(tx, country, counties, now);
    } else {
      const municipalities = byNumber(await q.listNumbered(tx, country, 'municipality'));
      for (const row of rows) {
        const parentId = row.parentNumber ? (counties.get(row.parentNumber)?.id ?? null) : null;
        await upsert(tx, municipalities.get(row.number), row, parentId, now, report);
      }
    }

    await audit(tx, {
      actorUserId,
      action: 'registry.import',
      subjectType: 'registry',
      subjectId: parsed.format,
      details: {
        filename: file.filename,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        linked: report.linked,
        rejected: report.rejected.length,
      },
    });
  });
  return report;
}

function byNumber(rows: OrganisationRow[]) {
  return new Map(rows.map((r) => [r.number ?? '', r]));
}

/** A number given twice in one file: the first row counts, later ones are reported. */
function withoutDuplicates(rows: RegistryRow[], rejected: Rejection[]) {
  const seen = new Set<string>();
  return rows.filter((row) => {
    if (seen.has(row.number)) {
      rejected.push({ line: row.line, field: 'number', reason: 'duplicate' });
      return false;
    }
    seen.add(row.number);
    return true;
  });
}

/**
 * Inserts or updates one organisation and counts what happened. Only what the file says is compared:
 * a list without web addresses, or a county without a known parent, leaves those fields alone.
 */
async function upsert(
  tx: Executor,
  existing: OrganisationRow | undefined,
  row: Pick<RegistryRow, 'country' | 'kind' | 'number' | 'name' | 'website'>,
  parentId: number | null,
  now: string,
  report: ImportReport,
): Promise<OrganisationRow> {
  const wanted = {
    name: row.name,
    ...(row.website !== undefined ? { website: row.website } : {}),
    // An unknown county (its list not imported yet) leaves the parent alone rather than clearing it.
    ...(parentId !== null ? { parent_id: parentId } : {}),
  };
  if (!existing) {
    const values = {
      kind: row.kind,
      name: row.name,
      country: row.country,
      number: row.number,
      parent_id: parentId,
      website: row.website ?? null,
    };
    const { id } = await q.insertOrganisation(tx, values, now);
    report.created++;
    await indexOrganisation(tx, id);
    return {
      ...values,
      id,
      search_name: foldForSearch(row.name),
      sort_key: sortKey(row.name),
      created_at: now,
      updated_at: now,
    };
  }
  const changed = (Object.keys(wanted) as (keyof typeof wanted)[]).some((k) => wanted[k] !== existing[k]);
  if (!changed) {
    report.unchanged++;
    return existing;
  }
  await q.updateOrganisation(tx, existing.id, wanted, now);
  report.updated++;
  await indexOrganisation(tx, existing.id);
  return { ...existing, ...wanted, updated_at: now };
}

/**
 * Municipalities imported before their counties get their county once it arrives; returns how many.
 * Only municipalities without a county are touched, so a second run links none.
 */
async function linkOrphanMunicipalities(
  tx: Executor,
  country: Country,
  counties: Map<string, OrganisationRow>,
  now: string,
): Promise<number> {
  const orphans = (await q.listNumbered(tx, country, 'municipality')).filter((m) => m.parent_id === null);
  let linked = 0;
  for (const m of orphans) {
    const county = counties.get((m.number ?? '').slice(0, 2));
    if (!county) continue;
    await q.updateOrganisation(tx, m.id, { parent_id: county.id }, now);
    linked++;
  }
  return linked;
}
