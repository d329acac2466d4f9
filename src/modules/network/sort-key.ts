import { sql, type Expression } from 'kysely';
import type { Locale } from '../../platform/i18n/index';

/**
 * Names sort by a key kept beside them, because neither database sorts Nordic names right on its own:
 * SQLite compares bytes (Å before Ø, where Norwegian has Ø before Å) and PostgreSQL follows whatever
 * collation the server was set up with. The key is the name in lower case, accents dropped,
 * with æ/ä, ø/ö and å spelled as the three characters after "z" ('|', '}', '~'). The column is
 * compared byte by byte on both databases (PostgreSQL: `collate "C"`, see migrations.ts), so the order
 * is the same everywhere and matches Norwegian order; Swedish order only moves å before ä and ö, which
 * one `replace()` in the ORDER BY does.
 */

/** Whose alphabet orders a list: Norwegian (æ ø å last, also used for English) or Swedish (å ä ö last). */
export type Alphabet = 'nb' | 'sv';

/** The alphabet a reader of this locale expects. */
export const alphabetFor = (locale: Locale): Alphabet => (locale === 'sv' ? 'sv' : 'nb');

// Letters that sort as their own letter (æ ø å and the Swedish ä ö), or as another letter in both
// languages: ü as y, and the Sámi letters without a decomposition as their base letter.
const letters: Record<string, string> = {
  æ: '|',
  ä: '|',
  ø: '}',
  ö: '}',
  å: '~',
  ü: 'y',
  ß: 'ss',
  đ: 'd',
  ŋ: 'n',
  ŧ: 't',
};

/** The sort key of a name (see above); e.g. "Øvre Eiker" → "}vre eiker". */
export function sortKey(name: string): string {
  // The three marker characters must mean only æ ø å, so any in the name itself become spaces.
  const lower = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[{|}~]/g, ' ');
  let key = '';
  for (const ch of lower) key += letters[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '');
  return key.trim();
}

/** The ORDER BY expression for a sort key column in the given alphabet. */
export function byName(column: 'organisations.sort_key' | 'people.sort_key', alphabet: Alphabet) {
  // Swedish: å ('~') moves before ä ('|'): '{' is the one character between "z" and '|'.
  return (
    alphabet === 'sv' ? sql<string>`replace(${sql.ref(column)}, '~', '{')` : sql.ref(column)
  ) as Expression<string>;
}
