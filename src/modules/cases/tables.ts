import type { Generated } from 'kysely';

/** Texts in several languages are JSON objects such as {"nb": "…", "en": "…"} (LocalizedText). */
type LocalizedJson = string;

/**
 * A participant's case in a learning project (seed 001's homework before WS2): what it wants to
 * achieve, its challenges, the region's role, the other stakeholders, and the question it wants help
 * with. One per participant of a programme.
 */
export interface CaseTable {
  id: Generated<number>;
  programme_id: number;
  participant_id: number;
  title: string;
  goal: string;
  challenges: string;
  region_role: string;
  stakeholders: string;
  question: string;
  /** JSON array of theme words, used to mix themes when forming coaching groups. */
  themes: string;
  created_at: string;
  updated_at: string;
}

/** The case log: what happened to the case, from workshop to workshop. */
export interface CaseLogTable {
  id: Generated<number>;
  case_id: number;
  event_id: number | null;
  author_user_id: number | null;
  body: string;
  created_at: string;
}

/** Homework to hand in before a workshop (`event_id`). */
export interface HomeworkTable {
  id: Generated<number>;
  event_id: number;
  title: LocalizedJson;
  instructions: LocalizedJson;
  due_at: string;
  /** Set by the reminder job when it has queued the reminders, so they go out once. */
  reminder_sent_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One case's hand-in of one homework; handing in again replaces the text. */
export interface HomeworkSubmissionTable {
  id: Generated<number>;
  homework_id: number;
  case_id: number;
  body: string;
  submitted_by: number | null;
  submitted_at: string;
  updated_at: string;
}

/** A file handed in with a submission, kept in the database so every instance can serve it. */
export interface SubmissionFileTable {
  id: Generated<number>;
  submission_id: number;
  filename: string;
  content_type: string;
  size: number;
  data: Buffer;
  created_at: string;
}

/** A coaching group of 2–3 cases at one workshop (seed 001's "WS casen"). */
export interface CoachingGroupTable {
  id: Generated<number>;
  event_id: number;
  number: number;
  created_at: string;
}

/** A case in a coaching group; a case is in at most one group per event. */
export interface CoachingGroupMemberTable {
  group_id: number;
  case_id: number;
  event_id: number;
}

/** The group's A3: the shared critical questions its cases raised. */
export interface GroupSummaryTable {
  group_id: number;
  body: string;
  updated_by: number | null;
  updated_at: string;
}

declare module '../../platform/db/schema' {
  interface Schema {
    cases: CaseTable;
    case_log: CaseLogTable;
    homework: HomeworkTable;
    homework_submissions: HomeworkSubmissionTable;
    submission_files: SubmissionFileTable;
    coaching_groups: CoachingGroupTable;
    coaching_group_members: CoachingGroupMemberTable;
    group_summaries: GroupSummaryTable;
  }
}
