import { nowIso } from '../../platform/db/columns';
import type { LocalizedText } from '../../platform/i18n/index';
import type { Organisation, Person } from '../network/index';
import type { ContactRole, NominationStatus, Visibility } from './tables';

/** A programme as the rest of the app sees it: texts parsed, names in camelCase. */
export interface Programme {
  id: number;
  slug: string;
  title: LocalizedText;
  description: LocalizedText;
  ownerOrganisationId: number | null;
  startsOn: string | null;
  endsOn: string | null;
  visibility: Visibility;
  createdAt: string;
  updatedAt: string;
}

export interface ProgrammeSummary extends Programme {
  participantCount: number;
}

export interface Step {
  id: number;
  phaseId: number;
  position: number;
  title: LocalizedText;
  description: LocalizedText;
}

export interface Phase {
  id: number;
  programmeId: number;
  position: number;
  title: LocalizedText;
  description: LocalizedText;
  /** In their order within the phase. */
  steps: Step[];
}

export interface Contact {
  person: Person;
  role: ContactRole;
}

export interface Participant {
  id: number;
  programmeId: number;
  organisationId: number;
  organisation: Organisation | null;
  joinedOn: string | null;
  contacts: Contact[];
}

export interface Advisor {
  id: number;
  person: Person | null;
  organisation: Organisation | null;
  /** Set when the advisor guides one participant rather than the whole programme. */
  participantId: number | null;
}

/** A nominee as a participant typed them; an operator links a registry person on accepting. */
export interface NomineeDetails {
  name: string;
  email: string | null;
  title: string | null;
  organisation: string | null;
}

export interface Nomination {
  id: number;
  /** The registry person; null while a participant's nomination waits for an operator. */
  person: Person | null;
  /** What the nominating participant typed, if it was a participant. */
  nominee: NomineeDetails | null;
  /** The person's name, else the typed one. */
  name: string;
  title: string | null;
  nominatedByParticipantId: number | null;
  motivation: string | null;
  status: NominationStatus;
  createdAt: string;
  decidedAt: string | null;
}

export interface ProgrammeInput {
  slug?: string;
  title: LocalizedText;
  description?: LocalizedText;
  ownerOrganisationId?: number | null;
  startsOn?: string | null;
  endsOn?: string | null;
  visibility: Visibility;
}

export interface TextInput {
  title: LocalizedText;
  description?: LocalizedText;
}

/**
 * A rule of the domain was broken by input that passed the form's validation (a duplicate
 * participant, an organisation of the wrong kind, deleting a step whose follow-up was not confirmed
 * lost). Routes show it next to the form; `field` says where.
 */
export class ProgrammeError extends Error {
  constructor(
    public code:
      | 'notFound'
      | 'invalid'
      | 'slugTaken'
      | 'duplicateParticipant'
      | 'wrongOrganisationKind'
      | 'duplicateContact'
      | 'duplicateAdvisor'
      | 'duplicateNomination'
      | 'alreadyDecided'
      | 'hasFollowUp',
    public field = '_form',
  ) {
    super(code);
  }
}

/**
 * True for a unique (or primary key) violation on either database, and not for a foreign key: two
 * requests at once that both passed a service's check, where the index decides.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * When a change happened: now, or `at` (an ISO timestamp, not in the future) for history written
 * down afterwards, as the demo loader does for 2014 and 2020–2022. Forms never send `at`. Stored
 * in UTC like nowIso(), so the overview's "changed since" comparisons of text stay right.
 */
export function happenedAt(at: string | null | undefined): string {
  if (at == null) return nowIso();
  const time = Date.parse(at);
  if (!TIMESTAMP.test(at) || Number.isNaN(time) || time > Date.now())
    throw new ProgrammeError('invalid', 'at');
  return new Date(time).toISOString();
}

// Every page view reads the same stored texts again (the titles of programmes, phases and steps):
// each distinct one is parsed once. Frozen, as all readers share the object.
const parsedTexts = new Map<string, LocalizedText>();
const MAX_PARSED_TEXTS = 500;

/** Reads a stored localized JSON text; a broken value reads as empty rather than failing the page. */
export function parseLocalized(json: string | null | undefined): LocalizedText {
  if (!json) return {};
  let text = parsedTexts.get(json);
  if (!text) {
    text = Object.freeze(parseLocalizedText(json));
    if (parsedTexts.size >= MAX_PARSED_TEXTS) parsedTexts.delete(parsedTexts.keys().next().value as string);
    parsedTexts.set(json, text);
  }
  return text;
}

function parseLocalizedText(json: string): LocalizedText {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object') return {};
    const out: LocalizedText = {};
    for (const locale of ['nb', 'sv', 'en'] as const) {
      const text = (value as Record<string, unknown>)[locale];
      if (typeof text === 'string' && text.trim()) out[locale] = text;
    }
    return out;
  } catch {
    return {};
  }
}

/** Keeps only non-empty, trimmed texts, so `{}` means "no text" everywhere. */
export function cleanLocalized(text: LocalizedText | undefined): LocalizedText {
  const out: LocalizedText = {};
  for (const locale of ['nb', 'sv', 'en'] as const) {
    const value = text?.[locale]?.trim();
    if (value) out[locale] = value;
  }
  return out;
}

export function hasText(text: LocalizedText) {
  return Object.keys(text).length > 0;
}

type ProgrammeRecord = {
  id: number;
  slug: string;
  title: string;
  description: string;
  owner_organisation_id: number | null;
  starts_on: string | null;
  ends_on: string | null;
  visibility: Visibility;
  created_at: string;
  updated_at: string;
};

export function toProgramme(row: ProgrammeRecord): Programme {
  return {
    id: row.id,
    slug: row.slug,
    title: parseLocalized(row.title),
    description: parseLocalized(row.description),
    ownerOrganisationId: row.owner_organisation_id,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    visibility: row.visibility,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
