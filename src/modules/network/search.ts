/**
 * Text as search compares it: Unicode lower case in one normal form. SQLite's lower() folds only
 * ASCII, so "ØRSTA" would not find "Ørsta" there; folding in JavaScript gives both databases the
 * same answer.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** `%text%` for LIKE on folded text, with the wildcards in the text escaped (both dialects accept ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${escapeLike(foldForSearch(text))}%`;
}

/** `text%` for LIKE, escaped the same way. */
export function prefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
