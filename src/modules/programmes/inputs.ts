import { z } from 'zod';
import { fields, parseInput, type FieldErrors, type Parsed } from '../../platform/http/validation';
import { locales, type Locale, type LocalizedText } from '../../platform/i18n/index';
import type { ProgrammeInput, TextInput } from './model';
import { contactRoles, visibilities } from './tables';

// The forms of the programme pages as schemas. Field names are unique across a page (one page
// holds several forms), so each form's fields carry a prefix.

// Ids from selects and hidden fields use the platform's fields.id() and fields.optionalId(): digits
// only, within PostgreSQL's integer range, so a tampered value is a form error and never reaches SQL.
/** The names of the id fields that are selects: an empty or tampered one reads "choose one of the options". */
const selects = new Set([
  'step_phase_id',
  'organisation_id',
  'contact_participant_id',
  'advisor_organisation_id',
  'advisor_participant_id',
  'nomination_participant_id',
  'owner_organisation_id',
]);

/** parseInput for the programme page's forms, with a select's error put as a choice to make. */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): Parsed<z.output<S>> {
  const parsed = parseInput(schema, body);
  if (parsed.ok) return parsed;
  const errors: FieldErrors = {};
  for (const [name, key] of Object.entries(parsed.errors))
    errors[name] = selects.has(name) && (key === 'number' || key === 'required') ? 'choice' : key;
  return { ok: false, errors };
}

function localizedShape(prefix: string) {
  const shape: Record<string, z.ZodType<string | null, unknown>> = {};
  for (const l of locales) {
    shape[`${prefix}title_${l}`] = fields.optionalText(200);
    shape[`${prefix}description_${l}`] = fields.optionalText(5000);
  }
  return shape;
}

function readLocalized(data: Record<string, unknown>, name: string): LocalizedText {
  const out: LocalizedText = {};
  for (const l of locales) {
    const value = data[`${name}_${l}`];
    if (typeof value === 'string' && value) out[l] = value;
  }
  return out;
}

const rawText = (body: unknown, name: string) => {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
};

/**
 * Rules across fields, checked on the raw form so they are reported together with the field
 * errors: a title in at least one language (the error goes on the reader's own language), and
 * an end not before the start.
 */
function crossChecks(body: unknown, prefix: string, locale: Locale, errors: FieldErrors) {
  if (!locales.some((l) => rawText(body, `${prefix}title_${l}`)))
    errors[`${prefix}title_${locale}`] ??= 'required';
  const start = rawText(body, 'starts_on');
  const end = rawText(body, 'ends_on');
  const isDate = /^\d{4}-\d{2}-\d{2}$/;
  if (isDate.test(start) && isDate.test(end) && end < start) errors.ends_on ??= 'dateOrder';
}

function withCrossChecks<T>(parsed: Parsed<T>, body: unknown, prefix: string, locale: Locale): Parsed<T> {
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
  crossChecks(body, prefix, locale, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return parsed;
}

const programmeSchema = z.object({
  ...localizedShape(''),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v) => v || undefined)
    .pipe(
      z
        .string()
        .max(60, { error: 'tooLong' })
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'invalid' })
        .optional(),
    ),
  owner_organisation_id: fields.optionalId(),
  starts_on: fields.optionalDate(),
  ends_on: fields.optionalDate(),
  visibility: fields.choice(visibilities),
});

/** The new/edit programme form. */
export function parseProgrammeForm(body: unknown, locale: Locale): Parsed<ProgrammeInput> {
  const parsed = withCrossChecks(parseForm(programmeSchema, body), body, '', locale);
  if (!parsed.ok) return parsed;
  const d = parsed.data;
  return {
    ok: true,
    data: {
      slug: d.slug,
      title: readLocalized(d, 'title'),
      description: readLocalized(d, 'description'),
      ownerOrganisationId: d.owner_organisation_id,
      startsOn: d.starts_on,
      endsOn: d.ends_on,
      visibility: d.visibility,
    },
  };
}

/** A title and description in each language, named with `prefix` (`phase_title_nb`…). */
export function parseTextForm(body: unknown, locale: Locale, prefix: string): Parsed<TextInput> {
  const parsed = withCrossChecks(parseInput(z.object(localizedShape(prefix)), body), body, prefix, locale);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    data: {
      title: readLocalized(parsed.data, `${prefix}title`),
      description: readLocalized(parsed.data, `${prefix}description`),
    },
  };
}

/** The add-phase form, and the edit forms of a phase (`phase_`) or a step (`step_`). */
export const parsePhaseForm = (body: unknown, locale: Locale) => parseTextForm(body, locale, 'phase_');

const stepSchema = z.object({ step_phase_id: fields.id(), ...localizedShape('step_') });

/** The add-step form: which phase, and the step's texts. */
export function parseStepForm(body: unknown, locale: Locale): Parsed<TextInput & { phaseId: number }> {
  const parsed = withCrossChecks(parseForm(stepSchema, body), body, 'step_', locale);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    data: {
      phaseId: parsed.data.step_phase_id,
      title: readLocalized(parsed.data, 'step_title'),
      description: readLocalized(parsed.data, 'step_description'),
    },
  };
}

export const participantSchema = z.object({ organisation_id: fields.id() });

export const contactSchema = z.object({
  contact_participant_id: fields.id(),
  contact_name: fields.text(200),
  contact_email: fields.optionalEmail(),
  contact_title: fields.optionalText(200),
  contact_role: fields.choice(contactRoles),
});

export const advisorSchema = z.object({
  advisor_name: fields.text(200),
  advisor_email: fields.optionalEmail(),
  advisor_title: fields.optionalText(200),
  advisor_organisation_id: fields.optionalId(),
  advisor_participant_id: fields.optionalId(),
});

export const nominationSchema = z.object({
  nomination_participant_id: fields.optionalId(),
  nominee_name: fields.text(200),
  nominee_email: fields.optionalEmail(),
  nominee_title: fields.optionalText(200),
  nominee_organisation: fields.optionalText(200),
  motivation: fields.optionalText(2000),
});

export const contactRemovalSchema = z.object({ person_id: fields.id(), role: fields.choice(contactRoles) });
export const advisorRemovalSchema = z.object({ advisor_id: fields.id() });

export const decisionSchema = z.object({ decision: fields.choice(['accepted', 'declined'] as const) });
export const moveSchema = z.object({ direction: fields.choice(['up', 'down'] as const) });
