/**
 * The word lists of the search bench's corpus (bench/library-corpus.ts), per language, most
 * frequent first. The search engine's author warns that too small a vocabulary makes common words
 * dominate every query, so each language gets several thousand distinct words: the words of the
 * seeds in that language (../shared/seeds, by their own frequency), inflected forms of the domain's
 * nouns, the compounds Norwegian and Swedish build from them (kommune + plan → kommuneplanen),
 * and the real names of Norway's and Sweden's municipalities (../shared/data/registry).
 * Without ../shared the lists are smaller; the result file says which sources were read.
 */
import fs from 'node:fs';
import path from 'node:path';

export type Language = 'nb' | 'nn' | 'sv' | 'en';
export const languages: Language[] = ['nb', 'nn', 'sv', 'en'];

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Function words: the head of every language's Zipf curve. */
const functionWords: Record<Language, string[]> = {
  nb: words(
    'og i på til av for med som er det den de en et å om fra ved har var ikke eller men så at kan vi skal vil blir',
  ),
  nn: words(
    'og i på til av for med som er det den dei ein eit å om frå ved har var ikkje eller men så at kan vi skal vil blir',
  ),
  sv: words(
    'och i på till av för med som är det den de en ett att om från vid har var inte eller men så kan vi ska vill blir',
  ),
  en: words(
    'the of and to in a is for on that with as by are be this from at or it an was has have not will can their which',
  ),
};

/** First parts of compounds (and nouns of their own), per language. */
const prefixes: Record<Exclude<Language, 'en'>, string[]> = {
  nb: words(
    'kommune nærings bolig areal samfunns regional lærings kompetanse arbeids utviklings plan prosjekt nettverks ' +
      'sentrums folke klima transport fylkes by distrikts kunnskaps innbygger bedrifts reise turisme helse skole ' +
      'kultur eiendoms landbruks energi vei havne fiskeri reiselivs data innovasjons styrings omstillings samarbeids',
  ),
  nn: words(
    'kommune nærings bustad areal samfunns regional lærings kompetanse arbeids utviklings plan prosjekt nettverks ' +
      'sentrums folke klima transport fylkes by distrikts kunnskaps innbyggjar bedrifts reise turisme helse skule ' +
      'kultur eigedoms landbruks energi veg hamne fiskeri reiselivs data innovasjons styrings omstillings samarbeids',
  ),
  sv: words(
    'kommun närings bostads mark samhälls regional lärande kompetens arbets utvecklings plan projekt nätverks ' +
      'centrum folk klimat transport läns stads landsbygds kunskaps medborgar företags rese turism hälso skol ' +
      'kultur fastighets jordbruks energi väg hamn fiske besöks data innovations styrnings omställnings samverkans',
  ),
};

/** Heads of compounds, each also a word of its own. */
const heads: Record<Exclude<Language, 'en'>, string[]> = {
  nb: words(
    'plan utvikling arbeid politikk strategi analyse nettverk samling kraft område marked liv tiltak kultur ' +
      'prosess senter region program rapport møte gruppe ledelse samarbeid tilbud tjeneste struktur vekst ' +
      'kapasitet forum løft',
  ),
  nn: words(
    'plan utvikling arbeid politikk strategi analyse nettverk samling kraft område marknad liv tiltak kultur ' +
      'prosess senter region program rapport møte gruppe leiing samarbeid tilbod teneste struktur vekst ' +
      'kapasitet forum løft',
  ),
  sv: words(
    'plan utveckling arbete politik strategi analys nätverk träff kraft område marknad liv insats kultur ' +
      'process center region program rapport möte grupp ledning samverkan utbud tjänst struktur tillväxt ' +
      'kapacitet forum lyft',
  ),
};

/** Inflected forms of a noun, by the language's commonest pattern (definite, plural, definite plural). */
const inflect: Record<Exclude<Language, 'en'>, (w: string) => string[]> = {
  nb: (w) => (w.endsWith('e') ? [w, `${w}n`, `${w}r`, `${w}ne`] : [w, `${w}en`, `${w}er`, `${w}ene`]),
  nn: (w) => (w.endsWith('e') ? [w, `${w}n`, `${w}r`, `${w}ne`] : [w, `${w}en`, `${w}ar`, `${w}ane`]),
  sv: (w) =>
    w.endsWith('e')
      ? [w, `${w}t`, `${w}n`, `${w}na`]
      : w.endsWith('a')
        ? [w, `${w}n`, `${w.slice(0, -1)}or`, `${w.slice(0, -1)}orna`]
        : [w, `${w}en`, `${w}ar`, `${w}arna`],
};

const englishNouns = words(
  'municipality region network development plan strategy analysis market housing labour land use infrastructure ' +
    'business competence skill learning gathering programme project participant county town city village centre ' +
    'community resident citizen mayor council government agency report study evidence outcome result process ' +
    'partnership cooperation collaboration leadership ownership capacity growth innovation transport road rail ' +
    'climate energy health school culture tourism fishery agriculture data service tool method workshop session ' +
    'conference case story lesson experience knowledge culture policy budget investment employer employee job ' +
    'commuter migration population youth family decision meeting stakeholder indicator measure framework ' +
    'survey interview goal vision priority challenge opportunity barrier bottleneck advisor coordinator',
);
const englishVerbs = words(
  'develop plan share learn build support involve anchor commute invest recruit measure improve strengthen ' +
    'engage cooperate coordinate organise evaluate report present discuss test adapt connect attract grow ' +
    'deliver publish review analyse map identify prioritise implement follow succeed',
);
const englishAdjectives = words(
  'regional local rural urban municipal national public private digital sustainable long-term holistic ' +
    'strategic social economic green small large new common shared strong weak active open',
);

function english(): string[] {
  const out: string[] = [];
  for (const n of englishNouns) out.push(n, n.endsWith('y') ? `${n.slice(0, -1)}ies` : `${n}s`);
  for (const v of englishVerbs) {
    const stem = v.endsWith('e') ? v.slice(0, -1) : v;
    out.push(v, `${v}s`, `${stem}ed`, `${stem}ing`, `${stem}ment`, `${stem}er`);
  }
  for (const a of englishAdjectives) out.push(a, `${a}ly`);
  return out;
}

/** The seeds' words, most frequent first, per language (000, 002, 003 Norwegian; 001, 004 Swedish). */
function seedWords(sharedDir: string, sources: string[]): Record<Language, string[]> {
  const counts: Record<Language, Map<string, number>> = {
    nb: new Map(),
    nn: new Map(),
    sv: new Map(),
    en: new Map(),
  };
  const seedsDir = path.join(sharedDir, 'seeds');
  if (!fs.existsSync(seedsDir)) return { nb: [], nn: [], sv: [], en: [] };
  for (const file of fs.readdirSync(seedsDir).sort()) {
    const language: Language = /^00[14]_/.test(file) ? 'sv' : 'nb';
    const text = fs.readFileSync(path.join(seedsDir, file), 'utf8').toLowerCase();
    for (const w of text.match(/\p{L}{2,}/gu) ?? [])
      counts[language].set(w, (counts[language].get(w) ?? 0) + 1);
    sources.push(`seeds/${file}`);
  }
  const ranked = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  return { nb: ranked(counts.nb), nn: [], sv: ranked(counts.sv), en: [] };
}

/** Norway's and Sweden's municipality names, split into words: rare words shared by every language. */
function placeNames(sharedDir: string, sources: string[]): string[] {
  const names: string[] = [];
  const no = path.join(sharedDir, 'data/registry/no-kommuner-2025.json');
  if (fs.existsSync(no)) {
    for (const k of JSON.parse(fs.readFileSync(no, 'utf8')) as { k_name_no?: string; k_name: string }[])
      names.push(k.k_name_no ?? k.k_name);
    sources.push('data/registry/no-kommuner-2025.json');
  }
  const se = path.join(sharedDir, 'data/registry/se-municipality-county.csv');
  if (fs.existsSync(se)) {
    for (const line of fs.readFileSync(se, 'utf8').split('\n').slice(1)) names.push(line.split(',')[2] ?? '');
    sources.push('data/registry/se-municipality-county.csv');
  }
  return names.flatMap((n) => n.toLowerCase().match(/\p{L}{2,}/gu) ?? []);
}

export interface Vocabulary {
  /** Per language, most frequent first: function words, then content words. */
  words: Record<Language, string[]>;
  /** How many of the first words are function words (left out of queries). */
  functionCount: Record<Language, number>;
  sources: string[];
}

/** Builds every language's list; `shuffle` orders the synthetic words (deterministically) among themselves. */
export function buildVocabulary(sharedDir: string, shuffle: <T>(list: T[]) => T[]): Vocabulary {
  const sources: string[] = [];
  const seeds = seedWords(sharedDir, sources);
  const places = placeNames(sharedDir, sources);
  const result = {} as Record<Language, string[]>;
  const functionCount = {} as Record<Language, number>;
  for (const language of languages) {
    const synthetic: string[] =
      language === 'en'
        ? english()
        : [
            ...prefixes[language].flatMap((p) => inflect[language](p.replace(/s$/, ''))),
            ...heads[language].flatMap((h) => inflect[language](h)),
            ...prefixes[language].flatMap((p) =>
              heads[language].flatMap((h) => inflect[language](`${p}${h}`).slice(0, 2 + (p.length % 3))),
            ),
          ];
    const fn = functionWords[language];
    const seen = new Set(fn);
    const content = [...seeds[language], ...shuffle([...synthetic, ...places])].filter(
      (w) => !seen.has(w) && (seen.add(w), true),
    );
    result[language] = [...fn, ...content];
    functionCount[language] = fn.length;
  }
  return { words: result, functionCount, sources };
}
