import { inTransaction, type Executor } from '../../platform/db/database';
import { isConstraintViolation } from '../../platform/db/database';
import type { FieldErrors } from '../../platform/http/validation';
import * as q from './queries';
import {
  createOrganisation,
  createPerson,
  setGroupMembers,
  updateOrganisation,
  updatePerson,
  type NewOrganisation,
  type NewPerson,
} from './service';

/** What the forms answer: the saved id, or field errors to show with a 400 (nothing was saved). */
export type SaveResult = { ok: true; id: number } | { ok: false; errors: FieldErrors };

// Official numbers have a fixed length; other kinds may carry any short identifier (an org. number).
const numberPattern: Partial<Record<NewOrganisation['kind'], RegExp>> = {
  municipality: /^\d{4}$/,
  county: /^\d{2}$/,
};

/**
 * Creates (id null) or changes an organisation from the form, with the rules a database constraint
 * alone would answer with a 500: the number's shape, a unique number, the parent being a county, and a
 * city region's members being municipalities.
 */
export async function saveOrganisation(
  db: Executor,
  id: number | null,
  input: NewOrganisation & { memberIds: number[] },
  actorUserId: number | null,
): Promise<SaveResult> {
  const errors: FieldErrors = {};
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
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  try {
    const savedId = await inTransaction(db, async (tx) => {
      const values = { ...input, number };
      const orgId =
        id === null
          ? await createOrganisation(tx, values, actorUserId)
          : (await updateOrganisation(tx, id, values, actorUserId), id);
      if (input.kind === 'city_region') await setGroupMembers(tx, orgId, input.memberIds, actorUserId);
      return orgId;
    });
    return { ok: true, id: savedId };
  } catch (error) {
    // Two people saving the same number at once: the unique index decides, the form explains.
    if (isConstraintViolation(error)) return { ok: false, errors: { number: 'unique' } };
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
    const other = await q.findPersonByEmail(db, email);
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
    if (isConstraintViolation(error)) return { ok: false, errors: { email: 'unique' } };
    throw error;
  }
}
