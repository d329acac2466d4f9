import type { DemoLibraryItem } from './library-types';

// The literature the seeds cite, as references. Titles, authors, years and publishers are as the
// seeds give them (seed 000 for the first five, seed 003 for the last two); no DOI or URL is given
// where the seed has none, rather than one guessed. Where the seed names no title (VINNOVA's
// report), the title says what the report is.

const reference = (
  item: Omit<DemoLibraryItem, 'kind' | 'audience' | 'tags'> & { tags?: string[] },
): DemoLibraryItem => ({ kind: 'reference', audience: 'public', tags: [], ...item });

/** The seeds' literature, oldest first. */
export const seedReferences: DemoLibraryItem[] = [
  reference({
    key: 'scandinavian-best-cases-2005',
    title: 'Scandinavian best cases',
    summary:
      'A study by Oxford Research of regions that succeed: they know their own strengths, politics, ' +
      'administration and business work closely together, and their mayors are strongly engaged.',
    body: 'Cited in seed 000 for what characterises successful regions, including a long-term perspective.',
    language: 'en',
    year: 2005,
    publishedOn: '2014-04-10',
    authors: [{ name: 'Oxford Research' }],
    reference: { publisher: 'Oxford Research' },
    themes: ['regional-planning', 'business'],
    tags: ['best cases', 'regional growth'],
  }),
  reference({
    key: 'vinnova-vr-2009-19',
    title: 'VINNOVA Report VR 2009:19 – en studie av VINNVÄXT-programmet',
    summary:
      'Studie av VINNOVA:s program VINNVÄXT: samverkan mellan akademi, näringsliv och offentlig sektor ' +
      '(Triple Helix) gav ökad förståelse för varandras uppgifter och roller, och nätverken och broarna ' +
      'som byggdes kan väga tyngre än själva projekten för regionens utveckling.',
    body:
      'Citerad i seed 000. Regioner som lyckas har en gemensam och realistisk vision inom ett profilerat ' +
      'område, prioriterar få tillväxtområden och har ett gemensamt ledarskap.',
    language: 'sv',
    year: 2009,
    publishedOn: '2014-04-10',
    authors: [{ name: 'Ulf Westerberg' }],
    reference: { publisher: 'VINNOVA' },
    themes: ['regional-planning', 'business', 'learning-networks'],
    tags: ['VINNVÄXT', 'Triple Helix'],
  }),
  reference({
    key: 'langtidseffekter-av-omstillingsprogram-2010',
    title: 'Langtidseffekter av omstillingsprogram',
    summary:
      'Studie av regionale omstillingsprogrammer, gjort av NTNU (Geografisk institutt), SINTEF (Teknologi og ' +
      'samfunn) og Trøndelag Forskning og Utvikling for Innovasjon Norge og KDU: organisasjonsformen betyr ' +
      'mindre enn forankring, lokal tilpasning og langsiktighet.',
    body: 'Sitert i seed 000. Gode grunnlagsdata trekkes også fram som viktig.',
    language: 'nb',
    year: 2010,
    publishedOn: '2014-04-10',
    authors: [
      { name: 'NTNU, Geografisk institutt' },
      { name: 'SINTEF Teknologi og samfunn' },
      { name: 'Trøndelag Forskning og Utvikling (TFoU)' },
    ],
    reference: { publisher: 'Innovasjon Norge og KDU (oppdragsgivere)' },
    themes: ['regional-planning', 'business'],
    tags: ['omstilling', 'regional omstilling'],
  }),
  reference({
    key: 'suksesskriterier-laeringskultur-filstad-2010',
    title: 'Suksesskriterier for etablering av sterk læringskultur',
    summary:
      'Artikkel av Cathrine Filstad Jakobsen i MAGMA 3/2010: en sterk læringskultur bygger på et vedvarende ' +
      'fokus på læring og kunnskapsutvikling, forankret i ledelsen på alle nivåer.',
    body: 'Sitert i seed 000 som bakgrunn for læringsnettverkets arbeid med lærende organisasjoner og regioner.',
    language: 'nb',
    year: 2010,
    publishedOn: '2014-04-10',
    authors: [{ name: 'Cathrine Filstad Jakobsen' }],
    reference: { publisher: 'MAGMA' },
    themes: ['learning-networks', 'competence'],
    tags: ['læringskultur', 'lærende organisasjon'],
  }),
  reference({
    key: 'kunnskapssenteret-rapport-23-2011',
    title:
      'Læringsnettverk som verktøy i kvalitetsforbedring – en oppsummering av forskning og erfaring ' +
      '(Rapport fra Kunnskapssenteret nr. 23–2011)',
    summary:
      'Systematisk oversikt fra Kunnskapssenteret: læringsnettverk bidrar til kvalitetsforbedring når leder- ' +
      'og medarbeiderforankring, en organisasjonskultur for forbedringsarbeid og nøyaktige og komplette data om ' +
      'egne tjenester er på plass.',
    body: 'Sitert i seed 000. Erfaringer fra gjennomførte læringsnettverk støtter de samme suksesskriteriene.',
    language: 'nb',
    year: 2011,
    publishedOn: '2014-04-10',
    authors: [{ name: 'Nasjonalt kunnskapssenter for helsetjenesten' }],
    reference: { publisher: 'Nasjonalt kunnskapssenter for helsetjenesten' },
    themes: ['learning-networks', 'public-health'],
    tags: ['systematisk oversikt', 'kvalitetsforbedring'],
  }),
  reference({
    key: 'veiledningspiloten-sluttrapport-sintef',
    title: 'Følgeforskning av Veiledningspiloten – sluttrapport',
    summary:
      'SINTEF Digitals sluttrapport fra følgeforskningen av Veiledningspiloten: veiledningen var formålstjenlig ' +
      'og ressurskrevende, og en varig modell må tilpasses hver kommune.',
    body: 'Sitert i seed 003.',
    language: 'nb',
    year: 2022,
    publishedOn: '2022-10-05',
    authors: [{ organisation: 'sintef' }],
    reference: { publisher: 'SINTEF Digital' },
    themes: ['participation', 'competence'],
    programmes: ['veiledningspiloten'],
  }),
  reference({
    key: 'distriktsmeldingen-meld-st-27-2022-2023',
    title: 'Distriktsmeldingen (Meld. St. 27 (2022–2023))',
    summary:
      'Stortingsmeldingen om distriktspolitikk: utviklingskapasiteten i distriktskommunene må styrkes, og ' +
      'aktørene som støtter kommunene kan samarbeide bedre.',
    body: 'Sitert i seed 003.',
    language: 'nb',
    year: 2023,
    publishedOn: '2023-06-20',
    authors: [{ name: 'Kommunal- og distriktsdepartementet' }],
    reference: { publisher: 'Kommunal- og distriktsdepartementet' },
    themes: ['regional-planning', 'competence'],
    tags: ['stortingsmelding', 'distriktspolitikk'],
  }),
];
