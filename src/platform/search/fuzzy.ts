/**
 * Typo tolerance: the words one edit away (Damerau–Levenshtein, optimal string alignment: one
 * letter deleted, inserted, replaced, or two neighbours swapped). Index terms are folded to ASCII
 * letters for Nordic and English text, so candidates are made from a–z and digits.
 */
const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The words shortest to reach from a typo are looked up; only terms this long are corrected. */
export const MIN_FUZZY_LENGTH = 6;

/** Every string at distance exactly one from `term` (the term itself excluded). */
export function editVariants(term: string): Set<string> {
  const variants = new Set<string>();
  for (let i = 0; i <= term.length; i++) {
    const head = term.slice(0, i);
    const tail = term.slice(i);
    if (tail.length > 0) variants.add(head + tail.slice(1));
    if (tail.length > 1) variants.add(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2));
    for (const c of alphabet) {
      variants.add(head + c + tail);
      if (tail.length > 0) variants.add(head + c + tail.slice(1));
    }
  }
  variants.delete(term);
  return variants;
}

/** The optimal-string-alignment distance between two strings (tests and sanity checks). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]![j]!;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i]![j] = best;
    }
  }
  return at(a.length, b.length);
}
