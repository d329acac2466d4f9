import type { Executor } from '../../platform/db/database';
import type { LocalizedText } from '../../platform/i18n/index';
import { getOrganisationsByIds } from '../network/index';
import * as fq from './follow-up-queries';
import { buildPhases } from './follow-up-read';
import type { Participant, Phase, Programme } from './model';
import type { ProgrammeAccess } from './permissions';
import { getProgrammeStructure, listParticipants } from './reads';
import type { OutcomeResult, StepStatus } from './tables';

export interface OverviewFilters {
  county: number | null;
  kind: string | null;
  phase: number | null;
  status: StepStatus | null;
}

export type ChangeKind = 'progress' | 'note' | 'feedback' | 'answer' | 'plan' | 'outcome';

/** Something someone else did for a participant, newest first in lists. */
export interface Change {
  kind: ChangeKind;
  at: string;
  participantId: number;
  participantName: string;
  stepId: number | null;
  stepTitle: LocalizedText | null;
  status: StepStatus | null;
}

export interface OverviewCell {
  stepId: number;
  status: StepStatus;
  isNew: boolean;
  unanswered: boolean;
}

export interface OverviewRow {
  participantId: number;
  name: string;
  kind: string;
  countyName: string | null;
  cells: OverviewCell[];
  /** The process plan or outcome changed since the last visit. */
  planNew: boolean;
  outcome: OutcomeResult | null;
}

export interface Overview {
  programme: Programme;
  phases: Phase[];
  /** The phases whose steps are columns, after the phase filter. */
  columns: Phase[];
  rows: OverviewRow[];
  totalParticipants: number;
  counts: Map<number, Record<StepStatus, number>>;
  counties: { id: number; name: string }[];
  kinds: string[];
  changes: Change[];
  /** The baseline "new" is measured from; null on a first visit, when everything counts as new. */
  since: string | null;
}

export interface FollowUpRows {
  progress: fq.ProgressRow[];
  notes: fq.NoteRow[];
  feedback: fq.FeedbackRow[];
  activities: fq.ActivityRow[];
  outcomes: fq.OutcomeRow[];
}

/** The follow-up of these participants, in five queries however many they are. */
export async function loadRows(db: Executor, participantIds: number[]): Promise<FollowUpRows> {
  const [progress, notes, feedback, activities, outcomes] = await Promise.all([
    fq.listProgress(db, participantIds),
    fq.listNotes(db, participantIds),
    fq.listFeedback(db, participantIds),
    fq.listActivities(db, participantIds),
    fq.listOutcomes(db, participantIds),
  ]);
  return { progress, notes, feedback, activities, outcomes };
}

/** Only the rows of these participants. */
export function rowsOf(rows: FollowUpRows, participantIds: number[]): FollowUpRows {
  const ids = new Set(participantIds);
  const mine = <T extends { participant_id: number }>(list: T[]) =>
    list.filter((r) => ids.has(r.participant_id));
  return {
    progress: mine(rows.progress),
    notes: mine(rows.notes),
    feedback: mine(rows.feedback),
    activities: mine(rows.activities),
    outcomes: mine(rows.outcomes),
  };
}

/** What others changed after `since` (everything when null) for the named participants; one's own changes are never news. */
export function collectChanges(
  names: Map<number, string>,
  structure: Phase[],
  all: FollowUpRows,
  since: string | null,
  userId: number,
): Change[] {
  const rows = rowsOf(all, [...names.keys()]);
  const steps = new Map(structure.flatMap((phase) => phase.steps.map((s) => [s.id, s.title] as const)));
  const fresh = (at: string, author: number | null) => (since == null || at > since) && author !== userId;
  const change = (
    kind: ChangeKind,
    at: string,
    participantId: number,
    stepId: number | null,
    status: StepStatus | null = null,
  ) => ({
    kind,
    at,
    participantId,
    participantName: names.get(participantId) ?? '',
    stepId,
    stepTitle: stepId != null ? (steps.get(stepId) ?? null) : null,
    status,
  });
  const changes: Change[] = [
    ...rows.progress
      .filter((p) => fresh(p.updated_at, p.updated_by_user_id))
      .map((p) => change('progress', p.updated_at, p.participant_id, p.step_id, p.status)),
    ...rows.notes
      .filter((n) => fresh(n.created_at, n.author_user_id))
      .map((n) => change('note', n.created_at, n.participant_id, n.step_id)),
    ...rows.feedback
      .filter((f) => fresh(f.created_at, f.author_user_id))
      .map((f) =>
        change(f.from_centre === 1 ? 'feedback' : 'answer', f.created_at, f.participant_id, f.step_id),
      ),
    // Plan activities do not record their author, so an edit counts as news even for its author.
    ...rows.activities
      .filter((a) => fresh(a.updated_at, null))
      .map((a) => change('plan', a.updated_at, a.participant_id, null)),
    ...rows.outcomes
      .filter((o) => fresh(o.decided_at, o.author_user_id))
      .map((o) => change('outcome', o.decided_at, o.participant_id, null)),
  ];
  return changes.sort((a, b) => b.at.localeCompare(a.at));
}

/** The county a participant lies in: itself for a county, else its parent organisation. */
async function countiesOf(db: Executor, participants: Participant[]) {
  const parentIds = participants.flatMap((p) =>
    p.organisation && p.organisation.kind !== 'county' && p.organisation.parentId != null
      ? [p.organisation.parentId]
      : [],
  );
  const parents = new Map((await getOrganisationsByIds(db, [...new Set(parentIds)])).map((o) => [o.id, o]));
  const countyOf = new Map<number, { id: number; name: string } | null>();
  for (const p of participants) {
    const org = p.organisation;
    const county =
      org?.kind === 'county' ? org : org?.parentId != null ? parents.get(org.parentId) : undefined;
    countyOf.set(p.id, county ? { id: county.id, name: county.name } : null);
  }
  return countyOf;
}

/**
 * Participants × steps with status, what is new since `since`, and counts per step, after the
 * filters; only the participants `access` follows up (an advisor assigned to some sees those).
 */
export async function loadOverview(
  db: Executor,
  programme: Programme,
  access: ProgrammeAccess,
  filters: OverviewFilters,
  since: string | null,
  userId: number,
): Promise<Overview> {
  const [structure, everyone] = await Promise.all([
    getProgrammeStructure(db, programme.id),
    listParticipants(db, programme.id),
  ]);
  const followed = access.followUpParticipantIds;
  const participants = followed == null ? everyone : everyone.filter((p) => followed.includes(p.id));
  const [rows, countyOf] = await Promise.all([
    loadRows(
      db,
      participants.map((p) => p.id),
    ),
    countiesOf(db, participants),
  ]);
  const names = new Map(participants.map((p) => [p.id, p.organisation?.name ?? '']));
  const changes = collectChanges(names, structure, rows, since, userId);
  const columns = filters.phase != null ? structure.filter((p) => p.id === filters.phase) : structure;
  const stepIds = columns.flatMap((p) => p.steps.map((s) => s.id));
  const outcomes = new Map(rows.outcomes.map((o) => [o.participant_id, o.result]));

  const allRows: OverviewRow[] = participants.map((participant) => {
    const phases = buildPhases(columns, participant.id, rows);
    const mine = changes.filter((c) => c.participantId === participant.id);
    return {
      participantId: participant.id,
      name: participant.organisation?.name ?? '',
      kind: participant.organisation?.kind ?? 'other',
      countyName: countyOf.get(participant.id)?.name ?? null,
      cells: phases.flatMap((phase) =>
        phase.steps.map((s) => ({
          stepId: s.step.id,
          status: s.status,
          isNew: mine.some((c) => c.stepId === s.step.id),
          unanswered: s.threads.some((t) => t.unanswered && t.root.fromCentre),
        })),
      ),
      planNew: mine.some((c) => c.kind === 'plan' || c.kind === 'outcome'),
      outcome: outcomes.get(participant.id) ?? null,
    };
  });
  const shown = allRows.filter((row) => {
    const county = countyOf.get(row.participantId);
    if (filters.county != null && county?.id !== filters.county) return false;
    if (filters.kind != null && row.kind !== filters.kind) return false;
    if (filters.status != null && !row.cells.some((c) => c.status === filters.status)) return false;
    return true;
  });
  const counts = new Map(
    stepIds.map((id) => [id, { not_started: 0, in_progress: 0, done: 0 } as Record<StepStatus, number>]),
  );
  for (const row of shown) for (const cell of row.cells) counts.get(cell.stepId)![cell.status] += 1;

  const counties = new Map<number, string>();
  for (const c of countyOf.values()) if (c) counties.set(c.id, c.name);
  const shownIds = new Set(shown.map((r) => r.participantId));
  return {
    programme,
    phases: structure,
    columns,
    rows: shown,
    totalParticipants: participants.length,
    counts,
    counties: [...counties]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    kinds: [...new Set(allRows.map((r) => r.kind))].sort(),
    changes: changes.filter((c) => shownIds.has(c.participantId)),
    since,
  };
}
