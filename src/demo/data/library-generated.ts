import type { DemoLibraryItem } from './library-types';
import {
  about,
  angles,
  headings,
  kindNames,
  kinds,
  languages,
  places,
  sentences,
  topics,
} from './library-vocabulary';

// Generated knowledge items (fiction), so that search and its facets have something to count:
// short texts in bokmål, nynorsk, Swedish and English across kinds, themes, years and programmes,
// built from ./library-vocabulary.ts. No randomness: item i's choices come from i by fixed strides,
// so every load writes the same items.

/** Items about a programme's work fall in the programme's own years (seeds 000, 001, 003, 004). */
const programmeYears: Record<string, [number, number]> = {
  byregionprogrammet: [2014, 2016],
  'regional-fysisk-planering': [2013, 2015],
  veiledningspiloten: [2020, 2022],
  'reglab-arskonferens': [2018, 2020],
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const pick = <T>(list: T[], n: number): T => list[n % list.length]!;

/** "Gjøvikregionen: Hva vi lærte" → "gjovikregionen-hva-vi-laerte" (the library's own slug rule, simplified). */
function keyOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

function generatedItem(i: number): DemoLibraryItem {
  const language = languages[i % languages.length]!;
  const n = Math.floor(i / languages.length);
  const topic = pick(topics, i * 5 + 3);
  const second = pick(topics, i * 7 + 1);
  const [place, programme] = pick(places[language], n * 3 + i);
  const kind = pick(kinds, i + n);
  const [first, last] = programme ? programmeYears[programme]! : [2013, 2023];
  const year = first + ((i * 7) % (last - first + 1));
  const month = String(1 + ((i * 5) % 12)).padStart(2, '0');
  const day = String(1 + ((i * 11) % 28)).padStart(2, '0');
  const title = `${capitalise(topic.text[language])} ${language === 'en' ? 'in' : 'i'} ${place}: ${pick(angles[language], i + 2 * n)}`;
  const pool = sentences[language];
  const fill = (s: string) =>
    s
      .replace('{place}', place)
      .replace('{topic}', topic.text[language])
      .replace('{since}', String(year - 2));
  const picked = [1, 2, 3, 4].map((k) => pick(pool.slice(1), i * 3 + k * 2));
  const [background, lessons] = headings[language];
  const body = [`## ${background}`, fill(pool[0]!), `## ${lessons}`, [...new Set(picked)].join(' ')].join(
    '\n\n',
  );
  // The Swedish learning project is a members-only programme, so what it writes is for members.
  const membersOnly = programme === 'regional-fysisk-planering' || i % 11 === 5;
  return {
    key: `${keyOf(title)}-${year}`,
    kind,
    title,
    summary: `${about[language](kindNames[language][kind], topic.text[language], place)} ${fill(pick(pool.slice(1), i))}`,
    body,
    language,
    year,
    audience: membersOnly ? 'members' : 'public',
    // One draft and one waiting for review, for editors to find.
    status: i === 7 ? 'draft' : i === 18 ? 'review' : 'published',
    publishedOn: `${year}-${month}-${day}`,
    authors: [
      {
        organisation:
          language === 'sv' || (language === 'en' && i % 2 === 0) ? 'reglab' : 'distriktssenteret',
      },
    ],
    themes: [...new Set([topic.theme, second.theme])],
    tags: [place],
    programmes: programme ? [programme] : [],
  };
}

/** How many items are generated (a quarter per language). */
export const GENERATED_ITEMS = 64;

/** The generated items, the same on every load. */
export const generatedLibraryItems: DemoLibraryItem[] = Array.from({ length: GENERATED_ITEMS }, (_, i) =>
  generatedItem(i),
);
