import type { Generated } from 'kysely';

export const visibilities = ['public', 'members'] as const;
export type Visibility = (typeof visibilities)[number];
export const contactRoles = [
  'project_leader',
  'process_leader',
  'mayor',
  'chief_executive',
  'partner',
] as const;
export type ContactRole = (typeof contactRoles)[number];
export const stepStatuses = ['not_started', 'in_progress', 'done'] as const;
export type StepStatus = (typeof stepStatuses)[number];
export const outcomeResults = ['reached', 'partly', 'not_reached'] as const;
export type OutcomeResult = (typeof outcomeResults)[number];
export const nominationStatuses = ['nominated', 'accepted', 'declined'] as const;
export type NominationStatus = (typeof nominationStatuses)[number];

/** Texts in several languages are JSON objects such as {"nb": "…", "en": "…"} (LocalizedText). */
type LocalizedJson = string;

export interface ProgrammeTable {
  id: Generated<number>;
  slug: string;
  title: LocalizedJson;
  description: LocalizedJson;
  owner_organisation_id: number | null;
  starts_on: string | null;
  ends_on: string | null;
  visibility: Visibility;
  created_at: string;
  updated_at: string;
}

export interface PhaseTable {
  id: Generated<number>;
  programme_id: number;
  position: number;
  title: LocalizedJson;
  description: LocalizedJson;
}

export interface StepTable {
  id: Generated<number>;
  phase_id: number;
  position: number;
  title: LocalizedJson;
  description: LocalizedJson;
}

/** A participant is an organisation (municipality, city region or county) taking part in a programme. */
export interface ParticipantTable {
  id: Generated<number>;
  programme_id: number;
  organisation_id: number;
  joined_on: string | null;
  created_at: string;
}

export interface ParticipantContactTable {
  participant_id: number;
  person_id: number;
  role: ContactRole;
}

/** An advisor (veileder) on the programme's team; `participant_id` set when they guide one participant. */
export interface AdvisorTable {
  id: Generated<number>;
  programme_id: number;
  person_id: number;
  organisation_id: number | null;
  participant_id: number | null;
}

/**
 * A nomination to the reference group. An operator's names a registry person; a participant's keeps
 * the nominee as typed (`nominee_*`) with no person until an operator accepts it and links or
 * creates one (migration 20261124-05).
 */
export interface NominationTable {
  id: Generated<number>;
  programme_id: number;
  person_id: number | null;
  nominated_by_participant_id: number | null;
  motivation: string | null;
  status: NominationStatus;
  created_at: string;
  decided_at: string | null;
  decided_by_user_id: number | null;
  nominee_name: string | null;
  nominee_email: string | null;
  nominee_title: string | null;
  nominee_organisation: string | null;
}

export interface StepProgressTable {
  participant_id: number;
  step_id: number;
  status: StepStatus;
  updated_at: string;
  updated_by_user_id: number | null;
}

export interface StepNoteTable {
  id: Generated<number>;
  participant_id: number;
  step_id: number;
  note_date: string;
  body: string;
  author_user_id: number | null;
  created_at: string;
}

/** The centre's feedback on a step, and the participant's answers to it (reply_to_id set). */
export interface FeedbackTable {
  id: Generated<number>;
  participant_id: number;
  step_id: number;
  author_user_id: number | null;
  from_centre: number;
  body: string;
  reply_to_id: number | null;
  created_at: string;
}

export interface PlanActivityTable {
  id: Generated<number>;
  participant_id: number;
  title: string;
  starts_on: string | null;
  ends_on: string | null;
  responsible: string | null;
  /** JSON array of stakeholder groups: business, education, public, county, voluntary, residents… */
  stakeholder_groups: string;
  /** How the activity ties into formal planning (kommuneplan, planstrategi…). */
  planning_link: string | null;
  created_at: string;
  updated_at: string;
}

export interface OutcomeTable {
  participant_id: number;
  result: OutcomeResult;
  reasons: string;
  decided_at: string;
  author_user_id: number | null;
}

/** When a person last looked at a programme's overview, to show what changed since. */
export interface ProgrammeVisitTable {
  user_id: number;
  programme_id: number;
  visited_at: string;
}

declare module '../../platform/db/schema' {
  interface Schema {
    programmes: ProgrammeTable;
    programme_phases: PhaseTable;
    programme_steps: StepTable;
    programme_participants: ParticipantTable;
    participant_contacts: ParticipantContactTable;
    programme_advisors: AdvisorTable;
    reference_group_nominations: NominationTable;
    step_progress: StepProgressTable;
    step_notes: StepNoteTable;
    step_feedback: FeedbackTable;
    plan_activities: PlanActivityTable;
    participant_outcomes: OutcomeTable;
    programme_visits: ProgrammeVisitTable;
  }
}
