import type { Generated } from 'kysely';

/** Where an input stands in the operators' triage; any move between them is allowed and recorded. */
export const inputStatuses = ['new', 'acknowledged', 'acted_on', 'closed'] as const;
export type InputStatus = (typeof inputStatuses)[number];

/** Who sent it: a logged-in network member, or someone from the public (shown as "a resident"). */
export const senderKinds = ['member', 'public'] as const;
export type SenderKind = (typeof senderKinds)[number];

/**
 * An input (innspill) to a programme: seed 000 asks for "a continuous channel for input". The
 * sender's name and e-mail are personal data (export and erase in personal-data.ts); the e-mail is
 * used only to tell the sender that the input has been answered.
 */
export interface InputTable {
  id: Generated<number>;
  programme_id: number;
  title: string;
  body: string;
  sender_kind: SenderKind;
  sender_user_id: number | null;
  sender_name: string | null;
  sender_email: string | null;
  /** 1 when the sender agreed that their name is shown beside a public answer. */
  show_name: number;
  /** The sender's language when sending, so the answer mail reads in it. */
  locale: string;
  status: InputStatus;
  status_changed_at: string;
  /** For the operators only; never shown to the sender or the public. */
  internal_note: Generated<string>;
  /** The public answer; null until one is published. */
  answer: string | null;
  answered_at: string | null;
  answered_by: number | null;
  /** When the sender was mailed about the answer, so they are told once. */
  notified_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One move of an input's status: who moved it from what to what, and when. */
export interface InputStatusChangeTable {
  id: Generated<number>;
  input_id: number;
  from_status: InputStatus;
  to_status: InputStatus;
  changed_by: number | null;
  changed_at: string;
}

/**
 * The key that signs the input form's start time (the spam trap's minimum fill time). One row,
 * made by the migration, so every instance signs and checks with the same key.
 */
export interface InputFormKeyTable {
  id: number;
  secret: string;
}

declare module '../../platform/db/schema' {
  interface Schema {
    inputs: InputTable;
    input_status_changes: InputStatusChangeTable;
    input_form_key: InputFormKeyTable;
  }
}
