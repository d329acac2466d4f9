import type { DemoAdvisor, DemoPerson, DemoPhase, DemoProgramme } from './types';
import { innlandetParticipants, innlandetPeople } from './veiledningspiloten-innlandet';
import { moreOgRomsdalParticipants, moreOgRomsdalPeople } from './veiledningspiloten-more-og-romsdal';
import { tromsOgFinnmarkParticipants, tromsOgFinnmarkPeople } from './veiledningspiloten-troms-og-finnmark';

// Seed 003: "Hva kan vi lære av Veiledningspiloten?" (Distriktssenteret). The 14 municipalities, the
// three county councils, the process support, the surveys, SINTEF's follow-up research and the
// closing gathering in August 2022 are the seed's; the people and per-municipality records are
// illustrative, written in the spirit of the seed's lessons.

/** The 14 municipalities by the county they lay in during the programme (2020–2022), as seed 003 lists them. */
export const veiledningspilotenMunicipalities: Record<string, string[]> = {
  Innlandet: ['Sør-Aurdal', 'Grue', 'Engerdal', 'Rendalen'],
  'Møre og Romsdal': ['Aure', 'Tingvoll', 'Sande', 'Fjord'],
  'Troms og Finnmark': ['Loppa', 'Vardø', 'Karasjok', 'Salangen', 'Kåfjord', 'Storfjord'],
};

/** The advisor teams: two advisors from each county council and one from Distriktssenteret (fictional). */
const advisorPeople: DemoPerson[] = [
  {
    key: 'advisor-innlandet',
    name: 'Ola Prøvestad',
    email: 'advisor@innlandet.example',
    title: 'Rådgiver samfunnsutvikling',
    organisations: [{ organisation: 'no-34', role: 'Rådgiver' }],
  },
  {
    key: 'advisor-innlandet-2',
    name: 'Marte Utkastrud',
    email: 'veileder2@innlandet.example',
    title: 'Seniorrådgiver',
    organisations: [{ organisation: 'no-34', role: 'Seniorrådgiver' }],
  },
  {
    key: 'advisor-mr-1',
    name: 'Eirik Øvingsland',
    email: 'veileder1@mrfylke.example',
    title: 'Rådgiver',
    organisations: [{ organisation: 'no-15', role: 'Rådgiver' }],
  },
  {
    key: 'advisor-mr-2',
    name: 'Solveig Prøvenes',
    email: 'veileder2@mrfylke.example',
    title: 'Spesialrådgiver',
    organisations: [{ organisation: 'no-15', role: 'Spesialrådgiver' }],
  },
  {
    key: 'advisor-tf-1',
    name: 'Nils Demovik',
    email: 'veileder1@tromsogfinnmark.example',
    title: 'Rådgiver',
    organisations: [{ organisation: 'no-troms-og-finnmark', role: 'Rådgiver' }],
  },
  {
    key: 'advisor-tf-2',
    name: 'Aila Eksempelnes',
    email: 'veileder2@tromsogfinnmark.example',
    title: 'Rådgiver',
    organisations: [{ organisation: 'no-troms-og-finnmark', role: 'Rådgiver' }],
  },
  {
    key: 'advisor-ds',
    name: 'Jon Fiktivsen',
    email: 'veileder@distriktssenteret.example',
    title: 'Seniorrådgiver',
    organisations: [{ organisation: 'distriktssenteret', role: 'Seniorrådgiver' }],
  },
];

export const veiledningspilotenPeople: DemoPerson[] = [
  ...advisorPeople,
  ...innlandetPeople,
  ...moreOgRomsdalPeople,
  ...tromsOgFinnmarkPeople,
];

const phases: DemoPhase[] = [
  {
    title: { nb: 'Oppstart og forankring', sv: 'Uppstart och förankring', en: 'Start-up and anchoring' },
    steps: [
      {
        key: 'erfaringer',
        title: {
          nb: 'Erfaringer fra tidligere utviklingsarbeid',
          sv: 'Erfarenheter från tidigare utvecklingsarbete',
          en: 'Lessons from earlier development work',
        },
        description: {
          nb: 'Hva er kommunen god på, hva sliter den med å få til, og hvorfor? Med både administrativ og politisk ledelse.',
          sv: 'Vad är kommunen bra på, vad har den svårt att få till, och varför? Med både administrativ och politisk ledning.',
          en: 'What is the municipality good at, what does it struggle with, and why? With both administrative and political leadership.',
        },
      },
      {
        key: 'forankring',
        title: {
          nb: 'Forankring hos ordfører og kommunedirektør',
          sv: 'Förankring hos kommunstyrelsens ordförande och kommundirektör',
          en: 'Anchoring with the mayor and chief executive',
        },
      },
      {
        key: 'prosessleder',
        title: {
          nb: 'Prosjekt- eller prosessleder med handlingsrom',
          sv: 'Projekt- eller processledare med handlingsutrymme',
          en: 'Project or process leader with room to act',
        },
      },
      {
        key: 'problemstilling',
        title: {
          nb: 'Spisset problemstilling',
          sv: 'Skärpt problemformulering',
          en: 'Sharpened problem statement',
        },
      },
    ],
  },
  {
    title: { nb: 'Lokal utviklingsprosess', sv: 'Lokal utvecklingsprocess', en: 'Local development process' },
    steps: [
      { key: 'prosessplan', title: { nb: 'Prosessplan', sv: 'Processplan', en: 'Process plan' } },
      {
        key: 'medvirkning',
        title: { nb: 'Medvirkningsprosess', sv: 'Medverkansprocess', en: 'Participation process' },
      },
      {
        key: 'undersokelser',
        title: {
          nb: 'Nærings- og innbyggerundersøkelse',
          sv: 'Närings- och invånarundersökning',
          en: 'Business and resident surveys',
        },
        description: {
          nb: 'Digitale undersøkelser, skreddersydd for kommunen.',
          sv: 'Digitala undersökningar, skräddarsydda för kommunen.',
          en: 'Digital surveys, tailored to the municipality.',
        },
      },
      {
        key: 'plan',
        title: {
          nb: 'Plan eller strategi til politisk behandling',
          sv: 'Plan eller strategi till politiskt beslut',
          en: 'Plan or strategy put forward for decision',
        },
      },
    ],
  },
  {
    title: { nb: 'Avslutning og læring', sv: 'Avslutning och lärande', en: 'Closing and learning' },
    steps: [
      {
        key: 'avslutning',
        title: {
          nb: 'Erfaringsdeling på avslutningssamlingen',
          sv: 'Erfarenhetsutbyte på avslutningsträffen',
          en: 'Sharing experience at the closing gathering',
        },
      },
      {
        key: 'resultat',
        title: {
          nb: 'Vurdering av ønsket resultat',
          sv: 'Bedömning av önskat resultat',
          en: 'Assessment of the desired result',
        },
      },
    ],
  },
];

const innlandet = ['no-3449', 'no-3417', 'no-3425', 'no-3424'];
const moreOgRomsdal = ['no-1576', 'no-1560', 'no-1514', 'no-1578'];
const tromsOgFinnmark = ['no-5614', 'no-5634', 'no-5610', 'no-5522', 'no-5540', 'no-5538'];

// Each county council's first advisor guides its municipalities; the second and Distriktssenteret's
// advisor work across the team.
const advisors: DemoAdvisor[] = [
  ...innlandet.map((participant) => ({ person: 'advisor-innlandet', organisation: 'no-34', participant })),
  { person: 'advisor-innlandet-2', organisation: 'no-34' },
  ...moreOgRomsdal.map((participant) => ({ person: 'advisor-mr-1', organisation: 'no-15', participant })),
  { person: 'advisor-mr-2', organisation: 'no-15' },
  ...tromsOgFinnmark.map((participant) => ({
    person: 'advisor-tf-1',
    organisation: 'no-troms-og-finnmark',
    participant,
  })),
  { person: 'advisor-tf-2', organisation: 'no-troms-og-finnmark' },
  { person: 'advisor-ds', organisation: 'distriktssenteret' },
];

export const veiledningspiloten: DemoProgramme = {
  slug: 'veiledningspiloten',
  title: {
    nb: 'Veiledningspiloten',
    sv: 'Vägledningspiloten',
    en: 'The Guidance Pilot (Veiledningspiloten)',
  },
  description: {
    nb:
      '14 utvalgte distriktskommuner fikk veiledning i utviklingsarbeidet fra Distriktssenteret og ' +
      'fylkeskommunene Troms og Finnmark, Møre og Romsdal og Innlandet. Målet var å styrke kommunene i ' +
      'arbeidet med samfunnsutvikling gjennom kunnskapsoverføring og prosesstøtte: prosessplaner, ' +
      'medvirkningsprosesser, spissede problemstillinger, metoder og verktøy, og digitale nærings- og ' +
      'innbyggerundersøkelser. SINTEF Digital gjennomførte følgeforskningen. ' +
      '(Demodata: personene og oppfølgingen per kommune er eksempler, ikke kommunenes faktiske resultater.)',
    sv:
      '14 utvalda landsbygdskommuner fick vägledning i utvecklingsarbetet från Distriktssenteret och ' +
      'fylkeskommunerna Troms og Finnmark, Møre og Romsdal och Innlandet: processplaner, medverkansprocesser, ' +
      'metoder och verktyg samt digitala närings- och invånarundersökningar. ' +
      '(Demodata: personerna och uppföljningen per kommun är exempel.)',
    en:
      '14 selected rural municipalities were guided in their development work by Distriktssenteret and the ' +
      'county councils of Troms og Finnmark, Møre og Romsdal and Innlandet: process plans, participation ' +
      'processes, sharpened problem statements, methods and tools, and digital business and resident ' +
      'surveys. SINTEF Digital did the follow-up research. (Demo data: the people and the follow-up per ' +
      "municipality are examples, not the municipalities' actual results.)",
  },
  owner: 'distriktssenteret',
  // The seed gives 2020–2022 and a closing gathering in August 2022; the start month is not given.
  startsOn: '2020-01-01',
  endsOn: '2022-08-31',
  visibility: 'public',
  centreAccount: 'operator@distriktssenteret.example',
  phases,
  participants: [...innlandetParticipants, ...moreOgRomsdalParticipants, ...tromsOgFinnmarkParticipants],
  advisors,
  nominations: [],
};
