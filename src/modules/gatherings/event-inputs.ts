import { z } from 'zod';
import { fields, parseInput, type FieldErrors, type Parsed } from '../../platform/http/validation';
import { locales, type Locale, type LocalizedText } from '../../platform/i18n/index';
import { eventTimeZones, isLocalDateTime } from '../../platform/time';
import type { AgendaItemInput, EventUpdate, SpeakerInput } from './event-model';
import { agendaKinds, eventKinds, eventLanguages } from './tables';

// The event, series and agenda forms as schemas. Times are typed as local times of the event's
// zone (`<input type="datetime-local">`); the service turns them into UTC instants.

/** The most speaker rows a form may send (speaker_name_1 … speaker_name_20). */
export const MAX_SPEAKER_ROWS = 20;

const dateTimeFields = new Set([
  'starts_at',
  'ends_at',
  'registration_opens_at',
  'registration_closes_at',
  'cancellation_closes_at',
  'sessions_close_at',
]);

const dateTime = (required: boolean) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null)
    .superRefine((v, ctx) => {
      if (v == null) {
        if (required) ctx.addIssue({ code: 'custom', message: 'required' });
      } else if (!isLocalDateTime(v)) ctx.addIssue({ code: 'custom', message: 'invalid' });
    });

const optionalCapacity = () =>
  z
    .union([z.literal(''), fields.int(0, 1_000_000)], { error: 'number' })
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v));

function localizedShape(prefix: string, titleMax = 200) {
  const shape: Record<string, z.ZodType<string | null, unknown>> = {};
  for (const l of locales) {
    shape[`${prefix}title_${l}`] = fields.optionalText(titleMax);
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

const raw = (body: unknown, name: string) => {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
};

/** parseInput plus the rules across fields, so every error of a form is shown at once. */
function parseWithChecks<S extends z.ZodType>(
  schema: S,
  body: unknown,
  locale: Locale,
  prefix: string,
  pairs: [string, string][],
): Parsed<z.output<S>> {
  const parsed = parseInput(schema, body);
  const errors: FieldErrors = {};
  // The platform knows no date-time error of its own: a bad date-time reads "like 2026-05-20 10:00".
  for (const [name, key] of Object.entries(parsed.ok ? {} : parsed.errors))
    errors[name] = dateTimeFields.has(name) && key === 'invalid' ? 'dateTime' : key;
  if (!locales.some((l) => raw(body, `${prefix}title_${l}`)))
    errors[`${prefix}title_${locale}`] ??= 'required';
  for (const [start, end] of pairs) {
    const a = raw(body, start);
    const b = raw(body, end);
    // Local times of one zone compare as text.
    if (isLocalDateTime(a) && isLocalDateTime(b) && b.replace(' ', 'T') < a.replace(' ', 'T'))
      errors[end] ??= 'dateOrder';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return parsed;
}

const eventSchema = z.object({
  ...localizedShape(''),
  kind: fields.choice(eventKinds),
  series_id: fields.optionalId(),
  series_number: optionalCapacity(),
  starts_at: dateTime(true),
  ends_at: dateTime(true),
  time_zone: fields.choice(eventTimeZones),
  place: fields.optionalText(200),
  address: fields.optionalText(500),
  video_url: fields.url(),
  language: fields.choice(eventLanguages),
  capacity: optionalCapacity(),
  registration_opens_at: dateTime(false),
  registration_closes_at: dateTime(false),
  cancellation_closes_at: dateTime(false),
  sessions_close_at: dateTime(false),
});

/** The new/edit event form. */
export function parseEventForm(body: unknown, locale: Locale): Parsed<EventUpdate> {
  const parsed = parseWithChecks(eventSchema, body, locale, '', [
    ['starts_at', 'ends_at'],
    ['registration_opens_at', 'registration_closes_at'],
  ]);
  if (!parsed.ok) return parsed;
  const d = parsed.data;
  return {
    ok: true,
    data: {
      kind: d.kind,
      seriesId: d.series_id,
      seriesNumber: d.series_id == null ? null : d.series_number,
      title: readLocalized(d, 'title'),
      description: readLocalized(d, 'description'),
      startsAt: d.starts_at!,
      endsAt: d.ends_at!,
      timeZone: d.time_zone,
      place: d.place ?? '',
      address: d.address ?? '',
      videoUrl: d.video_url,
      language: d.language,
      capacity: d.capacity,
      registrationOpensAt: d.registration_opens_at,
      registrationClosesAt: d.registration_closes_at,
      cancellationClosesAt: d.cancellation_closes_at,
      sessionsCloseAt: d.sessions_close_at,
    },
  };
}

const seriesSchema = z.object(localizedShape('series_'));

/** The new-series form: a title in one language or more. */
export function parseSeriesForm(body: unknown, locale: Locale): Parsed<{ title: LocalizedText }> {
  const parsed = parseWithChecks(seriesSchema, body, locale, 'series_', []);
  if (!parsed.ok) return parsed;
  return { ok: true, data: { title: readLocalized(parsed.data, 'series_title') } };
}

const speakerShape: Record<string, z.ZodType<string | null, unknown>> = {};
for (let n = 1; n <= MAX_SPEAKER_ROWS; n++) {
  speakerShape[`speaker_name_${n}`] = fields.optionalText(200);
  speakerShape[`speaker_organisation_${n}`] = fields.optionalText(200);
}

const agendaSchema = z.object({
  ...localizedShape('', 300),
  ...speakerShape,
  kind: fields.choice(agendaKinds),
  starts_at: dateTime(true),
  ends_at: dateTime(true),
  room: fields.optionalText(200),
  track: fields.optionalText(200),
  language: z
    .union([z.literal(''), fields.choice(eventLanguages)], { error: 'choice' })
    .optional()
    .transform((v) => v || null),
  capacity: optionalCapacity(),
});

/** A speaker row with an organisation but no name: the name is missing (checked on the raw form). */
function speakerErrors(body: unknown): FieldErrors {
  const errors: FieldErrors = {};
  for (let n = 1; n <= MAX_SPEAKER_ROWS; n++)
    if (!raw(body, `speaker_name_${n}`) && raw(body, `speaker_organisation_${n}`))
      errors[`speaker_name_${n}`] = 'required';
  return errors;
}

/** The add/edit agenda item form: times, texts, place and speakers (a name, and an organisation). */
export function parseAgendaForm(body: unknown, locale: Locale): Parsed<AgendaItemInput> {
  const parsed = parseWithChecks(agendaSchema, body, locale, '', [['starts_at', 'ends_at']]);
  const errors = { ...speakerErrors(body), ...(parsed.ok ? {} : parsed.errors) };
  if (!parsed.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  const d = parsed.data as z.output<typeof agendaSchema> & Record<string, string | null>;
  const speakers: SpeakerInput[] = [];
  for (let n = 1; n <= MAX_SPEAKER_ROWS; n++) {
    const name = d[`speaker_name_${n}`];
    if (name) speakers.push({ name, organisation: d[`speaker_organisation_${n}`] ?? '' });
  }
  return {
    ok: true,
    data: {
      kind: d.kind,
      startsAt: d.starts_at!,
      endsAt: d.ends_at!,
      title: readLocalized(d, 'title'),
      description: readLocalized(d, 'description'),
      room: d.room ?? '',
      track: d.track ?? '',
      language: d.language,
      capacity: d.kind === 'session' ? d.capacity : null,
      speakers,
    },
  };
}
