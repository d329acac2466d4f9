import type { DemoLibraryItem } from './library-types';

// One summary per seed (../shared/seeds/000–004), written anew in the seed's own language: the
// facts the seed gives, not its sentences. Publication days the seeds do not give are invented
// (demo data) but lie after the events they sum up.

const seed000: DemoLibraryItem = {
  key: 'byregionprogrammet-laeringsnettverk-2014',
  kind: 'presentation',
  title: 'Byregionprogrammet 2014: oppdraget, målene og læringsnettverket',
  summary:
    'Sammendrag av Kompetansesenterets innlegg på oppstartskonferansen for Utviklingsprogram for byregioner: ' +
    'hva læringsnettverket skal gjøre, hva fase 1 og 2 krever, og hva forskning sier om regioner som lykkes.',
  body: [
    '## Oppdraget',
    'Kompetansesenter for distriktsutvikling er en politisk uavhengig fagetat under KMD. I 2014 var ' +
      'byregionprogrammet (ByReg) ett av senterets to prioriterte områder, ved siden av ressurssenteret for ' +
      'kommunesammenslåinger. Senteret skal etablere og drifte et nasjonalt læringsnettverk for deltakerne, ' +
      'samle og formidle kunnskapen programmet gir, og supplere den med studier og forskning. Kunnskapen ' +
      'skal være offentlig tilgjengelig.',
    '## Fase 1 og fase 2',
    '- **Fase 1:** samarbeidet i regionen etableres, partnere som næringsliv, utdanning og fylkeskommune ' +
      'involveres, og regionen velger tema ut fra en helhetlig samfunnsanalyse av samspillet mellom byen ' +
      'og omlandet.',
    '- Analysen kan gå langs seks parametre: arbeidsmarked, boligmarked, arealdisponering, infrastruktur, ' +
      'næringsliv og kompetanse. Målet er å finne flaskehalsene som hindrer regional vekst.',
    '- **Fase 2:** regionen utvikler lokalt forankrede strategier og tiltak, forankret i kommunenes ordinære ' +
      'planarbeid.',
    '## Hva kjennetegner regioner som lykkes',
    'Studier fra VINNOVA og Oxford Research peker på en felles og realistisk visjon, få prioriterte ' +
      'vekstområder, felles lederskap, samspill mellom politikk, administrasjon og næringsliv, engasjerte ' +
      'ordførere og langsiktighet (gjerne ti år). Studien av omstillingsprogrammer (NTNU, SINTEF og TFoU 2010) ' +
      'legger vekt på forankring og lokal tilpasning framfor «best cases». Kunnskapssenterets oversikt over ' +
      'læringsnettverk nevner leder- og medarbeiderforankring, en kultur for forbedring og gode data; Filstad ' +
      '(2010) beskriver hva som bygger en sterk læringskultur.',
    '## Samlinger i 2014',
    'To nasjonale nettverkssamlinger: 20.–21. mai i Stjørdal og 3.–4. november. Regionene følges opp før, ' +
      'mellom og etter samlingene, og en referansegruppe settes sammen.',
  ].join('\n\n'),
  language: 'nb',
  year: 2014,
  audience: 'public',
  publishedOn: '2014-04-10',
  authors: [{ organisation: 'distriktssenteret' }],
  themes: [
    'learning-networks',
    'regional-planning',
    'labour-market',
    'housing-market',
    'land-use',
    'infrastructure',
    'business',
    'competence',
  ],
  // Tagged in Swedish and English too, so Reglab's members find it in their own words.
  tags: ['byregioner', 'samfunnsanalyse', 'læringsnettverk', 'lärande nätverk', 'learning network'],
  programmes: ['byregionprogrammet'],
  events: [
    { programme: 'byregionprogrammet', startsOn: '2014-05-20' },
    { programme: 'byregionprogrammet', startsOn: '2014-11-03' },
  ],
};

const seed001: DemoLibraryItem = {
  key: 'regional-fysisk-planering-ws2',
  kind: 'session_summary',
  title: 'WS2 i lärprojektet Regional fysisk planering: roller och mandat i samverkan',
  summary:
    'Sammanfattning av Reglabs andra workshop (Stockholm, 3 september 2014) om effektiva processer, roller, ' +
    'mandat och legitimitet i regional fysisk planering.',
  body: [
    '## Återblick på WS1',
    'Regionerna har gått från en gemensam insikt (2011) till en gemensam avsikt (2013). Regionens uppgift ' +
      'beskrevs som att översätta och främja, utan starka styrmedel. Processledaren liknades vid en körledare, ' +
      'och samverkan mellan konkurrerande parter ("copetition") lyftes som en utmaning. Den nationella ' +
      'strategin för regional tillväxt och attraktionskraft ger regionerna legitimitet att ta initiativ.',
    '## Dagens program',
    '- Boverkets erfarenheter av samverkan mellan regional och kommunal nivå (Daniel André och Pål Karlsson).',
    '- Teorier om samverkan (Charlotta Fredriksson och Patrik Tornberg, WSP).',
    '- RUFS och samverkan i regional fysisk planering (Bette Malmros och Ulrika Palm, TMR).',
    '- Arbete med deltagarnas egna case i smågrupper med kollegial coachning, och i storgrupp med stöd av ' +
      'Carl-Johan Engström, KTH.',
    '## Läxa och fortsättning',
    'Varje region formulerar en rimlig hemuppgift utifrån de principiella frågor casen visat, och funderar ' +
      'på hur lärdomarna kan användas på hemmaplan. WS3 den 15 oktober handlar om verktyg och visualisering; ' +
      'WS4 den 2–3 december i Norrköping om framsyn.',
  ].join('\n\n'),
  language: 'sv',
  year: 2014,
  // The learning project is a members-only programme, so its material is for members too.
  audience: 'members',
  publishedOn: '2014-09-10',
  authors: [{ organisation: 'reglab' }, { name: 'Stig-Roland Rask' }, { name: 'Charlotta Fredriksson' }],
  themes: ['regional-planning', 'land-use', 'learning-networks'],
  tags: ['flernivåstyrning', 'kollegial coachning', 'lärprojekt'],
  programmes: ['regional-fysisk-planering'],
  events: [{ programme: 'regional-fysisk-planering', startsOn: '2014-09-03' }],
  attachment: {
    filename: 'ws2-program.txt',
    text:
      'Program onsdag 3 september: 10.15 Samverkan mellan regional och kommunal nivå – Boverket. ' +
      '11.00 Teorier om samverkan – WSP. 13.00 RUFS – TMR. 13.30 och 15.00 workshop kring egna casen. ' +
      '16.00 Mot nästa möte.',
  },
};

const seed002: DemoLibraryItem = {
  key: 'suksessfulle-distriktskommuner',
  kind: 'presentation',
  title: 'Hva kjennetegner suksessfulle distriktskommuner?',
  summary:
    'Torbjørn Wekre (KDU) om hva 15 suksessrike distriktskommuner har til felles, med nettverksanalyse, ' +
    'utviklingskultur og fire blindspor fra Telemarksforskings sluttrapport.',
  body: [
    'Det finnes ingen felles oppskrift på suksess i næringsutvikling, men kommuner og regionale partnerskap ' +
      'er viktige aktører. Et tydelig kontaktpunkt for gründere, kobling mellom næringsutvikling og ' +
      'samfunnsutvikling, og kommunen som utviklingspartner for næringslivet trekkes fram, med Rauma, Leksvik ' +
      'og Stryn som eksempler.',
    '## Attraktivitet og nettverk',
    'Steder vokser ved å være attraktive for bosetting, for bedrifter (basisnæring) og for besøkende. ' +
      'Nettverksanalysen av suksesskommunene viser korte avstander mellom kommune og næringsliv, men også at ' +
      'nettverkene domineres av folk over 40 år som har bodd i kommunen i mer enn ti år. Nyinnflyttede og unge ' +
      'er nesten fraværende, noe som kan gjøre det vanskeligere å rekruttere og å få nye impulser.',
    '## Kultur og ildsjeler',
    'Utviklingskulturen ble målt med OCAI; en blanding av kulturtyper gir robusthet. Ildsjeler trenger tillit ' +
      'og samarbeidspartnere, og innvandrere bidrar til veksten i flere av kommunene.',
    '## Fire blindspor',
    'Suksess henger ikke på god kommuneøkonomi, gode planer, en bestemt organisering av utviklingsarbeidet ' +
      'eller en sentral beliggenhet ved en stor vei. Det er handlingsmønsteret lokalt og regionalt som teller.',
  ].join('\n\n'),
  language: 'nb',
  year: 2016,
  audience: 'public',
  publishedOn: '2016-03-15',
  authors: [{ name: 'Torbjørn Wekre' }, { organisation: 'distriktssenteret' }],
  themes: ['business', 'attractiveness', 'competence'],
  tags: ['distriktskommuner', 'utviklingskultur', 'ildsjeler', 'Telemarksforsking'],
};

const seed003: DemoLibraryItem = {
  key: 'laerdom-fra-veiledningspiloten',
  kind: 'article',
  title: 'Lærdom fra Veiledningspiloten 2020–2022',
  summary:
    'Hva Distriktssenteret og tre fylkeskommuner lærte av å veilede 14 distriktskommuner i ' +
    'samfunnsutvikling, og hva følgeforskningen fra SINTEF Digital fant.',
  body: [
    'Fra 2020 til 2022 fikk 14 distriktskommuner i Innlandet, Møre og Romsdal og Troms og Finnmark veiledning ' +
      'fra Distriktssenteret og fylkeskommunene. Kommunene valgte ulike prosesser: kommuneplanens samfunnsdel ' +
      '(Fjord, Karasjok), sentrumsutvikling (Sør-Aurdal, Salangen) og strategisk næringsplan (Kåfjord, Rendalen). ' +
      'Piloten gikk under koronapandemien, så mye av veiledningen skjedde digitalt.',
    '## Erfaringer',
    '- Distriktskommuner har stor nytte av prosesstøtte: prosessplaner, medvirkning og metodevalg, tett på over tid.',
    '- Lokalt eierskap og egen prosessledelse er avgjørende; høy turnover gjør at veilederne ellers må dra lasset.',
    '- Ordfører og kommunedirektør må vise reelt engasjement, og prosjektlederen trenger tid og tillit.',
    '- Samarbeidet mellom fylkeskommune og Distriktssenteret bør forankres i avtaler, med avklarte roller ' +
      'og et team med både fag- og prosesskompetanse.',
    '## Følgeforskningen',
    'SINTEF Digital fant at veiledningen ble opplevd som kunnskapsbasert, metodisk solid og ressurskrevende, og ' +
      'at en varig modell ikke kan være standardisert, men må tilpasses hver kommune. Distriktsmeldingen ' +
      '(Meld. St. 27 (2022–2023)) peker på behovet for å styrke utviklingskapasiteten i distriktskommunene.',
  ].join('\n\n'),
  language: 'nb',
  year: 2022,
  audience: 'public',
  publishedOn: '2022-10-05',
  authors: [{ organisation: 'distriktssenteret' }],
  themes: ['participation', 'regional-planning', 'business', 'competence'],
  tags: ['veiledning', 'distriktskommuner', 'prosesstøtte', 'samfunnsdelen'],
  programmes: ['veiledningspiloten'],
};

const seed004: DemoLibraryItem = {
  key: 'reglab-arskonferens-2019-larpass',
  kind: 'session_summary',
  title: 'Lärpassen på Reglabs årskonferens 2019',
  summary:
    'Ett urval av de omkring tjugo lärpassen där Reglabs medlemmar och partner diskuterade aktuell regional ' +
    'utveckling: ledarskap, kommunernas kapacitet, AI, BRP+, Agenda 2030, digitalisering och planering.',
  body: [
    '- **Regionalt utvecklingsansvar:** tio punkter för ledarskapet (Region Örebro län och SKL).',
    '- **Kommunutredningen:** förslag för att stärka kommunernas kapacitet, slutbetänkande 15 oktober 2019.',
    '- **AI för vård och näringsliv:** det nationella AI-centret på Lindholmen (2018) och VGR:s erfarenheter.',
    '- **BRP+:** ett ramverk för att mäta hållbar utveckling i regionerna (Tillväxtverket och Sweco).',
    '- **Agenda 2030 lokalt:** 27 nordiska kommuner som gått före, presenterade av Nordregio (på engelska).',
    '- **Social hållbarhetsanalys** i kollektivtrafiken, Region Kronoberg.',
    '- **Digitalisering** och det offentligas roll, Tillväxtverket.',
    '- **Miljö och klimat** i det regionala tillväxtarbetet, Region Skåne.',
    '- **Nudging** i företagsfrämjandet, Ramboll.',
    '- **Smart specialisering** och världens första elväg för tung trafik, Region Gävleborg.',
    '- **Regionalfonden 2014–2020:** vad knappt sju miljarder kronor lärt oss, Tillväxtverket.',
    '- **Gränslös regional planering:** funktionella samband över administrativa gränser, WSP.',
  ].join('\n'),
  language: 'sv',
  year: 2019,
  audience: 'public',
  publishedOn: '2019-02-20',
  authors: [{ organisation: 'reglab' }],
  themes: ['regional-planning', 'digitalisation', 'climate', 'business', 'competence'],
  tags: ['årskonferens', 'lärpass', 'Agenda 2030', 'BRP+'],
  programmes: ['reglab-arskonferens'],
  events: [{ programme: 'reglab-arskonferens', startsOn: '2019-02-06' }],
};

/** The five seed summaries, in seed order. */
export const seedSummaries: DemoLibraryItem[] = [seed000, seed001, seed002, seed003, seed004];
