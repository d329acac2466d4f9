import { z } from 'zod';
import type { ErrorKey } from '../i18n/messages';

/**
 * Field schemas for forms and JSON. Their error messages are keys of `common` (`error.<key>`), so a
 * view can show each field's error in the reader's language.
 */
const text = (max = 200) =>
  z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });

const optionalText = (max = 2000) =>
  z
    .string({ error: 'invalid' })
    .trim()
    .max(max, { error: 'tooLong' })
    .optional()
    .transform((v) => (v ? v : null));

const isoDate = z
  .string({ error: 'required' })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' })
  .refine(
    (v) =>
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    {
      error: 'date',
    },
  );

/** PostgreSQL's integer columns end here; a larger id can match no row. */
export const MAX_ID = 2_147_483_647;

const idField = () =>
  z.preprocess(
    (v) => (typeof v === 'number' ? String(v) : v),
    z
      .string({ error: 'required' })
      .trim()
      .regex(/^[1-9]\d{0,9}$/, { error: 'number' })
      .transform(Number)
      .refine((n) => n <= MAX_ID, { error: 'number' }),
  );

/** An id from a URL path: anything but a positive whole number in range is a page that does not exist. */
export function parseId(raw: unknown): number | null {
  if (typeof raw !== 'string' || !/^[1-9]\d{0,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n <= MAX_ID ? n : null;
}

export const fields = {
  text,
  optionalText,
  email: () =>
    z
      .string({ error: 'required' })
      .trim()
      .toLowerCase()
      .min(1, { error: 'required' })
      .max(254, { error: 'tooLong' })
      .pipe(z.email({ error: 'email' })),
  optionalEmail: () =>
    z
      .string()
      .trim()
      .toLowerCase()
      .max(254, { error: 'tooLong' })
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(z.email({ error: 'email' }).nullable()),
  date: () => isoDate,
  optionalDate: () =>
    z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(isoDate.nullable()),
  url: () =>
    z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(
        z
          .url({ protocol: /^https?$/, error: 'url' })
          .max(500, { error: 'tooLong' })
          .nullable(),
      ),
  /** A row id: digits only (no "0x10" or "1e3"), within PostgreSQL's integer range. */
  id: idField,
  // `.optional()` rather than z.undefined() in the union: only that makes zod 4 accept a missing key.
  optionalId: () =>
    z
      .union([z.literal(''), idField()], { error: 'number' })
      .optional()
      .transform((v) => (v === '' || v === undefined ? null : v)),
  int: (min = 0, max = 1_000_000) =>
    z.coerce.number({ error: 'number' }).int({ error: 'number' }).min(min, { error: 'number' }).max(max, {
      error: 'number',
    }),
  choice: <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'choice' }),
  /** A checkbox: present means on. */
  checkbox: () =>
    z
      .union([z.literal('on'), z.literal('1'), z.literal('true')])
      .optional()
      .transform((v) => !!v),
  /** Repeated form keys arrive as an array, a single one as a string; both become an array. */
  list: <T extends z.ZodType>(item: T) =>
    z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item)),
};

export type FieldErrors = Record<string, ErrorKey>;
export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

const errorKeys = new Set<string>([
  'required',
  'tooLong',
  'email',
  'date',
  'dateOrder',
  'url',
  'number',
  'choice',
  'password',
  'unique',
  'invalid',
]);

/** Validates a form or JSON body; each failing field gets one error key (the first one found). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const name = issue.path.map(String).join('.') || '_form';
    if (errors[name]) continue;
    errors[name] = (errorKeys.has(issue.message) ? issue.message : 'invalid') as ErrorKey;
  }
  return { ok: false, errors };
}
