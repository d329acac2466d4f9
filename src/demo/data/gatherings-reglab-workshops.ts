import type { DemoAgendaItem, DemoEvent, DemoGatherings, DemoRegistrant } from './gatherings-types';
import { regionalPlaneringPeople } from './regional-fysisk-planering';
import { demoOrganisations } from './registry';

// Seed 001: the learning project's four workshops as its table "Lärprojektet framöver" gives them
// (WS1 3–4 juni Stockholm, WS2 3 sept Stockholm, WS3 15 okt Stockholm, WS4 2–3 dec Norrköping), in
// 2014: the seed's "onsdag 3 september" was a Wednesday in 2014. WS2's programme is the seed's, time
// by time, with its speakers; WS3's hours are the seed's "Mot nästa möte: 15 oktober 9.30–16.30".
// The hours of WS1 and WS4 and the people who registered are invented.

const organisationName = (key: string) => demoOrganisations.find((o) => o.key === key)?.name ?? key;

/** The case owners of the regions (fictional people of ./regional-fysisk-planering.ts). */
const caseOwners = (on: string): DemoRegistrant[] =>
  regionalPlaneringPeople.map((p) => ({
    name: p.name,
    email: p.email,
    organisation: organisationName(p.organisations[0]!.organisation),
    person: p.key,
    on,
  }));

/** Fictional people from the national bodies of seed 001's coaching group 1. */
const nationalGuests = (on: string): DemoRegistrant[] => [
  { name: 'Gunilla Exempelgren', email: 'gunilla.exempelgren@skl.example', organisation: 'SKL', on },
  {
    name: 'Mats Provander',
    email: 'mats.provander@tillvaxtverket.example',
    organisation: 'Tillväxtverket',
    on,
  },
  {
    name: 'Sara Testholm',
    email: 'sara.testholm@tillvaxtanalys.example',
    organisation: 'Tillväxtanalys',
    on,
  },
  { name: 'Olof Demolin', email: 'olof.demolin@boverket.example', organisation: 'Boverket', on },
];

const registrants = (on: string) => [...caseOwners(on), ...nationalGuests(on)];

const invented = {
  sv: '(Demodata: tiderna och de anmälda är påhittade; datum, ort och tema är lärprojektets.)',
  en: '(Demo data: the hours and the people registered are invented; date, place and theme are the project’s.)',
};

const t = (sv: string, en?: string) => (en ? { sv, en } : { sv });
const item = (
  from: string,
  to: string,
  kind: DemoAgendaItem['kind'],
  title: DemoAgendaItem['title'],
  extra: Partial<DemoAgendaItem> = {},
): DemoAgendaItem => ({ startsAt: `2014-09-03T${from}`, endsAt: `2014-09-03T${to}`, kind, title, ...extra });

/** Seed 001's "Program onsdag 3 september", item by item. */
const ws2Agenda: DemoAgendaItem[] = [
  item('09:30', '10:00', 'break', t('Kaffe', 'Coffee')),
  item('10:00', '10:15', 'talk', t('Incheckning', 'Check-in'), {
    description: {
      sv:
        'Välkommen, introduktion och presentation med processledaren Stig-Roland Rask och innehållsansvariga ' +
        'Charlotta Fredriksson. Vad hände på WS1?',
      en: 'Welcome and introductions by the process leader and the content lead. What happened at WS1?',
    },
  }),
  item(
    '10:15',
    '11:00',
    'talk',
    t('Samverkan mellan regional och kommunal nivå i praktiken – Boverkets erfarenheter'),
    {
      speakers: [
        { name: 'Daniel André', organisation: 'Boverket' },
        { name: 'Pål Karlsson', organisation: 'Boverket' },
      ],
    },
  ),
  item('11:00', '12:00', 'talk', t('Teorier om samverkan'), {
    speakers: [
      { name: 'Charlotta Fredriksson', organisation: 'WSP' },
      { name: 'Patrik Tornberg', organisation: 'WSP' },
    ],
  }),
  item('12:00', '13:00', 'break', t('Lunch')),
  // The programme's list writes "RUFSS"; the talk's own slide, and the plan's name, is RUFS.
  item('13:00', '13:30', 'talk', t('RUFS – erfarenheter från samverkan i regional fysisk planering'), {
    speakers: [
      { name: 'Bette Malmros', organisation: 'TMR' },
      { name: 'Ulrika Palm', organisation: 'TMR' },
    ],
  }),
  item('13:30', '14:30', 'workshop', t('WS kring egna casen', 'Workshop on our own cases'), {
    description: {
      sv:
        'Kollegial coaching i smågrupp (2–3 case per grupp): presentera och diskutera respektive case och ' +
        'frågeställningar, lärdomar och insikter; summera på A3 gemensamma kritiska frågor.',
      en:
        'Peer coaching in small groups (2–3 cases each): present and discuss each case; summarise shared ' +
        'critical questions on an A3 sheet.',
    },
  }),
  item('14:30', '15:00', 'break', t('Kaffe', 'Coffee'), {
    description: t('Vernissage och fika: gruppernas A3 på väggen.', 'Exhibition of the groups’ A3 sheets.'),
  }),
  item(
    '15:00',
    '16:00',
    'coaching',
    t('WS kring egna casen – fortsättning', 'Workshop on our own cases, continued'),
    {
      description: t('Kollegial coaching i storgrupp.', 'Peer coaching in the whole group.'),
      speakers: [{ name: 'Carl-Johan Engström', organisation: 'KTH' }],
    },
  ),
  item('16:00', '16:30', 'talk', t('Mot nästa möte', 'Towards the next meeting'), {
    description: {
      sv:
        'Nästa möte 15 oktober, 9.30–16.30 i Stockholm. Läxa till nästa gång: formulera en hemuppgift utifrån ' +
        'dagens "principiellt viktiga frågor" – rimlig, lagom, framåtsyftande – och fundera på hur ' +
        'Reglaberfarenheterna kan göras användbara på hemmaplan. Backspegel: detta tar jag med mig, det vill ' +
        'jag höra mer om.',
      en:
        'Next meeting 15 October, 9.30–16.30 in Stockholm. Homework: a reasonable, forward-looking task ' +
        'based on today’s key questions, and how to bring what we learn back home. Retrospective.',
    },
  }),
  // The day's end, as the seed prints it: a plenary point, not a break.
  item('16:30', '16:30', 'talk', t('Slut', 'End')),
];

const workshop = (
  n: number,
  title: { sv: string; nb: string; en: string },
  times: [string, string],
  place: string,
  about: { sv: string; en: string },
  registeredOn: string,
  agenda: DemoAgendaItem[] = [],
): DemoEvent => ({
  key: `ws${n}`,
  kind: 'workshop',
  seriesNumber: n,
  title: { sv: `WS${n}: ${title.sv}`, nb: `WS${n}: ${title.nb}`, en: `WS${n}: ${title.en}` },
  description: {
    sv: `${about.sv} ${invented.sv}`,
    en: `${about.en} ${invented.en}`,
  },
  startsAt: times[0],
  endsAt: times[1],
  timeZone: 'Europe/Stockholm',
  place,
  language: 'sv',
  agenda,
  registrants: registrants(registeredOn),
});

export const reglabWorkshops: DemoGatherings = {
  programme: 'regional-fysisk-planering',
  organiser: 'operator@reglab.example',
  series: {
    sv: 'Regional fysisk planering – workshops',
    nb: 'Regional fysisk planlegging – workshops',
    en: 'Regional physical planning – workshops',
  },
  events: [
    workshop(
      1,
      {
        sv: 'Introduktion, utgångspunkter',
        nb: 'Introduksjon, utgangspunkter',
        en: 'Introduction, starting points',
      },
      ['2014-06-03T10:00', '2014-06-04T15:00'],
      'Stockholm',
      {
        sv:
          'Från gemensam insikt (2011) till gemensam avsikt (2013): den regionala uppgiften som översättning ' +
          'och främjande arbete, och hur man riggar samverkan som håller. Varje region väljer ett case.',
        en:
          'From shared insight (2011) to shared intent (2013): the regional task as translation and ' +
          'promotion, and how to set up cooperation that lasts. Each region chooses a case.',
      },
      '2014-05-12',
    ),
    workshop(
      2,
      {
        sv: 'Effektiva processer – roller och mandat',
        nb: 'Effektive prosesser – roller og mandat',
        en: 'Effective processes – roles and mandates',
      },
      ['2014-09-03T09:30', '2014-09-03T16:30'],
      'Stockholm',
      {
        sv: 'Onsdag 3 september: föredrag om samverkan, workshop kring egna casen och kollegial coaching.',
        en: 'Wednesday 3 September: talks on cooperation, a workshop on the cases and peer coaching.',
      },
      '2014-08-18',
      ws2Agenda,
    ),
    workshop(
      3,
      { sv: 'Verktyg och visualisering', nb: 'Verktøy og visualisering', en: 'Tools and visualisation' },
      ['2014-10-15T09:30', '2014-10-15T16:30'],
      'Stockholm',
      {
        sv: 'Verktyg och visualisering som skapar grund för konstruktiv dialog; hemuppgifterna presenteras.',
        en: 'Tools and visualisation that lay the ground for constructive dialogue; the home tasks are presented.',
      },
      '2014-09-29',
    ),
    workshop(
      4,
      { sv: 'Framsyn', nb: 'Framsyn', en: 'Foresight' },
      ['2014-12-02T10:00', '2014-12-03T15:00'],
      'Norrköping',
      {
        sv: 'Framsyn: frågor som gruppen vill lyfta!',
        en: 'Foresight: questions the group wants to raise.',
      },
      '2014-11-17',
    ),
  ],
};
