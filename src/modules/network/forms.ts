import { z } from 'zod';
import { fields, parseInput, type FieldErrors, type Parsed } from '../../platform/http/validation';
import { ageBands, countries, organisationKinds, sectors, yearsLivedBands } from './tables';
import type { NewOrganisation, NewPerson } from './service';

/** The forms' schemas: what a post must hold before the service sees it. */

/**
 * An optional select: its empty "not given" choice, or no value at all, is null. The platform has no
 * such builder, so this one is made like its `fields.optionalId`.
 */
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.literal(''), fields.choice(values)], { error: 'choice' })
    .optional()
    .transform((v) => (v ? v : null));

const organisationSchema = z.object({
  name: fields.text(200),
  kind: fields.choice(organisationKinds),
  country: fields.choice(countries),
  number: fields.optionalText(20),
  parentId: fields.optionalId(),
  website: fields.url(),
  memberIds: fields.list(fields.id()),
});

/** Reads the organisation form; an error on any chosen member shows at the member list. */
export function parseOrganisationForm(body: unknown): Parsed<NewOrganisation & { memberIds: number[] }> {
  const parsed = parseInput(organisationSchema, body);
  if (parsed.ok) return parsed;
  const errors: FieldErrors = {};
  for (const [name, key] of Object.entries(parsed.errors))
    errors[name.startsWith('memberIds') ? 'memberIds' : name] = key;
  return { ok: false, errors };
}

const personSchema = z.object({
  name: fields.text(200),
  email: fields.optionalEmail(),
  phone: fields.optionalText(50),
  title: fields.optionalText(200),
  consent: fields.checkbox(),
  sector: optionalChoice(sectors),
  yearsLivedBand: optionalChoice(yearsLivedBands),
  ageBand: optionalChoice(ageBands),
});

/** A form never has more organisation rows than this; more is a forged post. */
const MAX_ROWS = 50;

/**
 * Reads the person form. Organisation rows arrive as `organisationId_<n>` and `role_<n>`; empty rows
 * are skipped, and a role without an organisation is an error on that row. Attributes are kept only
 * when the consent box is ticked.
 */
export function parsePersonForm(body: unknown): Parsed<NewPerson & { rows: number[] }> {
  const form = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const indexes = Object.keys(form)
    .map((k) => /^organisationId_(\d{1,3})$/.exec(k)?.[1])
    .filter((i) => i !== undefined)
    .map(Number)
    .filter((i) => i < MAX_ROWS)
    .sort((a, b) => a - b);
  const rowShape: Record<string, z.ZodType> = {};
  for (const i of indexes) {
    rowShape[`organisationId_${i}`] = fields.optionalId();
    rowShape[`role_${i}`] = fields.optionalText(100);
  }
  const parsed = parseInput(personSchema.extend(rowShape), form);
  if (!parsed.ok) return parsed;
  const data = parsed.data as z.output<typeof personSchema> & Record<string, number | string | null>;
  const errors: FieldErrors = {};
  const organisations: { organisationId: number; role: string | null }[] = [];
  // The form row of each organisation, so an error found later shows on the right row.
  const rows: number[] = [];
  for (const i of indexes) {
    const organisationId = data[`organisationId_${i}`] as number | null;
    const role = data[`role_${i}`] as string | null;
    if (organisationId !== null) {
      organisations.push({ organisationId, role });
      rows.push(i);
    } else if (role) errors[`organisationId_${i}`] = 'required';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    data: {
      name: data.name,
      email: data.email,
      phone: data.phone,
      title: data.title,
      organisations,
      rows,
      attributes: data.consent
        ? { sector: data.sector, yearsLivedBand: data.yearsLivedBand, ageBand: data.ageBand }
        : null,
    },
  };
}
