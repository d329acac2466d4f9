import type {
  DemoAgendaItem,
  DemoEventProgramme,
  DemoGatherings,
  DemoRegistrant,
  DemoSpeaker,
} from './gatherings-types';

// Seed 004: the learning sessions ("lärpass") of Reglab's annual conference, held "på årskonferensens
// andra dag". Titles, presenters and organisations are the seed's; the abstracts are short ones in
// our own words. The seed gives no date or place: its texts speak of 2018 as past and of the
// Kommunutredningen's final report (15 October 2019) as coming, so the conference is put in
// February 2019, in Stockholm — both chosen for the demo. The time slots, rooms, capacities and the
// people who registered are invented too.
//
// The conference gets a programme of its own rather than going into "Regional fysisk planering":
// that is a members-only learning project of 2014, while the annual conference is open to all of
// Reglab's members and partners, five years later.

export const reglabConferenceProgramme: DemoEventProgramme = {
  slug: 'reglab-arskonferens',
  title: { sv: 'Reglabs årskonferens', nb: 'Reglabs årskonferanse', en: "Reglab's annual conference" },
  description: {
    sv:
      'Reglabs årlig konferens för medlemmar och partner, med ett tjugotal lärpass på andra dagen. ' +
      '(Demodata: lärpassens titlar och medverkande är konferensens; datum, ort, tider och deltagare är påhittade.)',
    en:
      "Reglab's yearly conference for its members and partners, with some twenty learning sessions on the " +
      'second day. (Demo data: the sessions’ titles and presenters are the conference’s; the date, place, ' +
      'times and participants are invented.)',
  },
  owner: 'reglab',
  startsOn: '2019-02-06',
  endsOn: '2019-02-07',
  visibility: 'public',
  centreAccount: 'operator@reglab.example',
};

const DAY2 = '2019-02-07';
const slots = [
  ['09:00', '10:00'],
  ['10:30', '11:30'],
  ['13:00', '14:00'],
  ['14:30', '15:30'],
] as const;

const by = (organisation: string, ...names: string[]): DemoSpeaker[] =>
  names.map((name) => ({ name, organisation }));

const session = (
  key: string,
  slot: number,
  room: string,
  capacity: number,
  title: string,
  speakers: DemoSpeaker[],
  abstract: { sv: string; en: string },
  language?: 'en',
): DemoAgendaItem => ({
  key,
  startsAt: `${DAY2}T${slots[slot]![0]}`,
  endsAt: `${DAY2}T${slots[slot]![1]}`,
  kind: 'session',
  title: language === 'en' ? { en: title, sv: title } : { sv: title },
  description: abstract,
  speakers,
  capacity,
  room,
  ...(language ? { language } : {}),
});

const learningSessions: DemoAgendaItem[] = [
  session(
    'tio',
    0,
    'Sal A',
    60,
    'Tio punkter för att lyckas med det regionala utvecklingsansvaret och ledarskapet',
    [...by('Region Örebro län', 'Magnus Persson'), ...by('SKL', 'Lisbet Mellgren')],
    {
      sv: 'Vad krävs av en region som ska leda utvecklingen i hela länet? Tio råd att diskutera.',
      en: 'What does it take for a region to lead the development of its whole county? Ten points to discuss.',
    },
  ),
  session(
    'kommun',
    0,
    'Sal B',
    50,
    'Kommunutredningen: Så stärker vi kommunernas kapacitet att klara framtidens utmaningar',
    by('Kommunutredningen', 'Sverker Lindblad', 'Lisa Hörnström'),
    {
      sv: 'Utredningen berättar om sitt arbete med förslag inför slutbetänkandet hösten 2019.',
      en: 'The inquiry on municipal capacity presents its work towards its final report in autumn 2019.',
    },
  ),
  session(
    'ai',
    0,
    'Sal C',
    40,
    'AI för sjukvård och näringsliv',
    by('Västra Götalandsregionen', 'Lisa Belfrage'),
    {
      sv: 'Ett nationellt AI-centrum med regionala noder: VGR:s erfarenheter hittills.',
      en: "A national AI centre with regional nodes: the region's experience so far.",
    },
  ),
  session(
    'brp',
    0,
    'Sal D',
    30,
    'BRP+: Regionala analyser',
    [...by('Tillväxtverket', 'Johanna Giorgi'), ...by('Sweco', 'Emma Andersson')],
    {
      sv: 'Att mäta hållbar utveckling bortom tillväxt: exempel ur lärprojektets antologi.',
      en: 'Measuring sustainable development beyond growth: examples from the learning project’s anthology.',
    },
  ),
  session(
    'agenda2030',
    1,
    'Sal A',
    40,
    'Nordic experiences in implementing Agenda 2030 at local level',
    by('Nordregio', 'Nora Sánchez Gassen'),
    {
      sv: 'Hur nordiska kommuner arbetar med de globala målen, med exempel från föregångare. På engelska.',
      en: 'How Nordic municipalities take up the Sustainable Development Goals, with examples from first movers.',
    },
    'en',
  ),
  session(
    'bussen',
    1,
    'Sal B',
    40,
    'Vad händer när bussen slutar gå?',
    by('Region Kronoberg', 'Sunny Sandström', 'Camilla Ottosson'),
    {
      sv: 'Ett verktyg för att se vem som påverkas när trafiken dras in, prövat på ett aktuellt fall.',
      en: 'A tool for seeing who is affected when a bus route is cut, tried on a current case.',
    },
  ),
  session('digital', 1, 'Sal C', 50, 'Vår roll i digitaliseringen', by('Tillväxtverket', 'Ulf Savbäck'), {
    sv: 'Det offentligas ansvar för digitaliseringen och hur regionerna kan stödja företagen.',
    en: "The public sector's part in digitalisation and how regions can support small businesses.",
  }),
  session(
    'miljo',
    1,
    'Sal D',
    40,
    'Integrera miljöperspektiven i tillväxtarbetet',
    by('Region Skåne', 'Helena Tsiparis', 'Håkan Samuelsson'),
    {
      sv: 'Från handlingsplan till genomförande: miljö och klimat i det regionala tillväxtarbetet.',
      en: 'From action plan to practice: environment and climate in regional growth work.',
    },
  ),
  session(
    'nudging',
    2,
    'Sal A',
    40,
    'Nudging i regionalpolitiken',
    by('Ramboll', 'Evelina Gunnarsson', 'Linda Broström'),
    {
      sv: 'Beteendeinsikter som kan hjälpa företagsfrämjandet att nå nya företagare.',
      en: 'Behavioural insights that may help business support reach new kinds of firms.',
    },
  ),
  session(
    'smart',
    2,
    'Sal B',
    40,
    'Smart specialisering i praktiken',
    by('Region Gävleborg', 'Olle Wängsäter', 'Jan Nylander', 'Magnus Ernström'),
    {
      sv: 'Samverkansledning i ett innovationsprojekt: möjligheter och risker med en ny myndighetsroll.',
      en: 'Collaborative leadership in an innovation project: the chances and risks of a new public role.',
    },
  ),
  session(
    'regionalfond',
    2,
    'Sal C',
    50,
    'Lärdomar från regionalfondsprogrammen 2014-2020',
    by('Tillväxtverket', 'Jonas Örtquist'),
    {
      sv: 'Vad utvärderingarna visar och vad det kan betyda för programmen efter 2020.',
      en: 'What the evaluations show and what it may mean for the programmes after 2020.',
    },
  ),
  session(
    'index',
    3,
    'Sal A',
    40,
    'Regionalt internationaliseringsindex',
    by('Tillväxtverket', 'Anna Bergdahl', 'Jan Persson'),
    {
      sv: 'Ett nytt index över länens internationalisering – och vilka indikatorer som saknas.',
      en: 'A new index of how international each county is, and which indicators are missing.',
    },
  ),
  session(
    'folkbildning',
    3,
    'Sal B',
    40,
    'Folkbildningen tar plats i den regionala utvecklingen',
    by('Folkbildningsrådet', 'Henrik Dahl', 'Thomas Östlund'),
    {
      sv: 'Folkhögskolor och studieförbund i det regionala kompetensförsörjningsarbetet.',
      en: 'Folk high schools and study associations in regional skills provision.',
    },
  ),
  session('granslos', 3, 'Sal C', 50, 'Gränslös regional planering?!', by('WSP Advisory', 'Lars Berglund'), {
    sv: 'Metoder för att visa funktionella samband över kommun- och länsgränser.',
    en: 'Methods for showing functional links across municipal and county borders.',
  }),
];

const pause = (from: string, to: string, sv: string, en: string): DemoAgendaItem => ({
  startsAt: `${DAY2}T${from}`,
  endsAt: `${DAY2}T${to}`,
  kind: 'break',
  title: { sv, en },
});

const firstNames = ['Anna', 'Erik', 'Karin', 'Lars', 'Maria', 'Johan', 'Eva', 'Anders', 'Sara', 'Per'];
const lastNames = ['Exempelsson', 'Provberg', 'Testlund', 'Demoqvist', 'Fiktivström', 'Skissholm'];
const organisations = [
  'Region Örebro län',
  'Region Kronoberg',
  'Västra Götalandsregionen',
  'Region Gävleborg',
  'Region Skåne',
  'Region Värmland',
  'Tillväxtverket',
  'Nordregio',
];

/** Sixty fictional participants; the first 34 want BRP+, which has 30 places. */
const attendees: DemoRegistrant[] = Array.from({ length: 60 }, (_, i) => ({
  name: `${firstNames[i % firstNames.length]} ${lastNames[Math.floor(i / firstNames.length)]}`,
  email: `deltagare-${i + 1}@reglab-konferens.example`,
  organisation: organisations[i % organisations.length],
  on: new Date(Date.UTC(2018, 11, 10) + Math.floor(i / 2) * 86_400_000).toISOString().slice(0, 10),
  sessions: [
    i < 34 ? 'brp' : ['tio', 'kommun', 'ai'][i % 3]!,
    ['agenda2030', 'bussen', 'digital', 'miljo'][i % 4]!,
    ['nudging', 'smart', 'regionalfond'][i % 3]!,
    ['index', 'folkbildning', 'granslos'][(i + 1) % 3]!,
  ],
}));

export const reglabConference: DemoGatherings = {
  programme: 'reglab-arskonferens',
  organiser: 'operator@reglab.example',
  events: [
    {
      key: 'reglab-arskonferens-2019',
      kind: 'conference',
      title: { sv: 'Reglabs årskonferens 2019', en: "Reglab's annual conference 2019" },
      description: {
        sv:
          'Två dagar om regional utveckling; andra dagen diskuterar medlemmar och partner vad som är på gång i ' +
          'parallella lärpass. (Demodata: datum, ort, tider, salar, platser och deltagare är påhittade.)',
        en:
          'Two days on regional development; on the second day members and partners discuss current work in ' +
          'parallel learning sessions. (Demo data: the date, place, times, rooms, places and participants are ' +
          'invented.)',
      },
      startsAt: '2019-02-06T10:00',
      endsAt: '2019-02-07T16:00',
      timeZone: 'Europe/Stockholm',
      place: 'Stockholm',
      language: 'sv',
      capacity: 150,
      registrationClosesAt: '2019-01-25T23:59',
      sessionsCloseAt: '2019-02-01T23:59',
      agenda: [
        ...learningSessions,
        pause('10:00', '10:30', 'Kaffe', 'Coffee'),
        pause('11:30', '13:00', 'Lunch', 'Lunch'),
        pause('14:00', '14:30', 'Kaffe', 'Coffee'),
      ],
      registrants: attendees,
    },
  ],
};
