import type { SearchDocument, SearchLanguage } from './types';

/**
 * A fixed corpus for the relevance tests: small documents in bokmål, nynorsk, Swedish and English
 * written from the seeds' vocabulary (/work/shared/seeds: the City Region Programme, Reglab's
 * learning project and conference sessions, the rural-municipality study, the Guidance Pilot) and
 * the literature they cite. Facts, briefly put; ids are fixed so the tests can name them.
 */
type Extra = Partial<Omit<SearchDocument, 'id' | 'language' | 'title' | 'body'>>;

/** A public bokmål article unless told otherwise; year and date follow from the id. */
export function doc(
  id: number,
  language: SearchLanguage,
  title: string,
  body: string,
  extra: Extra = {},
): SearchDocument {
  const year = extra.year ?? 2014 + (id % 9);
  return {
    type: 'item',
    id,
    title,
    body,
    url: `/library/item-${id}`,
    language,
    audience: 'public',
    programmeId: null,
    kind: 'article',
    themes: [],
    year,
    date: `${year}-${String((id % 12) + 1).padStart(2, '0')}-15T10:00:00.000Z`,
    ...extra,
  };
}

/** The members-only programme of the visibility tests. */
export const closedProgrammeId = 77;
export const openProgrammeId = 11;

/** The bokmål and nynorsk documents; the Swedish and English ones are in relevance-corpus-sv-en.ts. */
export const norwegianCorpus: SearchDocument[] = [
  // Bokmål: the City Region Programme (seed 000).
  doc(
    1,
    'nb',
    'Byregionprogrammet: et nasjonalt læringsnettverk',
    'Kompetansesenteret skal etablere og drifte et nasjonalt læringsnettverk mellom deltakerne i byregionprogrammet. Målet er kunnskapsbygging, kunnskapsdeling og formidling til andre.',
    { kind: 'report', programmeId: openProgrammeId, themes: ['competence'] },
  ),
  doc(
    2,
    'nb',
    'Samhandling mellom byen og omlandet',
    'En helhetlig samfunnsanalyse av byen og omlandet ligger til grunn for strategier og tiltak i hver søkerregion.',
    { programmeId: openProgrammeId },
  ),
  doc(
    3,
    'nb',
    'Boligmarkedet i byregionene',
    'Analysen viser hvordan boligmarkedet i byen og i omlandet henger sammen: boligbygging, priser og tomter.',
    { themes: ['housing-market'] },
  ),
  doc(
    4,
    'nb',
    'Arbeidsmarkedet og pendling mellom kommuner',
    'Pendlingen mellom kommuner viser et felles arbeidsmarked. Mange pendler daglig inn til byen.',
    { themes: ['labour-market'] },
  ),
  doc(
    5,
    'nb',
    'Valg av tema i fase 1',
    'Søkerregionen velger tema eller saksområde på grunnlag av analysen og finner flaskehalsen for videre vekst.',
    { programmeId: openProgrammeId },
  ),
  doc(
    6,
    'nb',
    'Forankring hos ordfører og rådmann',
    'God forankring i ledelsen er en suksessfaktor. Prosjektlederen må ha støtte fra politisk og administrativ ledelse.',
    { programmeId: openProgrammeId },
  ),
  doc(
    7,
    'nb',
    'Prosessplan for første fase',
    'En prosessplan viser hvem som gjør hva, når, og hvordan næringsliv og frivillige organisasjoner involveres.',
    { kind: 'case-story' },
  ),
  doc(
    8,
    'nb',
    'Næringslivet som partner i regionen',
    'Bedrifter, utdanningsinstitusjoner og fylkeskommunen trekkes med i arbeidet med strategier for vekst.',
    { themes: ['business'] },
  ),
  doc(
    9,
    'nb',
    'Infrastruktur: vei, jernbane og bredbånd',
    'God infrastruktur knytter byen og omlandet sammen. Investeringer i vei og bane korter ned reisetiden.',
    { themes: ['infrastructure'] },
  ),
  doc(
    10,
    'nb',
    'Kompetanse som flaskehals',
    'Mangel på kompetanse hindrer vekst i mange bedrifter. Regionen satser på etter- og videreutdanning.',
    { themes: ['competence'] },
  ),
  doc(
    11,
    'nb',
    'Arealbruk og fortetting i byregionen',
    'Arealbruken i sentrum og i omlandet må ses i sammenheng med transport og boligbygging.',
    { themes: ['land-use'] },
  ),
  doc(
    12,
    'nb',
    'Referansegruppe for byregionprogrammet',
    'Deltakerne nominerer kandidater til referansegruppen, som gir råd til kompetansesenteret.',
    { programmeId: openProgrammeId },
  ),
  // Bokmål: rural municipalities (seed 002) and the Guidance Pilot (seed 003).
  doc(
    13,
    'nb',
    'Hva kjennetegner suksessfulle distriktskommuner?',
    'En studie av femten kommuner som lykkes med næringsutvikling. Kommunen er en viktig utviklingspartner for lokalt næringsliv.',
    { kind: 'report' },
  ),
  doc(
    14,
    'nb',
    'Informasjonsnettverk kartlagt med noder',
    'Respondentene pekte ut hvem som er viktige kilder til informasjon. Noder fra offentlig og privat sektor vises i ulike farger.',
    { kind: 'report' },
  ),
  doc(
    15,
    'nb',
    'Utviklingskultur målt med OCAI',
    'OCAI måler organisasjonskultur langs fire typer: klan, adhockrati, marked og hierarki, slik den er i dag og slik man ønsker den.',
  ),
  doc(
    16,
    'nb',
    'Attraktivitetspyramiden',
    'Steder vokser ved å være attraktive for bosetting, for bedrifter i basisnæring og for besøkende.',
    { themes: ['business'] },
  ),
  doc(
    17,
    'nb',
    'Veiledningspiloten 2020–2022',
    'Fjorten distriktskommuner i tre fylker fikk veiledning fra Distriktssenteret og fylkeskommunene.',
    { kind: 'report', year: 2022 },
  ),
  doc(
    18,
    'nb',
    'Innbyggerundersøkelse i Sør-Aurdal',
    'En digital innbyggerundersøkelse spurte innbyggerne om sentrum, tjenester og trivsel.',
    { year: 2021 },
  ),
  doc(
    19,
    'nb',
    'Næringsundersøkelse i Vardø',
    'Bedriftene svarte på en digital næringsundersøkelse om rekruttering og behov for kompetanse.',
    { year: 2021 },
  ),
  doc(
    20,
    'nb',
    'Sentrumsutvikling i Salangen',
    'Kommunen prioriterte arbeidet med et levende sentrum, med medvirkning fra innbyggere og næringsdrivende.',
    { kind: 'case-story' },
  ),
  doc(
    21,
    'nb',
    'Kommuneplanens samfunnsdel i Karasjok',
    'Samfunnsdelen ble revidert med bred medvirkning og støtte fra veilederteamet.',
    { kind: 'case-story' },
  ),
  doc(
    22,
    'nb',
    'Rekruttering og tilflytting til distriktene',
    'Få nyinnflyttede slipper inn i nettverkene. Unge voksne under tretti år er nesten fraværende.',
  ),
  doc(
    23,
    'nb',
    'Første samling i læringsnettverket',
    'Den første samlingen samlet prosjektledere fra alle byregionene i to dager med innlegg og gruppearbeid.',
    { kind: 'news' },
  ),
  doc(24, 'nb', 'Kommunene i Innlandet', 'Sør-Aurdal, Grue, Engerdal og Rendalen deltok fra Innlandet.', {
    kind: 'news',
  }),
  doc(
    25,
    'nb',
    'Kommunen som utviklingspartner',
    'Eksempelet Leksvik viser samspill mellom kommunen og lokalt næringsliv.',
    { kind: 'case-story' },
  ),
  doc(
    26,
    'nb',
    'Kommuner med høy turnover',
    'Kommuner med høy turnover i nøkkelstillinger har lite administrative utviklingsressurser.',
  ),
  doc(
    27,
    'nb',
    'Tromsø: nettverkssamling i nord',
    'Nettverkssamlingen i Tromsø samlet Loppa, Vardø, Karasjok, Salangen, Kåfjord og Storfjord.',
    { type: 'event', kind: 'gathering', url: '/events/27' },
  ),
  doc(
    28,
    'nb',
    'Følgeforskning på omstillingsprogrammer',
    'NTNU, SINTEF og TFoU studerte i 2010 hvordan omstillingsprogrammer virker.',
    { kind: 'literature', year: 2010 },
  ),
  doc(
    29,
    'nb',
    'Læringsnettverk som virkemiddel (Kunnskapssenteret 23/2011)',
    'Rapporten oppsummerer forskning om læringsnettverk i helsetjenesten.',
    { kind: 'literature', year: 2011 },
  ),
  doc(
    30,
    'nb',
    'Organisasjonslæring (Filstad 2010, MAGMA)',
    'Artikkelen om læring i organisasjoner står i tidsskriftet MAGMA.',
    { kind: 'literature', year: 2010 },
  ),
  // Not for everyone: a draft, a members-only programme's document, a members' note.
  doc(31, 'nb', 'Utkast: sluttevaluering av byregionprogrammet', 'Sluttevalueringen er ikke ferdig.', {
    audience: 'staff',
    kind: 'report',
  }),
  doc(
    32,
    'nb',
    'Styringsgruppemøte i Grenlandsnettverket',
    'Referat fra styringsgruppemøtet i Grenlandsnettverket.',
    { audience: 'programme', programmeId: closedProgrammeId },
  ),
  doc(33, 'nb', 'Medlemsbrev om budsjettet', 'Budsjettet for neste år er vedtatt i medlemsmøtet.', {
    audience: 'members',
    kind: 'news',
  }),
  // Nynorsk.
  doc(
    40,
    'nn',
    'Erfaringar frå Veiledningspiloten',
    'Distriktskommunane har stor nytte av prosesstøtte, og lokalt eigarskap er ein viktig suksessfaktor.',
    { kind: 'report', year: 2022 },
  ),
  doc(
    41,
    'nn',
    'Kommunane i Møre og Romsdal',
    'Aure, Tingvoll, Sande og Fjord arbeidde med strategisk næringsplan.',
    { kind: 'news' },
  ),
  doc(
    42,
    'nn',
    'Medverknad i planarbeidet',
    'Innbyggjarane vart tekne med i planarbeidet gjennom opne møte og ei spørjeundersøking.',
  ),
  doc(
    43,
    'nn',
    'Bustadmarknaden i distrikta',
    'Det manglar utleigebustader for nye tilsette i mange distriktskommunar.',
    { themes: ['housing-market'] },
  ),
  doc(44, 'nn', 'Ungdom som flyttar heim att', 'Unge vaksne flyttar heim når det finst arbeid og bustad.'),
  doc(
    45,
    'nn',
    'Avslutningssamling i Fjord kommune',
    'Ordføraren fortalde om utviklingsarbeidet på avslutningssamlinga i august 2022.',
    { type: 'event', kind: 'gathering', url: '/events/45', year: 2022 },
  ),
  doc(
    46,
    'nn',
    'Kunnskapsdeling mellom regionane',
    'Regionane deler kunnskap på samlingar og i digitale møte.',
  ),
  doc(
    47,
    'nn',
    'Kompetansebehov i havbruksnæringa',
    'Havbruksnæringa treng fleire fagarbeidarar og ingeniørar.',
    { themes: ['competence'] },
  ),
];
