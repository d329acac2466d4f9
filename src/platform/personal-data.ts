import type { Executor } from './db/database';

/**
 * Each module that holds personal data registers how to export and erase it, so the accounts
 * module can answer "give me everything about me" and "erase this person" without knowing every
 * other module's tables.
 */
export interface PersonalDataHandler {
  /** A key in the export document, e.g. "network". */
  name: string;
  export(db: Executor, who: PersonRef): Promise<unknown>;
  /** Removes or anonymises what identifies the person; keeps anonymous history (counts, statuses). */
  erase(db: Executor, who: PersonRef): Promise<void>;
}

export interface PersonRef {
  userId: number | null;
  personId: number | null;
}

const handlers: PersonalDataHandler[] = [];

export function registerPersonalData(handler: PersonalDataHandler) {
  if (!handlers.some((h) => h.name === handler.name)) handlers.push(handler);
}

export function personalDataHandlers(): readonly PersonalDataHandler[] {
  return handlers;
}
