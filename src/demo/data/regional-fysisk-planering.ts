import { regionExtras } from './regional-fysisk-planering-extras';
import type { DemoParticipant, DemoPerson, DemoPhase, DemoProgramme, DemoStepUpdate } from './types';

// Seed 001: Reglab's learning project "Regional fysisk planering", WS2 (Stockholm, Wednesday 3 September,
// which dates the project to 2014). The workshops, themes, homework and the coaching groups ("WS casen")
// are the seed's; the people, case notes and plans are illustrative. Group 1 of the seed (SKL,
// Tillväxtverket, Tillväxtanalys, Boverket) are national bodies, not regions, so they are in the registry
// but not participants.

/** The regions of seed 001's coaching groups 2–6, with their county code (län) and coaching group. */
const regions: { county: string; slug: string; person: string; group: number }[] = [
  { county: 'se-10', slug: 'blekinge', person: 'Karin Exempelsson', group: 2 },
  { county: 'se-20', slug: 'dalarna', person: 'Anders Provberg', group: 2 },
  { county: 'se-18', slug: 'orebro', person: 'Eva Demodotter', group: 2 },
  { county: 'se-21', slug: 'gavleborg', person: 'Johan Testlund', group: 2 },
  { county: 'se-13', slug: 'halland', person: 'Sofia Fiktivström', group: 3 },
  { county: 'se-23', slug: 'jamtland', person: 'Erik Mönsterqvist', group: 3 },
  { county: 'se-24', slug: 'vasterbotten', person: 'Malin Utkastsson', group: 3 },
  { county: 'se-25', slug: 'norrbotten', person: 'Lars Skissholm', group: 4 },
  { county: 'se-06', slug: 'jonkoping', person: 'Ulrika Exempeldahl', group: 4 },
  { county: 'se-05', slug: 'ostergotland', person: 'Per Provqvist', group: 5 },
  { county: 'se-07', slug: 'kronoberg', person: 'Annika Testberg', group: 5 },
  { county: 'se-17', slug: 'varmland', person: 'Maria Provberg', group: 5 },
  { county: 'se-14', slug: 'vgr', person: 'Henrik Demoberg', group: 6 },
  { county: 'se-01', slug: 'stockholm', person: 'Cecilia Fiktivsson', group: 6 },
];

const groupMembers: Record<number, string> = {
  2: 'Blekinge, Dalarna/Örebro, Gävleborg',
  3: 'Halland, Jämtland, Västerbotten',
  4: 'Norrbotten, Jönköping',
  5: 'Östergötland, Kronoberg, Region Värmland',
  6: 'VGR, Stockholmsregionen',
};

export const regionalPlaneringPeople: DemoPerson[] = regions.map((r) => ({
  key: `${r.slug}-pl`,
  name: r.person,
  email: `projektledare@${r.slug}.example`,
  title: 'Regional planerare, caseägare',
  organisations: [{ organisation: r.county, role: 'Caseägare i Reglabs lärprojekt' }],
}));

const phases: DemoPhase[] = [
  {
    title: {
      sv: 'WS1: Introduktion, utgångspunkter (3–4 juni, Stockholm)',
      nb: 'WS1: Introduksjon, utgangspunkter (3.–4. juni, Stockholm)',
      en: 'WS1: Introduction, starting points (3–4 June, Stockholm)',
    },
    steps: [
      {
        key: 'case',
        title: {
          sv: 'Välj case: pågående eller snart uppstartat samverkansprojekt',
          nb: 'Velg case: pågående eller snart oppstartet samarbeidsprosjekt',
          en: 'Choose a case: an ongoing or soon-starting cooperation project',
        },
      },
      {
        key: 'utmaningar',
        title: {
          sv: 'Utmaningar och knäckfrågor',
          nb: 'Utfordringer og nøkkelspørsmål',
          en: 'Challenges and crux questions',
        },
      },
    ],
  },
  {
    title: {
      sv: 'WS2: Effektiva processer – roller och mandat (3 september, Stockholm)',
      nb: 'WS2: Effektive prosesser – roller og mandat (3. september, Stockholm)',
      en: 'WS2: Effective processes – roles and mandates (3 September, Stockholm)',
    },
    steps: [
      {
        key: 'beskriv',
        title: { sv: 'Läxa: beskriv caset', nb: 'Lekse: beskriv caset', en: 'Homework: describe the case' },
        description: {
          sv:
            'Vad vill man uppnå med samverkansprojektet? Vilka är utmaningarna? Vilken roll har Regionen? ' +
            'Vilka andra intressenter är inblandade?',
          en: "What should the cooperation achieve? What are the challenges? What is the region's role? Who else is involved?",
        },
      },
      {
        key: 'fragestallning',
        title: {
          sv: 'Läxa: lyft en frågeställning eller lärdom',
          nb: 'Lekse: løft en problemstilling eller lærdom',
          en: 'Homework: raise a question or a lesson',
        },
      },
      {
        key: 'coaching',
        title: {
          sv: 'Kollegial coaching i smågrupp',
          nb: 'Kollegial coaching i smågruppe',
          en: 'Peer coaching in small groups',
        },
        description: {
          sv: '2–3 case per grupp; summera gemensamma kritiska frågor på A3.',
          en: '2–3 cases per group; summarise shared critical questions on an A3 sheet.',
        },
      },
    ],
  },
  {
    title: {
      sv: 'WS3: Verktyg och visualisering (15 oktober, Stockholm)',
      nb: 'WS3: Verktøy og visualisering (15. oktober, Stockholm)',
      en: 'WS3: Tools and visualisation (15 October, Stockholm)',
    },
    steps: [
      {
        key: 'hemuppgift',
        title: {
          sv: 'Läxa: hemuppgift utifrån de principiellt viktiga frågorna',
          nb: 'Lekse: hjemmeoppgave ut fra de prinsipielt viktige spørsmålene',
          en: 'Homework: a task based on the key questions of principle',
        },
        description: {
          sv: 'Rimlig, lagom, framåtsyftande!',
          en: 'Reasonable, right-sized, forward-looking!',
        },
      },
      {
        key: 'organisatoriskt',
        title: {
          sv: 'Organisatoriskt lärande på hemmaplan',
          nb: 'Organisatorisk læring på hjemmebane',
          en: 'Organisational learning at home',
        },
      },
      {
        key: 'dialog',
        title: {
          sv: '(Kommun)dialog om caset',
          nb: '(Kommune)dialog om caset',
          en: 'Dialogue with municipalities on the case',
        },
        description: { sv: 'Vid minst ett tillfälle.', en: 'On at least one occasion.' },
      },
    ],
  },
  {
    title: {
      sv: 'WS4: Framsyn (2–3 december, Norrköping)',
      nb: 'WS4: Framsyn (2.–3. desember, Norrköping)',
      en: 'WS4: Foresight (2–3 December, Norrköping)',
    },
    steps: [
      {
        key: 'framsyn',
        title: {
          sv: 'Frågor som gruppen vill lyfta',
          nb: 'Spørsmål gruppen vil løfte',
          en: 'Questions the group wants to raise',
        },
      },
    ],
  },
];

/** Every region chose its case at WS1 and brought its homework to WS2, where the coaching groups met. */
const commonUpdates = (group: number): DemoStepUpdate[] => [
  { step: 'case', status: 'done', date: '2014-06-04' },
  { step: 'utmaningar', status: 'done', date: '2014-06-04' },
  { step: 'beskriv', status: 'done', date: '2014-09-01' },
  { step: 'fragestallning', status: 'done', date: '2014-09-01' },
  {
    step: 'coaching',
    status: 'done',
    date: '2014-09-03',
    note: `Coachinggrupp ${group}: ${groupMembers[group]}.`,
  },
];

const participant = (r: (typeof regions)[number], extra: Partial<DemoParticipant> = {}): DemoParticipant => ({
  organisation: r.county,
  contacts: [{ person: `${r.slug}-pl`, role: 'project_leader' }],
  updates: [...commonUpdates(r.group), ...(extra.updates ?? [])],
  feedback: extra.feedback ?? [],
  plan: extra.plan ?? [],
});

export const regionalFysiskPlanering: DemoProgramme = {
  slug: 'regional-fysisk-planering',
  title: {
    sv: 'Regional fysisk planering – lärprojekt',
    nb: 'Regional fysisk planlegging – læringsprosjekt',
    en: 'Regional physical planning – learning project',
  },
  description: {
    sv:
      'Reglabs lärprojekt om regional fysisk planering: från gemensam insikt (2011) till gemensam avsikt (2013). ' +
      'Fyra workshops; varje region följer ett eget case genom projektet, med läxor mellan träffarna, kollegial ' +
      'coaching i smågrupper och en backspegel i slutet av varje workshop. (Demodata: personerna och ' +
      'anteckningarna är exempel.)',
    nb:
      'Reglabs læringsprosjekt om regional fysisk planlegging: fire workshops; hver region følger sitt eget case ' +
      'gjennom prosjektet, med lekser mellom samlingene og kollegial coaching i smågrupper. (Demodata.)',
    en:
      "Reglab's learning project on regional physical planning: four workshops; each region follows its own case " +
      'through the project, with homework between workshops, peer coaching in small groups and a retrospective ' +
      'at the end of each workshop. (Demo data: the people and notes are examples.)',
  },
  owner: 'reglab',
  startsOn: '2014-06-03',
  endsOn: '2014-12-03',
  visibility: 'members',
  centreAccount: 'operator@reglab.example',
  phases,
  participants: regions.map((r) => participant(r, regionExtras[r.slug])),
  advisors: [{ person: 'operator-reglab', organisation: 'reglab' }],
  nominations: [],
};
