import type { LocalizedText } from '../../platform/i18n/index';
import type { AgendaKind, EventKind, EventLanguage } from '../../modules/gatherings/index';

// The demo's gatherings, workshops and conference as plain data (see ./types.ts for the style).
// Event and agenda times are local wall-clock times ('YYYY-MM-DDTHH:mm') in the event's own time
// zone, as an organiser writes them; things people did (registering, handing in) carry a day
// (YYYY-MM-DD) and the loader gives them an hour, so the demo's history reads as it happened.

/** A speaker or presenter as the programme prints them. */
export interface DemoSpeaker {
  name: string;
  organisation: string;
}

export interface DemoAgendaItem {
  /** Key for session choices (`DemoRegistrant.sessions`); only sessions need one. */
  key?: string;
  startsAt: string;
  endsAt: string;
  kind: AgendaKind;
  title: LocalizedText;
  /** For a session, its abstract. */
  description?: LocalizedText;
  speakers?: DemoSpeaker[];
  /** Set when it differs from the event's language. */
  language?: EventLanguage;
  /** For a session: its places. */
  capacity?: number;
  room?: string;
}

export interface DemoQuestion {
  kind: 'text' | 'dietary' | 'accessibility';
  label: LocalizedText;
  required: boolean;
}

/** Someone who registered: a person of the demo network, a demo login, or just a name and address. */
export interface DemoRegistrant {
  name: string;
  email: string;
  organisation?: string;
  /** Key of the person in the network (src/demo/data/people). */
  person?: string;
  /** E-mail of the demo login that registered themself. */
  account?: string;
  /** The day they registered (YYYY-MM-DD); absent for the upcoming event: the day the demo is loaded. */
  on?: string;
  /** E-mail of the demo operator who registered them on their behalf (after the deadline). */
  registeredBy?: string;
  /** Keys of the parallel sessions they chose, in the order they chose them. */
  sessions?: string[];
  /** Answers, by the question's position in `DemoEvent.questions` (0-based). */
  answers?: Record<number, string>;
  /** The day they cancelled, if they did. */
  cancelledOn?: string;
}

export interface DemoEvent {
  key: string;
  kind: EventKind;
  title: LocalizedText;
  description: LocalizedText;
  startsAt: string;
  endsAt: string;
  timeZone: 'Europe/Oslo' | 'Europe/Stockholm';
  place?: string;
  address?: string;
  language: EventLanguage;
  capacity?: number;
  registrationOpensAt?: string;
  registrationClosesAt?: string;
  cancellationClosesAt?: string;
  sessionsCloseAt?: string;
  /** Its number in the programme's series (WS1 = 1). */
  seriesNumber?: number;
  agenda: DemoAgendaItem[];
  questions?: DemoQuestion[];
  registrants: DemoRegistrant[];
}

/** A programme's events; `series` makes them one numbered series (a learning project's workshops). */
export interface DemoGatherings {
  /** Slug of the programme the events belong to. */
  programme: string;
  /** E-mail of the demo operator who creates the events and registers people on their behalf. */
  organiser: string;
  series?: LocalizedText;
  events: DemoEvent[];
}

/** A participant's case in a learning project; the texts are fictional. */
export interface DemoCase {
  /** Key of the participant's organisation. */
  organisation: string;
  /** Key of the person who owns the case (a contact of the participant). */
  owner: string;
  title: string;
  goal: string;
  challenges: string;
  regionRole: string;
  stakeholders: string;
  question: string;
  themes: string[];
  /** Its coaching group at the workshop the groups belong to (seed 001's "WS casen"). */
  group: number;
  /** When the homework was handed in (YYYY-MM-DD and local HH:mm); absent: not handed in. */
  handedIn?: { on: string; at: string };
  /** A file handed in with the homework. */
  file?: { filename: string; contentType: string; text: string };
}

/** A coaching group's A3 summary, written by a demo login (or the operator). */
export interface DemoGroupSummary {
  group: number;
  by: string;
  body: string;
}

/** A Backspegel answer from a demo login after one of the events. */
export interface DemoRetrospective {
  event: string;
  account: string;
  takeWith: string;
  hearMore: string;
}

/** A learning project's cases, the homework before one workshop, its coaching groups and answers. */
export interface DemoCaseWork {
  programme: string;
  /** E-mail of the demo operator who sets the homework and forms the groups. */
  organiser: string;
  /** Key of the workshop whose homework and coaching groups these are. */
  event: string;
  homework: { title: LocalizedText; instructions: LocalizedText; dueAt: string };
  cases: DemoCase[];
  /** How many coaching groups the workshop had (a group may have no cases in Samling). */
  groups: number;
  summaries: DemoGroupSummary[];
  /** Entries written in every case's log, at the workshop named; `{group}` is its coaching group. */
  log: { event: string; body: string }[];
  retrospectives: DemoRetrospective[];
}

/** A programme made for events alone (a conference that belongs to no learning project). */
export interface DemoEventProgramme {
  slug: string;
  title: LocalizedText;
  description: LocalizedText;
  /** Key of the owning organisation. */
  owner: string;
  startsOn: string;
  endsOn: string;
  visibility: 'public' | 'members';
  /** E-mail of the demo operator who runs it. */
  centreAccount: string;
}
