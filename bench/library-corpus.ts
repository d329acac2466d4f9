/**
 * The search bench's corpus and queries (bench/library.ts), generated from a seeded PRNG so every
 * run indexes the same documents and asks the same 200 questions. Word choice follows a
 * Zipf–Mandelbrot curve over each language's vocabulary (bench/library-vocabulary.ts), and each
 * document repeats a few keywords of its own, as real texts stay on a subject.
 */
import type { SearchDocument } from '../src/platform/search/index';
import { buildVocabulary, languages, type Language, type Vocabulary } from './library-vocabulary';

/** mulberry32: small, fast and good enough to pick words; the same seed gives the same stream. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with probability ∝ 1 / (rank + q)^s. */
function zipf(n: number, random: () => number, s = 1.0, q = 2.7): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cumulative[r] = sum += 1 / (r + q) ** s;
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Share of documents per language: mostly Norwegian and Swedish, as in the networks the app serves. */
const languageShare: [Language, number][] = [
  ['nb', 0.4],
  ['nn', 0.15],
  ['sv', 0.3],
  ['en', 0.15],
];
const kinds = ['article', 'report', 'reference', 'presentation', 'case_story', 'session_summary', 'news'];
const themes = [
  'labour-market',
  'housing-market',
  'land-use',
  'infrastructure',
  'business',
  'competence',
  'learning-networks',
  'regional-planning',
  'public-health',
  'climate',
];

export class Corpus {
  readonly vocabulary: Vocabulary;

  constructor(sharedDir: string) {
    const random = prng(20261127);
    const shuffle = <T>(list: T[]) => {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [list[i], list[j]] = [list[j]!, list[i]!];
      }
      return list;
    };
    this.vocabulary = buildVocabulary(sharedDir, shuffle);
  }

  /** `count` documents in batches of `batch`, the same every time; `seen` collects the distinct words used. */
  *documents(count: number, batch: number, seen?: Map<Language, Set<string>>): Generator<SearchDocument[]> {
    const random = prng(4);
    const draw = Object.fromEntries(
      languages.map((l) => [l, zipf(this.vocabulary.words[l].length, random)]),
    ) as Record<Language, () => number>;
    let docs: SearchDocument[] = [];
    for (let i = 0; i < count; i++) {
      let x = random();
      const language = languageShare.find(([, share]) => (x -= share) < 0)?.[0] ?? 'nb';
      const list = this.vocabulary.words[language];
      const skip = this.vocabulary.functionCount[language];
      const word = () => list[draw[language]()]!;
      const contentWord = () => list[Math.min(list.length - 1, skip + draw[language]())]!;
      const keywords = Array.from({ length: 5 }, contentWord);
      const pickWord = (topical: number) =>
        random() < topical ? keywords[Math.floor(random() * keywords.length)]! : word();
      const titleWords = Array.from({ length: 5 + Math.floor(random() * 8) }, () =>
        random() < 0.5 ? keywords[Math.floor(random() * keywords.length)]! : contentWord(),
      );
      const bodyLength = 80 + Math.floor(random() * 221);
      const sentences: string[] = [];
      for (let n = 0; n < bodyLength;) {
        const length = Math.min(bodyLength - n, 6 + Math.floor(random() * 15));
        const sentence = Array.from({ length }, () => pickWord(0.12));
        sentences.push(`${sentence.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));
        n += length;
      }
      const title = titleWords.join(' ').replace(/^./, (c) => c.toUpperCase());
      const body = sentences.join(' ');
      if (seen) {
        const set = seen.get(language) ?? new Set<string>();
        for (const w of `${title} ${body}`.toLowerCase().match(/\p{L}+/gu) ?? []) set.add(w);
        seen.set(language, set);
      }
      const year = 2005 + Math.floor(random() * 21);
      const visible = random();
      docs.push({
        type: 'item',
        id: i + 1,
        title,
        body,
        url: `/library/bench-${i + 1}`,
        language,
        audience: visible < 0.9 ? 'public' : visible < 0.97 ? 'members' : 'staff',
        programmeId: random() < 0.6 ? 1 + Math.floor(random() * 20) : null,
        kind: kinds[Math.floor(random() * kinds.length)]!,
        themes: [
          themes[Math.floor(random() * themes.length)]!,
          themes[Math.floor(random() * themes.length)]!,
        ],
        year,
        date: `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15T09:00:00.000Z`,
      });
      if (docs.length === batch) {
        yield docs;
        docs = [];
      }
    }
    if (docs.length > 0) yield docs;
  }

  /**
   * 200 queries of 1–3 words: common and rare words of each language, pairs and triples, pairs
   * mixing two languages, the seeds' own words in other forms, and words with one typo.
   */
  queries(): { q: string; category: string }[] {
    const random = prng(200);
    const out: { q: string; category: string }[] = [];
    const lang = () => languages[Math.floor(random() * languages.length)]!;
    const at = (l: Language, from: number, to: number) => {
      const list = this.vocabulary.words[l];
      const skip = this.vocabulary.functionCount[l];
      const lo = Math.min(list.length - 1, skip + from);
      const hi = Math.min(list.length, skip + to);
      return list[lo + Math.floor(random() * Math.max(1, hi - lo))]!;
    };
    const common = (l = lang()) => at(l, 0, 150);
    const middle = (l = lang()) => at(l, 150, 1500);
    const rare = (l = lang()) => at(l, 1500, 100_000);
    const add = (category: string, n: number, make: () => string) => {
      for (let i = 0; i < n; i++) out.push({ q: make(), category });
    };
    // Words of the seeds in forms the corpus may not hold as such: stemming has to meet them.
    const forms = [
      'læringsnettverk',
      'læringsnettverket',
      'kommunene',
      'kommuner',
      'samlingar',
      'samling',
      'nettverkssamlingene',
      'arbeidsmarknaden',
      'boligmarkedet',
      'näringslivet',
      'lärande nätverk',
      'regional utveckling',
      'kunnskapsdeling',
      'samfunnsanalyse',
      'kompetansen',
      'infrastrukturen',
      'kommunplanering',
      'innbyggjarane',
      'regional development',
      'learning networks',
    ];
    for (const q of forms) out.push({ q, category: 'seed word form' });
    add('common word', 40, () => common());
    add('middle word', 30, () => middle());
    add('rare word', 30, () => rare());
    add('two common words', 15, () => {
      const l = lang();
      return `${common(l)} ${common(l)}`;
    });
    add('common + rare', 20, () => {
      const l = lang();
      return `${common(l)} ${rare(l)}`;
    });
    add('three words', 15, () => {
      const l = lang();
      return `${common(l)} ${middle(l)} ${middle(l)}`;
    });
    add('two languages', 15, () => `${middle('nb')} ${middle(random() < 0.5 ? 'sv' : 'en')}`);
    add('one typo', 15, () => {
      let w = '';
      while (w.length < 8) w = middle();
      const i = 2 + Math.floor(random() * (w.length - 4));
      const c = 'aeiklnorst'[Math.floor(random() * 10)]!;
      return w.slice(0, i) + (w[i] === c ? 'u' : c) + w.slice(i + 1);
    });
    return out;
  }

  /** How many words each language's list holds. */
  vocabularySizes(): Record<Language, number> {
    return Object.fromEntries(languages.map((l) => [l, this.vocabulary.words[l].length])) as Record<
      Language,
      number
    >;
  }
}
