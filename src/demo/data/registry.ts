import type { DemoOrganisation } from './types';

// The organisations the demo needs, defined here rather than read from ../shared/data at run time
// (that folder is not on a user's machine). Numbers and names are checked against
// ../shared/data/registry/no-fylker-2025.json, no-kommuner-2025.json and se-municipality-county.csv;
// the full official lists can be loaded with the registry import.

/** Norway's 15 counties (fylker) as of 2025: number, name, web address. */
const norwegianCounties: [string, string, string][] = [
  ['03', 'Oslo', 'www.oslo.kommune.no'],
  ['11', 'Rogaland', 'www.rogfk.no'],
  ['15', 'Møre og Romsdal', 'www.mrfylke.no'],
  ['18', 'Nordland', 'www.nfk.no'],
  ['31', 'Østfold', 'www.ofk.no'],
  ['32', 'Akershus', 'www.afk.no'],
  ['33', 'Buskerud', 'www.bfk.no'],
  ['34', 'Innlandet', 'www.innlandetfylke.no'],
  ['39', 'Vestfold', 'www.vestfoldfylke.no'],
  ['40', 'Telemark', 'www.telemarkfylke.no'],
  ['42', 'Agder', 'www.agderfk.no'],
  ['46', 'Vestland', 'www.vestlandfylke.no'],
  ['50', 'Trøndelag', 'www.trondelagfylke.no'],
  ['55', 'Troms', 'www.tromsfylke.no'],
  ['56', 'Finnmark', 'www.ffk.no'],
];

/** Sweden's 21 counties (län) with their official county codes. */
const swedishCounties: [string, string][] = [
  ['01', 'Stockholms län'],
  ['03', 'Uppsala län'],
  ['04', 'Södermanlands län'],
  ['05', 'Östergötlands län'],
  ['06', 'Jönköpings län'],
  ['07', 'Kronobergs län'],
  ['08', 'Kalmar län'],
  ['09', 'Gotlands län'],
  ['10', 'Blekinge län'],
  ['12', 'Skåne län'],
  ['13', 'Hallands län'],
  ['14', 'Västra Götalands län'],
  ['17', 'Värmlands län'],
  ['18', 'Örebro län'],
  ['19', 'Västmanlands län'],
  ['20', 'Dalarnas län'],
  ['21', 'Gävleborgs län'],
  ['22', 'Västernorrlands län'],
  ['23', 'Jämtlands län'],
  ['24', 'Västerbottens län'],
  ['25', 'Norrbottens län'],
];

/**
 * The Norwegian municipalities the demo programmes use, with their 2025 numbers (the first two
 * digits are the county). Veiledningspiloten's 14 come first; then the members of the city regions.
 */
const norwegianMunicipalities: [string, string, string][] = [
  // Veiledningspiloten, Innlandet (34): the same numbers during the programme (2020–2022).
  ['3449', 'Sør-Aurdal', 'www.sor-aurdal.kommune.no'],
  ['3417', 'Grue', 'www.grue.kommune.no'],
  ['3425', 'Engerdal', 'www.engerdal.kommune.no'],
  ['3424', 'Rendalen', 'www.rendalen.kommune.no'],
  // Veiledningspiloten, Møre og Romsdal (15): the same numbers during the programme.
  ['1576', 'Aure', 'www.aure.kommune.no'],
  ['1560', 'Tingvoll', 'www.tingvoll.kommune.no'],
  ['1514', 'Sande', 'www.sande-mr.kommune.no'],
  ['1578', 'Fjord', 'www.fjord.kommune.no'],
  // Veiledningspiloten, Troms og Finnmark: during the programme these six lay in Troms og Finnmark
  // (county 54, 2020–2023), numbered Loppa 5432, Vardø 5404, Karasjok 5437, Salangen 5417,
  // Kåfjord 5426, Storfjord 5425. The county was split on 1 January 2024 into Troms (55) and
  // Finnmark (56); the numbers below are today's, the parent is the county of the programme period
  // (see periodParents).
  ['5614', 'Loppa', 'www.loppa.kommune.no'],
  ['5634', 'Vardø', 'www.vardo.kommune.no'],
  ['5610', 'Karasjok', 'www.karasjok.kommune.no'],
  ['5522', 'Salangen', 'www.salangen.kommune.no'],
  ['5540', 'Kåfjord', 'www.kafjord.kommune.no'],
  ['5538', 'Storfjord', 'www.storfjord.kommune.no'],
  // Byregionprogrammet city regions (see cityRegions below).
  ['5035', 'Stjørdal', 'www.stjordal.kommune.no'],
  ['5034', 'Meråker', 'www.meraker.kommune.no'],
  ['5032', 'Selbu', 'www.selbu.kommune.no'],
  ['5033', 'Tydal', 'www.tydal.kommune.no'],
  ['5036', 'Frosta', 'www.frosta.kommune.no'],
  ['3407', 'Gjøvik', 'www.gjovik.kommune.no'],
  ['3442', 'Østre Toten', 'www.ostre-toten.kommune.no'],
  ['3443', 'Vestre Toten', 'www.vestre-toten.kommune.no'],
  ['3447', 'Søndre Land', 'www.sondre-land.kommune.no'],
  ['3448', 'Nordre Land', 'www.nordre-land.kommune.no'],
  ['3303', 'Kongsberg', 'www.kongsberg.kommune.no'],
  ['3334', 'Flesberg', 'www.flesberg.kommune.no'],
  ['3336', 'Rollag', 'www.rollag.kommune.no'],
  ['3338', 'Nore og Uvdal', 'www.nore-og-uvdal.kommune.no'],
  ['4005', 'Notodden', 'www.notodden.kommune.no'],
  ['4026', 'Tinn', 'www.tinn.kommune.no'],
  ['4024', 'Hjartdal', 'www.hjartdal.kommune.no'],
];

/**
 * City regions (byregion: a town and its hinterland) for Byregionprogrammet. Seed 000 names no
 * participants, so these are realistic examples: real inter-municipal regions with real members.
 */
const cityRegions: DemoOrganisation[] = [
  {
    key: 'no-byregion-vaernes',
    kind: 'city_region',
    name: 'Værnesregionen',
    country: 'NO',
    members: ['no-5035', 'no-5034', 'no-5032', 'no-5033', 'no-5036'],
  },
  {
    key: 'no-byregion-gjovik',
    kind: 'city_region',
    name: 'Gjøvikregionen',
    country: 'NO',
    members: ['no-3407', 'no-3442', 'no-3443', 'no-3447', 'no-3448'],
  },
  {
    key: 'no-byregion-kongsberg',
    kind: 'city_region',
    name: 'Kongsbergregionen',
    country: 'NO',
    members: ['no-3303', 'no-3334', 'no-3336', 'no-3338', 'no-4005', 'no-4026', 'no-4024'],
  },
];

/** The operators and partners the seeds name. */
const others: DemoOrganisation[] = [
  {
    key: 'distriktssenteret',
    kind: 'national_agency',
    name: 'Distriktssenteret – Kompetansesenter for distriktsutvikling',
    country: 'NO',
    website: 'https://distriktssenteret.no',
  },
  { key: 'reglab', kind: 'other', name: 'Reglab', country: 'SE', website: 'https://www.reglab.se' },
  { key: 'sintef', kind: 'other', name: 'SINTEF Digital', country: 'NO' },
  // Seed 001, WS casen group 1.
  { key: 'se-skl', kind: 'other', name: 'Sveriges Kommuner och Landsting (SKL)', country: 'SE' },
  { key: 'se-tillvaxtverket', kind: 'national_agency', name: 'Tillväxtverket', country: 'SE' },
  { key: 'se-tillvaxtanalys', kind: 'national_agency', name: 'Tillväxtanalys', country: 'SE' },
  { key: 'se-boverket', kind: 'national_agency', name: 'Boverket', country: 'SE' },
];

/**
 * Troms og Finnmark fylkeskommune, county 54, existed 2020–2023: the county of Veiledningspiloten's
 * six northern municipalities while the programme ran. It is not in today's list of counties.
 */
const tromsOgFinnmark: DemoOrganisation = {
  key: 'no-troms-og-finnmark',
  kind: 'county',
  name: 'Troms og Finnmark fylkeskommune',
  country: 'NO',
  number: '54',
};

// A programme shows its participants under the county they lay in during the programme: seed 003
// speaks of Veiledningspiloten's "14 municipalities under their three counties", and its overview
// filters by county. So the six northern municipalities keep today's numbers (55xx, 56xx) but have
// Troms og Finnmark (54) as parent rather than Troms (55) or Finnmark (56), which did not exist yet.
// A participant-level "county during the programme" would say the same for one demo at much more cost.
const periodParents: Record<string, string> = Object.fromEntries(
  ['5614', '5634', '5610', '5522', '5540', '5538'].map((n) => [n, 'no-troms-og-finnmark']),
);

const web = (host: string) => `https://${host}`;

/** Every organisation of the demo, counties before the municipalities that point to them. */
export const demoOrganisations: DemoOrganisation[] = [
  ...norwegianCounties.map(([number, name, host]): DemoOrganisation => ({
    key: `no-${number}`,
    kind: 'county',
    name,
    country: 'NO',
    number,
    website: web(host),
  })),
  tromsOgFinnmark,
  ...swedishCounties.map(([number, name]): DemoOrganisation => ({
    key: `se-${number}`,
    kind: 'county',
    name,
    country: 'SE',
    number,
  })),
  ...norwegianMunicipalities.map(([number, name, host]): DemoOrganisation => ({
    key: `no-${number}`,
    kind: 'municipality',
    name,
    country: 'NO',
    number,
    parent: periodParents[number] ?? `no-${number.slice(0, 2)}`,
    website: web(host),
  })),
  ...cityRegions,
  ...others,
];
