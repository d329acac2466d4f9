import type { Locale } from '../../platform/i18n/index';
import { manageMessages } from './manage-messages';
import { programmeMessages } from './programme-messages';
import { teamMessages } from './team-messages';

// The programme pages' texts live in three files by subject; the pages use them as one set.

const merge = (locale: Locale) => ({
  ...programmeMessages(locale),
  ...teamMessages(locale),
  ...manageMessages(locale),
});

export type ProgrammeMessages = ReturnType<typeof merge>;

const merged = new Map<Locale, ProgrammeMessages>();

/** Every text of the programme pages (programme, team, operators' edits) in the reader's language. */
export function messages(locale: Locale): ProgrammeMessages {
  let m = merged.get(locale);
  if (!m) merged.set(locale, (m = merge(locale)));
  return m;
}
