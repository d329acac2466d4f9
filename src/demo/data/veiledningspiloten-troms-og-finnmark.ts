import { person } from './people';
import type { DemoParticipant, DemoPerson } from './types';

// Veiledningspiloten in Troms og Finnmark (the county of 2020–2023, since split into Troms and
// Finnmark): Loppa, Vardø, Karasjok, Salangen, Kåfjord, Storfjord (seed 003). Seed 003 says Karasjok
// worked on the community part of its master plan, Salangen on town-centre development and Kåfjord on a
// strategic business plan with local business; the rest is illustrative.

export const tromsOgFinnmarkPeople: DemoPerson[] = [
  person('loppa-pl', 'Sigrun Prøvefjord', 'prosjektleder@loppa.example', 'Prosjektleder', 'no-5614'),
  person('loppa-ordforer', 'Tore Eksempelnes', 'ordforer@loppa.example', 'Ordfører', 'no-5614'),
  person('vardo-pl', 'Hilde Demovik', 'prosjektleder@vardo.example', 'Prosjektleder', 'no-5634'),
  person('vardo-ordforer', 'Bjørn Fiktivhamn', 'ordforer@vardo.example', 'Ordfører', 'no-5634'),
  person('karasjok-pl', 'Inga Eksempelsdatter', 'prosjektleder@karasjok.example', 'Planlegger', 'no-5610'),
  person('karasjok-ordforer', 'Aslak Demoeng', 'ordforer@karasjok.example', 'Ordfører', 'no-5610'),
  person('salangen-pl', 'Trude Skissevik', 'prosjektleder@salangen.example', 'Prosjektleder', 'no-5522'),
  person('salangen-ordforer', 'Frode Mønsterøy', 'ordforer@salangen.example', 'Ordfører', 'no-5522'),
  person('kafjord-pl', 'Silje Utkastfjord', 'prosjektleder@kafjord.example', 'Næringsrådgiver', 'no-5540'),
  person('kafjord-ordforer', 'Roger Øvingsbakk', 'ordforer@kafjord.example', 'Ordfører', 'no-5540'),
  person('storfjord-pl', 'Mona Testeng', 'prosjektleder@storfjord.example', 'Prosjektleder', 'no-5538'),
  person('storfjord-ordforer', 'Kjell Prøvedal', 'ordforer@storfjord.example', 'Ordfører', 'no-5538'),
];

const contacts = (slug: string) => [
  { person: `${slug}-pl`, role: 'project_leader' as const },
  { person: `${slug}-ordforer`, role: 'mayor' as const },
];

export const tromsOgFinnmarkParticipants: DemoParticipant[] = [
  {
    organisation: 'no-5614',
    contacts: contacts('loppa'),
    updates: [
      { step: 'erfaringer', status: 'done', date: '2020-11-04' },
      { step: 'forankring', status: 'done', date: '2020-12-02' },
      { step: 'prosessleder', status: 'done', date: '2021-01-11' },
      { step: 'problemstilling', status: 'done', date: '2021-03-17' },
      { step: 'prosessplan', status: 'done', date: '2021-05-05' },
      {
        step: 'undersokelser',
        status: 'done',
        date: '2021-10-29',
        note: 'Innbyggerundersøkelse; svar fra alle bygdene.',
      },
      { step: 'medvirkning', status: 'in_progress', date: '2022-02-16' },
      { step: 'avslutning', status: 'done', date: '2022-08-31' },
    ],
    feedback: [
      {
        step: 'undersokelser',
        date: '2021-11-03',
        body: 'Svarene fra de minste bygdene er verdifulle. Hvordan vil dere følge dem opp i medvirkningen?',
        replies: [{ date: '2021-11-10', body: 'Vi planlegger bygdemøter med båtskyss i løpet av våren.' }],
      },
    ],
    plan: [
      {
        title: 'Bygdemøter',
        startsOn: '2022-03-01',
        endsOn: '2022-05-31',
        responsible: 'Prosjektleder',
        stakeholderGroups: ['residents', 'voluntary'],
      },
    ],
    outcome: {
      result: 'partly',
      date: '2022-08-31',
      reasons:
        'God medvirkning gjennom undersøkelsen, men lite administrativ kapasitet gjorde at veilederteamet måtte ' +
        'bære mye av prosessen, og arbeidet var ikke ferdig ved avslutningen.',
    },
  },
  {
    organisation: 'no-5634',
    contacts: contacts('vardo'),
    updates: [
      { step: 'erfaringer', status: 'done', date: '2020-11-10' },
      { step: 'forankring', status: 'done', date: '2020-12-08' },
      {
        step: 'prosessleder',
        status: 'in_progress',
        date: '2021-04-20',
        note: 'Ny kommunedirektør tiltrer i august.',
      },
      { step: 'problemstilling', status: 'done', date: '2021-10-06' },
      { step: 'prosessplan', status: 'done', date: '2021-11-24' },
      { step: 'undersokelser', status: 'done', date: '2022-03-30' },
      { step: 'avslutning', status: 'done', date: '2022-08-31' },
    ],
    feedback: [],
    plan: [
      {
        title: 'Næringsundersøkelse',
        startsOn: '2022-02-01',
        endsOn: '2022-03-30',
        responsible: 'Prosjektleder',
        stakeholderGroups: ['business'],
      },
    ],
    outcome: {
      result: 'partly',
      date: '2022-08-31',
      reasons:
        'Skifte i kommunedirektørstillingen forsinket oppstarten. Prosessplan og undersøkelse kom på plass, men ' +
        'tiden ble for knapp til å omsette funnene i plan.',
    },
  },
  {
    organisation: 'no-5610',
    contacts: contacts('karasjok'),
    updates: [
      { step: 'erfaringer', status: 'done', date: '2020-10-28' },
      { step: 'forankring', status: 'done', date: '2020-11-12' },
      { step: 'prosessleder', status: 'done', date: '2020-11-12' },
      {
        step: 'problemstilling',
        status: 'done',
        date: '2021-01-27',
        note: 'Ny samfunnsdel av kommuneplanen.',
      },
      { step: 'prosessplan', status: 'done', date: '2021-03-03' },
      { step: 'medvirkning', status: 'done', date: '2021-11-17', note: 'Medvirkning på samisk og norsk.' },
      { step: 'undersokelser', status: 'done', date: '2021-06-09' },
      { step: 'plan', status: 'done', date: '2022-06-22', note: 'Samfunnsdelen lagt ut på høring.' },
      { step: 'avslutning', status: 'done', date: '2022-08-31' },
      { step: 'resultat', status: 'done', date: '2022-08-31' },
    ],
    feedback: [
      {
        step: 'prosessplan',
        date: '2021-03-08',
        body: 'Fint at planen sikrer medvirkning på både samisk og norsk. Husk å sette av tid til oversetting av innspillene.',
        replies: [{ date: '2021-03-10', body: 'Det er lagt inn i tidsplanen.' }],
      },
    ],
    plan: [
      {
        title: 'Folkemøter om samfunnsdelen',
        startsOn: '2021-09-15',
        endsOn: '2021-11-17',
        responsible: 'Planlegger',
        stakeholderGroups: ['residents', 'voluntary', 'youth'],
        planningLink: 'Kommuneplanens samfunnsdel',
      },
    ],
    outcome: {
      result: 'reached',
      date: '2022-08-31',
      reasons:
        'Tydelig eierskap hos ordfører og kommunedirektør, og en planlegger med tid og tillit til å drive prosessen.',
    },
  },
  {
    organisation: 'no-5522',
    contacts: contacts('salangen'),
    updates: [
      { step: 'erfaringer', status: 'done', date: '2020-10-20' },
      { step: 'forankring', status: 'done', date: '2020-11-03' },
      { step: 'prosessleder', status: 'done', date: '2020-11-03' },
      { step: 'problemstilling', status: 'done', date: '2020-12-15', note: 'Sentrumsutvikling i Sjøvegan.' },
      { step: 'prosessplan', status: 'done', date: '2021-02-10' },
      { step: 'undersokelser', status: 'done', date: '2021-05-12' },
      { step: 'medvirkning', status: 'done', date: '2021-09-29' },
      { step: 'plan', status: 'done', date: '2022-04-07' },
      { step: 'avslutning', status: 'done', date: '2022-08-31' },
      { step: 'resultat', status: 'done', date: '2022-08-31' },
    ],
    feedback: [],
    plan: [
      {
        title: 'Sentrumsverksted med handelsstanden',
        startsOn: '2021-09-29',
        responsible: 'Prosjektleder',
        stakeholderGroups: ['business', 'residents'],
        planningLink: 'Sentrumsplan for Sjøvegan',
      },
    ],
    outcome: {
      result: 'reached',
      date: '2022-08-31',
      reasons: 'Engasjerte innbyggere og handelsstand, og en prosjektleder med støtte fra ledelsen.',
    },
  },
  {
    organisation: 'no-5540',
    contacts: contacts('kafjord'),
    updates: [
      { step: 'erfaringer', status: 'done', date: '2020-10-22' },
      { step: 'forankring', status: 'done', date: '2020-11-19' },
      { step: 'prosessleder', status: 'done', date: '2020-11-19' },
      {
        step: 'problemstilling',
        status: 'done',
        date: '2021-01-21',
        note: 'Strategisk næringsplan og samarbeid med næringslivet.',
      },
      { step: 'prosessplan', status: 'done', date: '2021-02-25' },
      {
        step: 'undersokelser',
        status: 'done',
        date: '2021-04-22',
        note: 'Næringsundersøkelse med svar fra de fleste bedriftene.',
      },
      { step: 'medvirkning', status: 'done', date: '2021-10-21' },
      { step: 'plan', status: 'done', date: '2022-06-16', note: 'Strategisk næringsplan vedtatt.' },
      { step: 'avslutning', status: 'done', date: '2022-08-31' },
      { step: 'resultat', status: 'done', date: '2022-08-31' },
    ],
    feedback: [
      {
        step: 'medvirkning',
        date: '2021-10-27',
        body: 'Næringslivet har vært godt med. Tenk gjennom hvordan samarbeidet kan fortsette etter at planen er vedtatt.',
        replies: [{ date: '2021-11-02', body: 'Vi foreslår et fast næringsforum to ganger i året.' }],
      },
    ],
    plan: [
      {
        title: 'Næringsforum',
        startsOn: '2022-01-20',
        responsible: 'Næringsrådgiver',
        stakeholderGroups: ['business', 'county'],
        planningLink: 'Strategisk næringsplan',
      },
    ],
    outcome: {
      result: 'reached',
      date: '2022-08-31',
      reasons: 'Kommunen og næringslivet fant en arbeidsform sammen, og planen fikk bred støtte.',
    },
  },
  {
    organisation: 'no-5538',
    contacts: contacts('storfjord'),
    updates: [
      { step: 'erfaringer', status: 'done', date: '2020-11-18' },
      { step: 'forankring', status: 'in_progress', date: '2021-01-13' },
      {
        step: 'problemstilling',
        status: 'in_progress',
        date: '2021-06-02',
        note: 'Problemstillingen er ennå ikke avklart.',
      },
    ],
    feedback: [
      {
        step: 'forankring',
        date: '2021-01-20',
        body: 'Vi trenger en tydelig bestilling fra ledelsen for å kunne veilede godt. Kan vi møte formannskapet?',
      },
    ],
    plan: [],
    outcome: {
      result: 'not_reached',
      date: '2022-08-31',
      reasons:
        'Høy turnover i nøkkelstillinger og lite rom for utviklingsarbeid i administrasjonen. Uten en tydelig ' +
        'bestilling og lokal prosessledelse kom prosessen ikke i gang.',
    },
  },
];
