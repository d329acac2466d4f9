import type { ItemKind, ItemLanguage, ThemeKey } from '../../modules/library/index';

// The vocabulary the generated knowledge items (./library-generated.ts) are built from: what each
// language calls the themes' work, places with the demo programme they belong to, and sentences.

export type Language = ItemLanguage;
export const languages: Language[] = ['nb', 'nn', 'sv', 'en'];

/** A theme and how each language names the work on it (as it reads after "on"/"om"). */
export const topics: { theme: ThemeKey; text: Record<Language, string> }[] = [
  {
    theme: 'labour-market',
    text: {
      nb: 'pendling og arbeidsmarked',
      nn: 'pendling og arbeidsmarknad',
      sv: 'pendling och arbetsmarknad',
      en: 'commuting and the labour market',
    },
  },
  {
    theme: 'housing-market',
    text: {
      nb: 'boligbygging i distriktet',
      nn: 'bustadbygging i distriktet',
      sv: 'bostadsbyggande på landsbygden',
      en: 'housing in rural municipalities',
    },
  },
  {
    theme: 'land-use',
    text: {
      nb: 'arealplanlegging og sentrumsutvikling',
      nn: 'arealplanlegging og sentrumsutvikling',
      sv: 'markanvändning och centrumutveckling',
      en: 'land use and town centre renewal',
    },
  },
  {
    theme: 'infrastructure',
    text: {
      nb: 'kollektivtransport og veier',
      nn: 'kollektivtransport og vegar',
      sv: 'kollektivtrafik och vägar',
      en: 'public transport and roads',
    },
  },
  {
    theme: 'business',
    text: {
      nb: 'næringsutvikling og gründere',
      nn: 'næringsutvikling og gründarar',
      sv: 'näringslivsutveckling och entreprenörer',
      en: 'business development and entrepreneurs',
    },
  },
  {
    theme: 'competence',
    text: {
      nb: 'kompetanse og rekruttering',
      nn: 'kompetanse og rekruttering',
      sv: 'kompetensförsörjning och rekrytering',
      en: 'skills and recruitment',
    },
  },
  {
    theme: 'public-health',
    text: {
      nb: 'folkehelse i kommuneplanen',
      nn: 'folkehelse i kommuneplanen',
      sv: 'folkhälsa i översiktsplanen',
      en: 'public health in municipal planning',
    },
  },
  {
    theme: 'climate',
    text: { nb: 'klimatilpasning', nn: 'klimatilpassing', sv: 'klimatanpassning', en: 'climate adaptation' },
  },
  {
    theme: 'digitalisation',
    text: {
      nb: 'digitale innbyggertjenester',
      nn: 'digitale innbyggjartenester',
      sv: 'digitala medborgartjänster',
      en: 'digital public services',
    },
  },
  {
    theme: 'attractiveness',
    text: {
      nb: 'bostedsattraktivitet',
      nn: 'attraktivitet som bustad',
      sv: 'attraktivitet som boplats',
      en: 'attractiveness as a place to live',
    },
  },
  {
    theme: 'participation',
    text: {
      nb: 'medvirkning og innbyggerdialog',
      nn: 'medverknad og innbyggjardialog',
      sv: 'medborgardialog',
      en: 'public participation',
    },
  },
  {
    theme: 'regional-planning',
    text: {
      nb: 'regional planstrategi',
      nn: 'regional planstrategi',
      sv: 'regional utvecklingsstrategi',
      en: 'a regional development strategy',
    },
  },
  {
    theme: 'learning-networks',
    text: {
      nb: 'læringsnettverk mellom kommuner',
      nn: 'læringsnettverk mellom kommunar',
      sv: 'lärande nätverk mellan kommuner',
      en: 'learning networks between municipalities',
    },
  },
];

/** Places per language, with the demo programme an item about them belongs to (if any). */
export const places: Record<Language, [string, string | null][]> = {
  nb: [
    ['Grue', 'veiledningspiloten'],
    ['Stjørdal', 'byregionprogrammet'],
    ['Rendalen', 'veiledningspiloten'],
    ['Gjøvikregionen', 'byregionprogrammet'],
    ['Vardø', 'veiledningspiloten'],
    ['Kongsbergregionen', 'byregionprogrammet'],
    ['Karasjok', 'veiledningspiloten'],
    ['Hamar', null],
  ],
  nn: [
    ['Fjord', 'veiledningspiloten'],
    ['Sande', 'veiledningspiloten'],
    ['Volda', null],
    ['Stryn', null],
    ['Sogndal', null],
  ],
  sv: [
    ['Region Gävleborg', 'regional-fysisk-planering'],
    ['Region Kronoberg', 'reglab-arskonferens'],
    ['Jämtland', 'regional-fysisk-planering'],
    ['Västerbotten', null],
    ['Halland', 'regional-fysisk-planering'],
    ['Region Örebro län', 'reglab-arskonferens'],
  ],
  en: [
    ['Nordic small towns', null],
    ['the Trøndelag region', 'byregionprogrammet'],
    ['rural Sweden', 'reglab-arskonferens'],
    ['Northern Norway', 'veiledningspiloten'],
    ['the Baltic Sea region', null],
  ],
};

export const angles: Record<Language, string[]> = {
  nb: ['erfaringer fra prosjektet', 'hva vi lærte', 'status og veien videre', 'en kunnskapsoppsummering'],
  nn: ['erfaringar frå prosjektet', 'kva vi lærte', 'status og vegen vidare', 'ei kunnskapsoppsummering'],
  sv: ['erfarenheter från projektet', 'vad vi lärde oss', 'läget och vägen framåt', 'en kunskapsöversikt'],
  en: ['lessons from the project', 'what we learned', 'status and next steps', 'a review of the evidence'],
};

export const kindNames: Record<Language, Record<Exclude<ItemKind, 'reference'>, string>> = {
  nb: {
    article: 'Artikkel',
    report: 'Rapport',
    presentation: 'Presentasjon',
    case_story: 'Eksempelhistorie',
    session_summary: 'Oppsummering fra samling',
    news: 'Nyhet',
  },
  nn: {
    article: 'Artikkel',
    report: 'Rapport',
    presentation: 'Presentasjon',
    case_story: 'Eksempelforteljing',
    session_summary: 'Oppsummering frå samling',
    news: 'Nyheit',
  },
  sv: {
    article: 'Artikel',
    report: 'Rapport',
    presentation: 'Presentation',
    case_story: 'Exempelberättelse',
    session_summary: 'Sammanfattning från träff',
    news: 'Nyhet',
  },
  en: {
    article: 'Article',
    report: 'Report',
    presentation: 'Presentation',
    case_story: 'Case story',
    session_summary: 'Session summary',
    news: 'News',
  },
};
export const kinds = Object.keys(kindNames.en) as Exclude<ItemKind, 'reference'>[];

export const about: Record<Language, (kind: string, topic: string, place: string) => string> = {
  nb: (k, t, p) => `${k} om ${t} i ${p}.`,
  nn: (k, t, p) => `${k} om ${t} i ${p}.`,
  sv: (k, t, p) => `${k} om ${t} i ${p}.`,
  en: (k, t, p) => `${k} on ${t} in ${p}.`,
};

/** Sentences a body is made of; the first names the place and topic, the others are picked by stride. */
export const sentences: Record<Language, string[]> = {
  nb: [
    '{place} har arbeidet med {topic} siden {since}, og kommunene i regionen deler erfaringene i læringsnettverket.',
    'Prosjektgruppen kartla pendling, boligbygging og arbeidsplasser før tiltakene ble valgt.',
    'Ordføreren og kommunedirektøren var med fra starten, noe som ga prosessen forankring.',
    'Innbyggerne ble invitert til åpne møter og en digital undersøkelse.',
    'Samarbeidet med fylkeskommunen og næringslivet ble formalisert i en avtale.',
    'På nettverkssamlingen la kommunen fram resultatene for de andre deltakerne.',
    'Erfaringene viser at langsiktighet og lokalt eierskap betyr mer enn organiseringen.',
    'Neste steg er å forankre strategien i kommuneplanens samfunnsdel.',
  ],
  nn: [
    '{place} har arbeidd med {topic} sidan {since}, og kommunane i regionen deler erfaringane i læringsnettverket.',
    'Prosjektgruppa kartla pendling, bustadbygging og arbeidsplassar før tiltaka vart valde.',
    'Ordføraren og kommunedirektøren var med frå starten, og det gav prosessen forankring.',
    'Innbyggjarane vart inviterte til opne møte og ei digital undersøking.',
    'Samarbeidet med fylkeskommunen og næringslivet vart formalisert i ein avtale.',
    'På nettverkssamlinga la kommunen fram resultata for dei andre deltakarane.',
    'Erfaringane viser at langsiktigheit og lokalt eigarskap betyr meir enn organiseringa.',
    'Neste steg er å forankre strategien i samfunnsdelen av kommuneplanen.',
  ],
  sv: [
    '{place} har arbetat med {topic} sedan {since}, och kommunerna i länet delar erfarenheterna i ett lärande nätverk.',
    'Projektgruppen kartlade pendling, bostadsbyggande och arbetstillfällen innan åtgärderna valdes.',
    'Kommunstyrelsens ordförande och kommundirektören var med från början, vilket gav processen förankring.',
    'Medborgarna bjöds in till öppna möten och en digital enkät.',
    'Samverkan med regionen och näringslivet formaliserades i en avsiktsförklaring.',
    'Vid nätverksträffen presenterade regionen resultaten för de andra deltagarna.',
    'Erfarenheterna visar att långsiktighet och lokalt ägarskap betyder mer än organisationsformen.',
    'Nästa steg är att förankra strategin i översiktsplanen.',
  ],
  en: [
    '{place} has worked on {topic} since {since}, and its municipalities share their experience in a learning network.',
    'The project group mapped commuting, housing construction and jobs before choosing its measures.',
    'The mayor and the chief executive took part from the start, which anchored the process.',
    'Residents were invited to open meetings and a digital survey.',
    'Cooperation with the county and local businesses was formalised in an agreement.',
    'At the network gathering the municipality presented its results to the other participants.',
    'The experience shows that a long-term view and local ownership matter more than the form of organisation.',
    'The next step is to anchor the strategy in the municipal master plan.',
  ],
};

export const headings: Record<Language, [string, string]> = {
  nb: ['Bakgrunn', 'Erfaringer'],
  nn: ['Bakgrunn', 'Erfaringar'],
  sv: ['Bakgrund', 'Erfarenheter'],
  en: ['Background', 'Lessons'],
};
