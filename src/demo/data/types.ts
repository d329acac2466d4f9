import type { LocalizedText } from '../../platform/i18n/index';
import type { Role } from '../../platform/http/context';
import type { Country, OrganisationKind } from '../../modules/network/index';

// The demo data is plain data: every record refers to others by a `key` of its own, and the
// loaders turn keys into database ids as they go. Nothing here touches the database. Dates are days
// (YYYY-MM-DD); the loader records each status, note, feedback, answer, plan entry, outcome and
// nomination at its own date (see ../dates.ts), so the demo's history reads as it happened.

/** An organisation of the network registry. */
export interface DemoOrganisation {
  key: string;
  kind: OrganisationKind;
  name: string;
  country: Country;
  /** Official number (kommunenummer, fylkesnummer, kommunkod, länskod), as of 2025; a dissolved county its last. */
  number?: string;
  /** Key of the county a municipality lies in (during the demo programmes' period). */
  parent?: string;
  website?: string;
  /** For a city region: the keys of its member municipalities. */
  members?: string[];
}

/** A fictional person (contact, advisor or account holder). */
export interface DemoPerson {
  key: string;
  name: string;
  email: string;
  title?: string;
  organisations: { organisation: string; role?: string }[];
}

export type DemoContactRole = 'project_leader' | 'process_leader' | 'mayor' | 'chief_executive' | 'partner';
export type DemoStepStatus = 'not_started' | 'in_progress' | 'done';
export type DemoOutcomeResult = 'reached' | 'partly' | 'not_reached';

export interface DemoStep {
  key: string;
  title: LocalizedText;
  description?: LocalizedText;
}

export interface DemoPhase {
  title: LocalizedText;
  description?: LocalizedText;
  steps: DemoStep[];
}

/** One change of a step's status, in date order; the note is kept as a dated note on the step. */
export interface DemoStepUpdate {
  step: string;
  status: DemoStepStatus;
  date: string;
  note?: string;
}

/** The centre's feedback on a step, given on `date`, and the participant's answers to it, in order. */
export interface DemoFeedback {
  step: string;
  date: string;
  body: string;
  replies?: { date: string; body: string }[];
}

/** An activity of a participant's process plan. */
export interface DemoPlanActivity {
  title: string;
  startsOn?: string;
  endsOn?: string;
  responsible?: string;
  /** business, education, public, county, voluntary, residents. */
  stakeholderGroups: string[];
  planningLink?: string;
  /** When it was written into the plan; two weeks before it starts unless given. */
  recordedOn?: string;
}

export interface DemoParticipant {
  organisation: string;
  /** When the participant joined, if known. */
  joinedOn?: string;
  /** E-mail of the demo account that writes the centre's feedback here, if not the programme's. */
  feedbackBy?: string;
  contacts: { person: string; role: DemoContactRole }[];
  updates: DemoStepUpdate[];
  feedback: DemoFeedback[];
  plan: DemoPlanActivity[];
  /** The desired result, as assessed on `date`. */
  outcome?: { result: DemoOutcomeResult; reasons: string; date: string };
}

export interface DemoAdvisor {
  person: string;
  organisation?: string;
  /** Key of the participant's organisation, when the advisor guides that participant. */
  participant?: string;
}

export interface DemoNomination {
  person: string;
  /** Key of the nominating participant's organisation. */
  participant?: string;
  motivation?: string;
  /** When the participant nominated the person. */
  date: string;
  decision?: 'accepted' | 'declined';
  decidedOn?: string;
}

export interface DemoProgramme {
  slug: string;
  title: LocalizedText;
  description: LocalizedText;
  owner: string;
  startsOn?: string;
  endsOn?: string;
  visibility: 'public' | 'members';
  /** E-mail of the demo account that writes the centre's feedback and manages the programme. */
  centreAccount: string;
  phases: DemoPhase[];
  participants: DemoParticipant[];
  advisors: DemoAdvisor[];
  nominations: DemoNomination[];
}

/** A demo login; the README lists these. */
export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  name: string;
  /** Key of the person in the network this login belongs to. */
  person: string;
  /** What this account sees, for the README. */
  sees: string;
}
