import type { Executor } from '../../platform/db/database';
import type { LocalizedText } from '../../platform/i18n/index';
import * as fq from './follow-up-queries';
import type { Participant, Phase, Programme, Step } from './model';
import { getProgrammeStructure, listParticipants } from './reads';
import type { OutcomeResult, StepStatus } from './tables';

// Read models for the follow-up pages: plain data the views render, built from a fixed number of
// queries per page.

export interface NoteView {
  id: number;
  noteDate: string;
  body: string;
  createdAt: string;
}

export interface FeedbackView {
  id: number;
  body: string;
  fromCentre: boolean;
  createdAt: string;
}

/** A piece of the centre's feedback with everything said after it in reply, oldest first. */
export interface FeedbackThread {
  root: FeedbackView;
  replies: FeedbackView[];
  /** The centre spoke last: the participant has not answered yet. */
  unanswered: boolean;
}

export interface StepFollowUp {
  step: Step;
  phaseTitle: LocalizedText;
  status: StepStatus;
  statusUpdatedAt: string | null;
  notes: NoteView[];
  threads: FeedbackThread[];
}

export interface PhaseFollowUp {
  id: number;
  title: LocalizedText;
  steps: StepFollowUp[];
}

export interface ActivityView {
  id: number;
  title: string;
  startsOn: string | null;
  endsOn: string | null;
  responsible: string | null;
  stakeholderGroups: string[];
  planningLink: string | null;
}

export interface OutcomeView {
  result: OutcomeResult;
  reasons: string;
  decidedAt: string;
}

export interface NextSteps {
  /** The first step, in programme order, that is not done; null when all are. */
  step: StepFollowUp | null;
  unanswered: { step: StepFollowUp; thread: FeedbackThread }[];
}

export interface ParticipantFollowUp {
  programme: Programme;
  participant: Participant;
  phases: PhaseFollowUp[];
  activities: ActivityView[];
  outcome: OutcomeView | null;
  next: NextSteps;
}

const toFeedback = (row: fq.FeedbackRow): FeedbackView => ({
  id: row.id,
  body: row.body,
  fromCentre: row.from_centre === 1,
  createdAt: row.created_at,
});

/** Groups one step's messages into threads, each under the message that started it. */
export function buildThreads(rows: fq.FeedbackRow[]): FeedbackThread[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const rootOf = (row: fq.FeedbackRow) => {
    let current = row;
    const seen = new Set<number>();
    while (current.reply_to_id != null && byId.has(current.reply_to_id) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.reply_to_id)!;
    }
    return current;
  };
  const threads = new Map<number, FeedbackThread>();
  const sorted = [...rows].sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
  for (const row of sorted) {
    const root = rootOf(row);
    const thread = threads.get(root.id) ?? { root: toFeedback(root), replies: [], unanswered: false };
    if (row.id !== root.id) thread.replies.push(toFeedback(row));
    threads.set(root.id, thread);
  }
  for (const thread of threads.values()) {
    const last = thread.replies.at(-1) ?? thread.root;
    thread.unanswered = last.fromCentre;
  }
  return [...threads.values()];
}

/** Each phase's steps with this participant's status, notes and feedback threads. */
export function buildPhases(
  structure: Phase[],
  participantId: number,
  rows: { progress: fq.ProgressRow[]; notes: fq.NoteRow[]; feedback: fq.FeedbackRow[] },
): PhaseFollowUp[] {
  const mine = <T extends { participant_id: number }>(list: T[]) =>
    list.filter((r) => r.participant_id === participantId);
  const progress = new Map(mine(rows.progress).map((p) => [p.step_id, p]));
  const notes = mine(rows.notes);
  const feedback = mine(rows.feedback);
  return structure.map((phase) => ({
    id: phase.id,
    title: phase.title,
    steps: phase.steps.map((step) => ({
      step,
      phaseTitle: phase.title,
      status: progress.get(step.id)?.status ?? 'not_started',
      statusUpdatedAt: progress.get(step.id)?.updated_at ?? null,
      notes: notes
        .filter((n) => n.step_id === step.id)
        .map((n) => ({ id: n.id, noteDate: n.note_date, body: n.body, createdAt: n.created_at })),
      threads: buildThreads(feedback.filter((f) => f.step_id === step.id)),
    })),
  }));
}

/** What the participant should do next: the first unfinished step, and feedback waiting for an answer. */
export function nextSteps(phases: PhaseFollowUp[]): NextSteps {
  const steps = phases.flatMap((p) => p.steps);
  return {
    step: steps.find((s) => s.status !== 'done') ?? null,
    unanswered: steps.flatMap((step) =>
      step.threads.filter((t) => t.unanswered && t.root.fromCentre).map((thread) => ({ step, thread })),
    ),
  };
}

export const toActivity = (row: fq.ActivityRow): ActivityView => ({
  id: row.id,
  title: row.title,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  responsible: row.responsible,
  stakeholderGroups: parseGroups(row.stakeholder_groups),
  planningLink: row.planning_link,
});

function parseGroups(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Everything the participant's follow-up page shows; undefined when the participant is not in the programme. */
export async function loadParticipantFollowUp(
  db: Executor,
  programme: Programme,
  participantId: number,
): Promise<ParticipantFollowUp | undefined> {
  const participant = (await listParticipants(db, programme.id)).find((p) => p.id === participantId);
  if (!participant) return undefined;
  const ids = [participantId];
  const [structure, progress, notes, feedback, activities, outcome] = await Promise.all([
    getProgrammeStructure(db, programme.id),
    fq.listProgress(db, ids),
    fq.listNotes(db, ids),
    fq.listFeedback(db, ids),
    fq.listActivities(db, ids),
    fq.findOutcome(db, participantId),
  ]);
  const phases = buildPhases(structure, participantId, { progress, notes, feedback });
  return {
    programme,
    participant,
    phases,
    activities: activities.map(toActivity),
    outcome: outcome
      ? { result: outcome.result, reasons: outcome.reasons, decidedAt: outcome.decided_at }
      : null,
    next: nextSteps(phases),
  };
}

/** One step of the participant's follow-up, for the step page. */
export function findStepFollowUp(data: ParticipantFollowUp, stepId: number): StepFollowUp | undefined {
  return data.phases.flatMap((p) => p.steps).find((s) => s.step.id === stepId);
}

/** One activity of the plan, for its edit page. */
export async function findActivityOf(db: Executor, participantId: number, activityId: number) {
  const row = await fq.findActivity(db, activityId);
  return row && row.participant_id === participantId ? toActivity(row) : undefined;
}
