import { inTransaction, type Executor } from '../../platform/db/database';
import type { FieldErrors } from '../../platform/http/validation';
import * as pq from './people-queries';
import * as q from './queries';
import type { OrganisationRow } from './queries';
import {
  createOrganisation,
  createPerson,
  setGroupMembers,
  updateOrganisation,
  updatePerson,
  type NewOrganisation,
  type NewPerson,
} from './service';

/** Why an organisation's kind cannot change now: other organisations rely on it (`count` of them). */
export interface KindLock {
  reason: 'members' | 'municipalities' | 'groups';
  count: number;
}

/**
 * What the forms answer: the saved id, or field errors to show with a 400 (nothing was saved); with
 * `kindLock`, why the kind field is refused.
 */
export type SaveResult = { ok: true; id: number } | { ok: false; errors: FieldErrors; kindLock?: KindLock };

/**
 * True when `error` is the unique index on exactly these columns of `table` refusing a row, on either
 * database; other constraint violations (a row removed by someone else meanwhile) are not.
 */
function isUniqueViolationOn(error: unknown, table: string, columns: string[]): boolean {
  const e = error as { code?: unknown; message?: unknown; table?: unknown; detail?: unknown } | null;
  if (e?.code === 'SQLITE_CONSTRAINT_UNIQUE')
    return e.message === `UNIQUE constraint failed: ${columns.map((c) => `${table}.${c}`).join(', ')}`;
  if (e?.code === '23505')
    return (
      e.table === table && typeof e.detail === 'string' && e.detail.startsWith(`Key (${columns.join(', ')})=`)
    );
  return false;
}

/**
 * The simplest rule that keeps the registry consistent: an organisation keeps its kind while other
 * organisations rely on it. A city region keeps it while members are chosen (deselecting them all in
 * the same save drops them), a county while municipalities have it as their county, a municipality
 * while it is a member of a city region.
 */
async function kindLock(
  db: Executor,
  existing: OrganisationRow,
  input: { kind: OrganisationRow['kind']; memberIds: number[] },
): Promise<KindLock | null> {
  if (existing.kind === input.kind) return null;
  if (existing.kind === 'city_region' && input.memberIds.length > 0)
    return { reason: 'members', count: new Set(input.memberIds).size };
  if (existing.kind === 'county') {
    const count = await q.countChildren(db, existing.id);
    if (count > 0) return { reason: 'municipalities', count };
  }
  if (existing.kind === 'municipality') {
    const count = (await q.listGroupsOf(db, existing.id)).length;
    if (count > 0) return { reason: 'groups', count };
  }
  return null;
}

// Official numbers have a fixed length; other kinds may carry any short identifier (an org. number).
const numberPattern: Partial<Record<NewOrganisation['kind'], RegExp>> = {
  municipality: /^\d{4}$/,
  county: /^\d{2}$/,
};

/**
 * Creates (id null) or changes an organisation from the form, with the rules a database constraint
 * alone would answer with a 500: the number's shape, a unique number, the parent being a county, a
 * city region's members being municipalities, and a kind others rely on staying (see kindLock).
 */
export async function saveOrganisation(
  db: Executor,
  id: number | null,
  input: NewOrganisation & { memberIds: number[] },
  actorUserId: number | null,
): Promise<SaveResult> {
  const errors: FieldErrors = {};
  const existing = id === null ? undefined : await q.findOrganisation(db, id);
  const lock = existing ? await kindLock(db, existing, input) : null;
  if (lock) errors.kind = 'invalid';
  const number = input.number?.trim() || null;
  const pattern = numberPattern[input.kind];
  if (number && pattern && !pattern.test(number)) errors.number = 'invalid';
  if (number && !errors.number) {
    const other = await q.findOrganisationByNumber(db, input.country, input.kind, number);
    if (other && other.id !== id) errors.number = 'unique';
  }
  if (input.parentId) {
    const parent = await q.findOrganisation(db, input.parentId);
    if (!parent || parent.kind !== 'county' || parent.id === id) errors.parentId = 'choice';
  }
  if (input.kind === 'city_region' && input.memberIds.length > 0) {
    const members = await q.findOrganisationsByIds(db, input.memberIds);
    if (members.length !== new Set(input.memberIds).size || members.some((m) => m.kind !== 'municipality')) {
      errors.memberIds = 'choice';
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, ...(lock ? { kindLock: lock } : {}) };
  try {
    const savedId = await inTransaction(db, async (tx) => {
      const values = { ...input, number };
      const orgId =
        id === null
          ? await createOrganisation(tx, values, actorUserId)
          : (await updateOrganisation(tx, id, values, actorUserId), id);
      // A city region that stops being one has no members left (kindLock made sure none were chosen).
      if (input.kind === 'city_region' || existing?.kind === 'city_region')
        await setGroupMembers(tx, orgId, input.memberIds, actorUserId);
      return orgId;
    });
    return { ok: true, id: savedId };
  } catch (error) {
    // Two people saving the same number at once: the unique index decides, the form explains. Any
    // other violation (a chosen county removed meanwhile) goes on to the platform's 409 page.
    if (isUniqueViolationOn(error, 'organisations', ['country', 'kind', 'number']))
      return { ok: false, errors: { number: 'unique' } };
    throw error;
  }
}

/** Creates (id null) or changes a person from the form; a used e-mail or unknown organisation is a field error. */
export async function savePerson(
  db: Executor,
  id: number | null,
  input: NewPerson,
  actorUserId: number | null,
): Promise<SaveResult> {
  const errors: FieldErrors = {};
  const email = input.email?.trim().toLowerCase() || null;
  if (email) {
    const other = await pq.findPersonByEmail(db, email);
    if (other && other.id !== id) errors.email = 'unique';
  }
  const links = input.organisations ?? [];
  if (links.length > 0) {
    const found = new Set(
      (
        await q.findOrganisationsByIds(
          db,
          links.map((l) => l.organisationId),
        )
      ).map((o) => o.id),
    );
    links.forEach((l, i) => {
      if (!found.has(l.organisationId)) errors[`organisations.${i}`] = 'choice';
    });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  try {
    if (id === null) return { ok: true, id: await createPerson(db, input, actorUserId) };
    await updatePerson(db, id, input, actorUserId);
    return { ok: true, id };
  } catch (error) {
    // As above: only the e-mail's unique index is the e-mail field's error.
    if (isUniqueViolationOn(error, 'people', ['email'])) return { ok: false, errors: { email: 'unique' } };
    throw error;
  }
}
