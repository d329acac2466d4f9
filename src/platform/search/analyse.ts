import { queryAlgorithms, queryStopWords, stemIn, stemWith } from './stemmers';
import type { SearchLanguage } from './types';

/** Words are runs of Unicode letters and digits; everything else separates them. */
const wordPattern = /[\p{L}\p{N}]+/gu;
/** Longer "words" are identifiers, URLs or junk from extracted files: not worth a vocabulary entry. */
const MAX_WORD_LENGTH = 40;

/**
 * Folding runs AFTER stemming (the Snowball stemmers know æ, ø, å, ä, ö) and makes Norwegian and
 * Swedish spellings, and text typed without those letters, meet. It follows Lucene's
 * ScandinavianFoldingFilter: æ, ä, å → a and ø, ö → o, and the digraphs people type instead,
 * aa, ae, ao → a and oe, oo → o; so næringsliv, näringsliv and naeringsliv all become
 * "naringsliv", Tromsø, Tromso and Tromsoe "tromso", läxa and laxa "laxa". Then any other accent is
 * dropped (é → e, ü → u). The same fold on index and query keeps them consistent; the price is a
 * few merged words (här/har, bær/bar), which a search can bear.
 */
const specialFolds: Record<string, string> = {
  æ: 'a',
  ä: 'a',
  å: 'a',
  ø: 'o',
  ö: 'o',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  œ: 'o',
};
const specialPattern = /[æäåøößđðþłœ]/g;

/** Folds a lower-case word or stem to the spelling the index keeps. */
export function fold(word: string): string {
  const special = word.replace(specialPattern, (c) => specialFolds[c] ?? c);
  // Only decompose when needed: most words are plain ASCII already.
  const plain = /[\u0080-\uffff]/.test(special) ? special.normalize('NFD').replace(/\p{M}/gu, '') : special;
  return plain.replace(/a[aeo]/g, 'a').replace(/o[eo]/g, 'o');
}

/** The lower-case words of a text, in order. */
export function tokenise(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().match(wordPattern) ?? [];
  return words.some((word) => word.length > MAX_WORD_LENGTH)
    ? words.filter((word) => word.length <= MAX_WORD_LENGTH)
    : words;
}

// Indexing 100,000 documents analyses millions of words, most of them repeats.
const termCaches = new Map<SearchLanguage, Map<string, string>>();

/** The index term of one lower-case word in a document's language: stemmed, then folded. */
export function termOf(word: string, language: SearchLanguage): string {
  let cache = termCaches.get(language);
  if (!cache) termCaches.set(language, (cache = new Map()));
  let term = cache.get(word);
  if (term === undefined) {
    term = fold(stemIn(language, word));
    if (cache.size >= 100_000) cache.clear();
    cache.set(word, term);
  }
  return term;
}

/** The index terms of a text in its own language, in order (nn uses the Norwegian stemmer). */
export function analyse(text: string, language: SearchLanguage): string[] {
  return tokenise(text).map((word) => termOf(word, language));
}

/**
 * The terms a query word may match: its stem by the Norwegian, Swedish and English stemmers, and
 * its folded surface form, so "kommunerna" (Swedish) also finds Norwegian "kommunene" (stem kommun).
 */
export function expandQueryWord(word: string): string[] {
  const terms = new Set<string>();
  for (const algorithm of queryAlgorithms) terms.add(fold(stemWith(algorithm, word)));
  terms.add(fold(word));
  return [...terms];
}

/** The words of a query worth searching for: stop words dropped unless nothing else is left. */
export function queryWords(q: string, max = 10): string[] {
  const words = [...new Set(tokenise(q))];
  const content = words.filter((word) => !queryStopWords.has(word));
  return (content.length > 0 ? content : words).slice(0, max);
}
