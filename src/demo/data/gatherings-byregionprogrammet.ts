import { byregionPeople } from './byregionprogrammet';
import type { DemoEvent, DemoGatherings, DemoRegistrant } from './gatherings-types';

// Seed 000: "Vi vil i 2014 gjennomføre 2 nasjonale nettverkssamlinger …: Første nettverkssamling,
// 20.–21. mai [Stjørdal] – påmelding 16. april!! Andre nettverkssamling, 3.–4. november (sted ikke
// fastsatt)." The dates, the place and the deadline are the seed's; the hours, the capacity, the
// people who registered and the whole upcoming gathering are invented for the demo.

const OPERATOR = 'operator@distriktssenteret.example';

const personOf = (key: string) => {
  const person = byregionPeople.find((p) => p.key === key);
  if (!person) throw new Error(`Demo gatherings refer to an unknown person "${key}"`);
  return person;
};

/** A registration by a person of the demo network (Byregionprogrammet's contacts). */
const known = (key: string, organisation: string, extra: Partial<DemoRegistrant> = {}): DemoRegistrant => ({
  name: personOf(key).name,
  email: personOf(key).email,
  organisation,
  person: key,
  ...extra,
});

/** A registration by a fictional person who is not in the network. */
const guest = (name: string, email: string, organisation: string, extra: Partial<DemoRegistrant> = {}) => ({
  name,
  email,
  organisation,
  ...extra,
});

const stjordal: DemoEvent = {
  key: 'byregion-2014-mai',
  kind: 'gathering',
  title: {
    nb: 'Første nettverkssamling, Stjørdal',
    sv: 'Första nätverksträffen, Stjørdal',
    en: 'First network gathering, Stjørdal',
  },
  description: {
    nb:
      'Den første nasjonale nettverkssamlingen i byregionprogrammet, 20.–21. mai 2014 i Stjørdal, med ' +
      'påmelding innen 16. april. Tema i fase 1: nettverksbygging, læring i nettverk, og analyse > prosess ' +
      '> regional vekstkraft. (Demodata: dato, sted og frist er fra programmet; klokkeslett, kapasitet og ' +
      'påmeldte er oppdiktet.)',
    sv:
      'Byregionprogrammets första nationella nätverksträff, 20–21 maj 2014 i Stjørdal, med anmälan senast ' +
      '16 april. (Demodata: datum, ort och sista anmälningsdag är programmets; tider och anmälda är påhittade.)',
    en:
      "The City Region Programme's first national network gathering, 20–21 May 2014 in Stjørdal; register " +
      'by 16 April. Phase 1 themes: networking, learning in networks, and analysis > process > regional ' +
      'growth. (Demo data: the dates, place and deadline are the programme’s; the hours, capacity and ' +
      'the people registered are invented.)',
  },
  startsAt: '2014-05-20T10:00',
  endsAt: '2014-05-21T15:00',
  timeZone: 'Europe/Oslo',
  place: 'Stjørdal',
  language: 'nb',
  capacity: 60,
  registrationClosesAt: '2014-04-16T23:59',
  agenda: [],
  registrants: [
    known('byregion-prosessleder', 'Distriktssenteret', { on: '2014-03-25' }),
    known('vaernes-pl', 'Værnesregionen', {
      on: '2014-03-28',
      account: 'prosjektleder@vaernesregionen.example',
    }),
    known('vaernes-ordforer', 'Stjørdal kommune', { on: '2014-04-02' }),
    known('gjovik-pl', 'Gjøvikregionen', { on: '2014-04-03' }),
    known('kongsberg-pl', 'Kongsbergregionen', { on: '2014-04-07' }),
    known('gjovik-partner', 'Gjøvikregionen', { on: '2014-04-10' }),
    guest('Jon Eksempelmo', 'jon.eksempelmo@vaernesregionen.example', 'Værnesregionen', { on: '2014-04-04' }),
    guest('Linda Prøvestad', 'linda.provestad@gjovikregionen.example', 'Gjøvikregionen', {
      on: '2014-04-08',
    }),
    guest('Kjetil Testvik', 'kjetil.testvik@kongsbergregionen.example', 'Kongsbergregionen', {
      on: '2014-04-11',
    }),
    guest('Marte Demoli', 'marte.demoli@vaernesregionen.example', 'Værnesregionen', { on: '2014-04-15' }),
    // A week after the deadline, the centre registered one more on his behalf.
    known('kongsberg-radmann', 'Kongsberg kommune', { on: '2014-04-23', registeredBy: OPERATOR }),
  ],
};

const november: DemoEvent = {
  key: 'byregion-2014-november',
  kind: 'gathering',
  title: {
    nb: 'Andre nettverkssamling',
    sv: 'Andra nätverksträffen',
    en: 'Second network gathering',
  },
  description: {
    nb:
      'Den andre nasjonale nettverkssamlingen i byregionprogrammet, 3.–4. november 2014. Stedet var ikke ' +
      'fastsatt da programmet ble lagt fram. (Demodata: klokkeslett og påmeldte er oppdiktet.)',
    sv:
      'Byregionprogrammets andra nationella nätverksträff, 3–4 november 2014; orten var inte bestämd. ' +
      '(Demodata: tider och anmälda är påhittade.)',
    en:
      "The City Region Programme's second national network gathering, 3–4 November 2014; the place had " +
      'not been decided when the programme was presented. (Demo data: the hours and the people ' +
      'registered are invented.)',
  },
  startsAt: '2014-11-03T10:00',
  endsAt: '2014-11-04T15:00',
  timeZone: 'Europe/Oslo',
  language: 'nb',
  capacity: 60,
  agenda: [],
  registrants: [
    known('byregion-prosessleder', 'Distriktssenteret', { on: '2014-09-15' }),
    known('vaernes-pl', 'Værnesregionen', {
      on: '2014-09-22',
      account: 'prosjektleder@vaernesregionen.example',
    }),
    known('gjovik-pl', 'Gjøvikregionen', { on: '2014-09-24' }),
    known('kongsberg-pl', 'Kongsbergregionen', { on: '2014-09-30' }),
    known('gjovik-partner', 'Gjøvikregionen', { on: '2014-10-01', cancelledOn: '2014-10-27' }),
    guest('Kjetil Testvik', 'kjetil.testvik@kongsbergregionen.example', 'Kongsbergregionen', {
      on: '2014-10-06',
    }),
  ],
};

export const byregionGatherings2014: DemoGatherings = {
  programme: 'byregionprogrammet',
  organiser: OPERATOR,
  events: [stjordal, november],
};

const DAY_MS = 24 * 3600 * 1000;
const day = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS).toISOString().slice(0, 10);
const month = (date: Date, tag: string) =>
  new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' }).format(date);

/**
 * One gathering 60 days after the demo is loaded, with registration open, so the demo shows live
 * registration, parallel sessions and a waitlist. Not from the seeds, and its description says so.
 */
export function upcomingGathering(loadedAt: Date): DemoGatherings {
  const on = day(loadedAt, 60);
  const at = new Date(`${on}T12:00:00Z`);
  const slot = (from: string, to: string) => ({ startsAt: `${on}T${from}`, endsAt: `${on}T${to}` });
  const event: DemoEvent = {
    key: 'byregion-upcoming',
    kind: 'gathering',
    title: {
      nb: `Nettverkssamling ${month(at, 'nb-NO')} (demo)`,
      sv: `Nätverksträff ${month(at, 'sv-SE')} (demo)`,
      en: `Network gathering ${month(at, 'en-GB')} (demo)`,
    },
    description: {
      nb:
        'En demosamling som ikke finnes i kildene: den ligger alltid 60 dager etter at demodataene ble ' +
        'lastet, så påmelding, valg av parallelle verksteder og venteliste kan prøves. Verksted B har bare ' +
        'fire plasser og en venteliste.',
      sv:
        'En demoträff som inte finns i källorna: den ligger alltid 60 dagar efter att demodatan laddades, ' +
        'så att anmälan, val av parallella verkstäder och väntelista kan prövas.',
      en:
        'A demo gathering that is not in the seeds: it always lies 60 days after the demo data was ' +
        'loaded, so registration, the choice of parallel workshops and the waitlist can be tried. ' +
        'Workshop B has only four places and a waitlist.',
    },
    ...slot('10:00', '16:00'),
    timeZone: 'Europe/Oslo',
    place: 'Oslo',
    address: 'Eksempelgata 1, 0150 Oslo (fiktiv adresse)',
    language: 'nb',
    capacity: 40,
    registrationClosesAt: `${day(at, -14)}T23:59`,
    cancellationClosesAt: `${day(at, -7)}T23:59`,
    agenda: [
      { ...slot('10:00', '10:15'), kind: 'talk', title: { nb: 'Velkommen', en: 'Welcome' } },
      {
        ...slot('10:15', '12:00'),
        kind: 'talk',
        title: {
          nb: 'Hva har vi lært siden sist? (demo)',
          en: 'What have we learnt since last time? (demo)',
        },
        speakers: [{ name: 'Hege Demodal', organisation: 'Distriktssenteret' }],
      },
      { ...slot('12:00', '13:00'), kind: 'break', title: { nb: 'Lunsj', en: 'Lunch' } },
      {
        key: 'a',
        ...slot('13:00', '14:30'),
        kind: 'session',
        capacity: 20,
        title: {
          nb: 'Verksted A: Samfunnsanalysen i praksis',
          en: 'Workshop A: The regional analysis in practice',
        },
        description: {
          nb: 'Hvordan analysen brukes i valg av tema. (Demo.)',
          en: 'How the analysis is used to choose themes. (Demo.)',
        },
      },
      {
        key: 'b',
        ...slot('13:00', '14:30'),
        kind: 'session',
        capacity: 4,
        title: { nb: 'Verksted B: Næringslivet og omlandet', en: 'Workshop B: Business and the hinterland' },
        description: {
          nb: 'En liten gruppe om samarbeid med næringslivet. (Demo.)',
          en: 'A small group on working with local business. (Demo.)',
        },
      },
      { ...slot('14:30', '15:00'), kind: 'break', title: { nb: 'Kaffe', en: 'Coffee' } },
      { ...slot('15:00', '16:00'), kind: 'workshop', title: { nb: 'Oppsummering', en: 'Summing up' } },
    ],
    questions: [
      {
        kind: 'dietary',
        label: { nb: 'Allergier eller matbehov', en: 'Allergies or dietary needs' },
        required: false,
      },
      {
        kind: 'accessibility',
        label: { nb: 'Behov for tilrettelegging', en: 'Accessibility needs' },
        required: false,
      },
    ],
    registrants: [
      known('vaernes-pl', 'Værnesregionen', {
        account: 'prosjektleder@vaernesregionen.example',
        sessions: ['b'],
        answers: { 0: 'Vegetar' },
      }),
      known('byregion-prosessleder', 'Distriktssenteret', { sessions: ['a'] }),
      known('gjovik-pl', 'Gjøvikregionen', { sessions: ['b'] }),
      known('kongsberg-pl', 'Kongsbergregionen', { sessions: ['b'] }),
      guest('Jon Eksempelmo', 'jon.eksempelmo@vaernesregionen.example', 'Værnesregionen', {
        sessions: ['b'],
      }),
      guest('Linda Prøvestad', 'linda.provestad@gjovikregionen.example', 'Gjøvikregionen', {
        sessions: ['b'],
        answers: { 1: 'Trinnfri adkomst' },
      }),
      guest('Kjetil Testvik', 'kjetil.testvik@kongsbergregionen.example', 'Kongsbergregionen', {
        sessions: ['b'],
      }),
      guest('Marte Demoli', 'marte.demoli@vaernesregionen.example', 'Værnesregionen', { sessions: ['a'] }),
      guest('Eirik Fiktivsen', 'eirik.fiktivsen@kongsbergregionen.example', 'Kongsbergregionen', {
        sessions: ['a'],
      }),
    ],
  };
  return { programme: 'byregionprogrammet', organiser: OPERATOR, events: [event] };
}
