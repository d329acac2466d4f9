import { audit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import { inTransaction, isConstraintViolation, type Executor } from '../../platform/db/database';
import { findEvent } from '../gatherings/index';
import { listParticipants } from '../programmes/index';
import * as q from './case-queries';
import type { CaseRow } from './case-queries';

/** A rule of the cases module broken by input that passed the form's validation; `field` says where. */
export class CaseError extends Error {
  constructor(
    public code: 'duplicate' | 'participant' | 'event',
    public field = '_form',
  ) {
    super(code);
    this.name = 'CaseError';
  }

  /** What the error page reads if one escapes a route's handling: a 4xx, never 500. */
  get statusCode(): number {
    return this.code === 'duplicate' ? 409 : 400;
  }
}

/** What a case says about itself; every text but the title may be left empty. */
export interface CaseInput {
  title: string;
  goal?: string | null;
  challenges?: string | null;
  regionRole?: string | null;
  stakeholders?: string | null;
  question?: string | null;
  themes?: string[];
}

/** A case as the rest of the app sees it: names in camelCase, themes parsed. */
export interface Case {
  id: number;
  programmeId: number;
  participantId: number;
  title: string;
  goal: string;
  challenges: string;
  regionRole: string;
  stakeholders: string;
  question: string;
  themes: string[];
  createdAt: string;
  updatedAt: string;
}

/** A case of a programme with its organisation, for lists and for forming coaching groups. */
export interface ProgrammeCase extends Case {
  organisationId: number | null;
  organisationName: string;
  /** The county a municipality lies in (the organisation's parent), to mix regions. */
  regionId: number | null;
}

/** Reads the stored JSON array of themes; anything broken reads as none. */
export function parseThemes(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/** "housing, Transport ,housing" → ["housing", "Transport"]: trimmed, without repeats, at most 20. */
export function splitThemes(text: string | null | undefined): string[] {
  const seen = new Map<string, string>();
  for (const raw of (text ?? '').split(',')) {
    const theme = raw.trim().slice(0, 60);
    if (theme && !seen.has(theme.toLowerCase())) seen.set(theme.toLowerCase(), theme);
  }
  return [...seen.values()].slice(0, 20);
}

export const toCase = (row: CaseRow): Case => ({
  id: row.id,
  programmeId: row.programme_id,
  participantId: row.participant_id,
  title: row.title,
  goal: row.goal,
  challenges: row.challenges,
  regionRole: row.region_role,
  stakeholders: row.stakeholders,
  question: row.question,
  themes: parseThemes(row.themes),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

function values(input: CaseInput): q.CaseValues {
  return {
    title: input.title.trim(),
    goal: input.goal?.trim() ?? '',
    challenges: input.challenges?.trim() ?? '',
    region_role: input.regionRole?.trim() ?? '',
    stakeholders: input.stakeholders?.trim() ?? '',
    question: input.question?.trim() ?? '',
    themes: JSON.stringify(splitThemes((input.themes ?? []).join(','))),
  };
}

/** Creates the case of a participant of the programme; one per participant. `now` dates it. */
export function createCase(
  db: Executor,
  input: CaseInput & { programmeId: number; participantId: number },
  actorUserId: number | null,
  now: Date = new Date(),
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const participants = await listParticipants(tx, input.programmeId);
    if (!participants.some((p) => p.id === input.participantId))
      throw new CaseError('participant', 'participantId');
    if (await q.findCaseOfParticipant(tx, input.participantId))
      throw new CaseError('duplicate', 'participantId');
    let id: number;
    try {
      id = await q.insertCase(
        tx,
        { ...values(input), programme_id: input.programmeId, participant_id: input.participantId },
        now.toISOString(),
      );
    } catch (error) {
      // Two people creating the same participant's case at once: the unique index decides.
      if (isConstraintViolation(error)) throw new CaseError('duplicate', 'participantId');
      throw error;
    }
    await audit(tx, {
      actorUserId,
      action: 'case.create',
      subjectType: 'case',
      subjectId: id,
      details: { programmeId: input.programmeId, participantId: input.participantId },
    });
    return id;
  });
}

/** Replaces what the case says about itself. */
export function updateCase(
  db: Executor,
  caseId: number,
  input: CaseInput,
  actorUserId: number | null,
): Promise<void> {
  return inTransaction(db, async (tx) => {
    await q.updateCase(tx, caseId, values(input), nowIso());
    await audit(tx, { actorUserId, action: 'case.update', subjectType: 'case', subjectId: caseId });
  });
}

/** Writes an entry in the case log, optionally tied to an event of the case's programme, dated `now`. */
export function addCaseLogEntry(
  db: Executor,
  input: { caseId: number; eventId?: number | null; body: string },
  actorUserId: number | null,
  now: Date = new Date(),
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const row = await q.findCase(tx, input.caseId);
    if (!row) throw new CaseError('participant');
    const eventId = input.eventId ?? null;
    if (eventId != null) {
      const event = await findEvent(tx, eventId);
      if (!event || event.programme_id !== row.programme_id) throw new CaseError('event', 'eventId');
    }
    const id = await q.insertLogEntry(
      tx,
      { case_id: row.id, event_id: eventId, author_user_id: actorUserId, body: input.body.trim() },
      now.toISOString(),
    );
    await audit(tx, {
      actorUserId,
      action: 'case.log',
      subjectType: 'case',
      subjectId: row.id,
      details: { entryId: id, eventId },
    });
    return id;
  });
}

/** The programme's cases with their organisations, by organisation name. */
export async function listProgrammeCases(db: Executor, programmeId: number): Promise<ProgrammeCase[]> {
  const [rows, participants] = await Promise.all([
    q.listCasesOfProgramme(db, programmeId),
    listParticipants(db, programmeId),
  ]);
  const byId = new Map(participants.map((p) => [p.id, p]));
  return rows
    .map((row) => {
      const organisation = byId.get(row.participant_id)?.organisation ?? null;
      return {
        ...toCase(row),
        organisationId: organisation?.id ?? null,
        organisationName: organisation?.name ?? '',
        regionId: organisation?.parentId ?? null,
      };
    })
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nb'));
}

/** One case as the rest of the app sees it, or undefined. */
export async function getCase(db: Executor, caseId: number): Promise<Case | undefined> {
  const row = await q.findCase(db, caseId);
  return row ? toCase(row) : undefined;
}
