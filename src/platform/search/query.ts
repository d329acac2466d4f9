import type { Executor } from '../db/database';
import { expandQueryWord, fold } from './analyse';
import { editVariants, MIN_FUZZY_LENGTH } from './fuzzy';

/** A query read against the vocabulary: what to ask the full-text index for. */
export interface ResolvedQuery {
  /** One group per query word: the index terms it may match (OR); all groups must match (AND). */
  groups: string[][];
  /** Every term a query word stands for, to mark hits in snippets. */
  highlight: Set<string>;
  corrections: [string, string][];
  /** True when some word matches no indexed term, even after correction: nothing can match. */
  hopeless: boolean;
}

interface VocabularyRow {
  term: string;
  doc_count: number;
  public_count: number;
  sample: string;
}

/** Only plain words reach the MATCH / to_tsquery text, so no query syntax can be injected. */
const safeTerm = /^[\p{L}\p{N}]+$/u;

async function lookUp(db: Executor, terms: string[]): Promise<Map<string, VocabularyRow>> {
  const found = new Map<string, VocabularyRow>();
  for (let i = 0; i < terms.length; i += 2000) {
    const part = terms.slice(i, i + 2000);
    const rows = await db
      .selectFrom('search_terms')
      .select(['term', 'doc_count', 'public_count', 'sample'])
      .where('term', 'in', part)
      .where('doc_count', '>', 0)
      .execute();
    for (const row of rows) found.set(row.term, row);
  }
  return found;
}

/**
 * The most frequent indexed term one edit away from any of the word's terms. Counted over public
 * documents unless the searcher is staff, so a correction never reveals a word known only from a
 * draft or a members-only document (members then miss such corrections; a fair price).
 */
async function correct(db: Executor, terms: string[], staff: boolean): Promise<VocabularyRow | null> {
  const candidates = new Set<string>();
  for (const term of terms) for (const variant of editVariants(term)) candidates.add(variant);
  const found = await lookUp(db, [...candidates]);
  const weight = (row: VocabularyRow) => (staff ? row.doc_count : row.public_count);
  let best: VocabularyRow | null = null;
  for (const row of found.values()) {
    if (weight(row) <= 0) continue;
    if (!best || weight(row) > weight(best) || (weight(row) === weight(best) && row.term < best.term))
      best = row;
  }
  return best;
}

/** Reads query words against the vocabulary, correcting one typo in words of six letters or more. */
export async function resolveQuery(db: Executor, words: string[], staff: boolean): Promise<ResolvedQuery> {
  const expansions = words.map((word) => expandQueryWord(word).filter((term) => safeTerm.test(term)));
  const known = await lookUp(db, [...new Set(expansions.flat())]);
  const resolved: ResolvedQuery = { groups: [], highlight: new Set(), corrections: [], hopeless: false };
  for (const [i, word] of words.entries()) {
    const terms = expansions[i] ?? [];
    for (const term of terms) resolved.highlight.add(term);
    const present = terms.filter((term) => known.has(term));
    if (present.length > 0) {
      resolved.groups.push(present);
      continue;
    }
    const fix = fold(word).length >= MIN_FUZZY_LENGTH ? await correct(db, terms, staff) : null;
    if (!fix) {
      resolved.hopeless = true;
      continue;
    }
    resolved.groups.push([fix.term]);
    resolved.highlight.add(fix.term);
    resolved.corrections.push([word, fix.sample]);
  }
  return resolved;
}
