import snowball, { type Stemmer } from 'snowball-stemmers';
import type { SearchLanguage } from './types';

/** The Snowball algorithm per language. Nynorsk has no Snowball stemmer of its own; the Norwegian one handles its endings (-ar, -ane, -ene) too. */
const algorithmOf: Record<SearchLanguage, 'norwegian' | 'swedish' | 'english'> = {
  nb: 'norwegian',
  nn: 'norwegian',
  sv: 'swedish',
  en: 'english',
};

/** The three stemmers a query word is run through, so a query finds documents in every language. */
export const queryAlgorithms = ['norwegian', 'swedish', 'english'] as const;
type Algorithm = (typeof queryAlgorithms)[number];

const stemmers = new Map<Algorithm, Stemmer>();
// Word frequencies are Zipfian: a modest cache saves most stemmer calls when indexing 100,000 documents.
const caches = new Map<Algorithm, Map<string, string>>();
const CACHE_LIMIT = 50_000;

/** The stem of a lower-case word by one Snowball algorithm (before diacritics are folded). */
export function stemWith(algorithm: Algorithm, word: string): string {
  let cache = caches.get(algorithm);
  if (!cache) caches.set(algorithm, (cache = new Map()));
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let stemmer = stemmers.get(algorithm);
  if (!stemmer) stemmers.set(algorithm, (stemmer = snowball.newStemmer(algorithm)));
  const stem = stemmer.stem(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, stem);
  return stem;
}

/** The stem of a lower-case word in a document's own language. */
export function stemIn(language: SearchLanguage, word: string): string {
  return stemWith(algorithmOf[language], word);
}

/**
 * Function words dropped from a query when it has other words (never from the index, so a query of
 * only such words still finds something). A Swedish query's "och" must not demand that a Norwegian
 * document contain "och".
 */
export const queryStopWords = new Set(
  [
    // nb / nn
    'og i på til av for med som er det den de en et ei eit å om fra frå ved har var ikkje ikke eller men så',
    'at kan vi du han hun ho seg sin sitt sine der her hva kva som skal vil blir vert',
    // sv
    'och på till av för med som är det den de en ett att om från vid har var inte eller men så',
    'kan vi du han hon sig sin sitt sina där här vad ska vill blir',
    // en
    'the a an of and or in on at to for with from by is are was were be it its this that as not but',
  ]
    .join(' ')
    .split(' '),
);
