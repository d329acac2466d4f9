import { grue } from './veiledningspiloten-grue';
import { person } from './people';
import type { DemoParticipant, DemoPerson } from './types';

// Veiledningspiloten in Innlandet: Sør-Aurdal, Grue, Engerdal, Rendalen (seed 003). Seed 003 says
// Sør-Aurdal worked on town-centre development and Rendalen on a strategic business plan with local
// business; everything else here (people, notes, feedback, plans, outcomes) is illustrative.

export const innlandetPeople: DemoPerson[] = [
  person('sor-aurdal-pl', 'Anne Prøvebakken', 'prosjektleder@sor-aurdal.example', 'Prosjektleder', 'no-3449'),
  person('sor-aurdal-ordforer', 'Knut Eksempelstad', 'ordforer@sor-aurdal.example', 'Ordfører', 'no-3449'),
  person('grue-pl', 'Ingrid Demodal', 'prosjektleder@grue.example', 'Prosjektleder', 'no-3417'),
  person('grue-ordforer', 'Lars Fiktivrud', 'ordforer@grue.example', 'Ordfører', 'no-3417'),
  person(
    'grue-kommunedirektor',
    'Randi Skisseby',
    'kommunedirektor@grue.example',
    'Kommunedirektør',
    'no-3417',
  ),
  person('engerdal-pl', 'Tone Mønsterli', 'prosjektleder@engerdal.example', 'Næringsrådgiver', 'no-3425'),
  person('engerdal-ordforer', 'Geir Utkastmo', 'ordforer@engerdal.example', 'Ordfører', 'no-3425'),
  person('rendalen-pl', 'Magnus Øvingsrud', 'prosjektleder@rendalen.example', 'Prosjektleder', 'no-3424'),
  person('rendalen-ordforer', 'Liv Testhaug', 'ordforer@rendalen.example', 'Ordfører', 'no-3424'),
];

const advisor = 'advisor@innlandet.example';

export const innlandetParticipants: DemoParticipant[] = [
  {
    organisation: 'no-3449',
    feedbackBy: advisor,
    contacts: [
      { person: 'sor-aurdal-pl', role: 'project_leader' },
      { person: 'sor-aurdal-ordforer', role: 'mayor' },
    ],
    updates: [
      {
        step: 'erfaringer',
        status: 'done',
        date: '2020-10-06',
        note: 'Refleksjonsmøte på Teams med formannskap og ledergruppe.',
      },
      { step: 'forankring', status: 'done', date: '2020-10-20' },
      { step: 'prosessleder', status: 'done', date: '2020-11-02' },
      {
        step: 'problemstilling',
        status: 'done',
        date: '2020-12-01',
        note: 'Hvordan få et levende sentrum i Bagn?',
      },
      { step: 'prosessplan', status: 'done', date: '2021-01-25' },
      {
        step: 'medvirkning',
        status: 'done',
        date: '2021-06-10',
        note: 'Stedsvandring og digitalt innspillskart.',
      },
      {
        step: 'undersokelser',
        status: 'done',
        date: '2021-04-30',
        note: 'Innbyggerundersøkelse med god svarprosent.',
      },
      { step: 'plan', status: 'done', date: '2022-03-15', note: 'Sentrumsplan lagt fram for kommunestyret.' },
      { step: 'avslutning', status: 'done', date: '2022-08-31' },
      { step: 'resultat', status: 'done', date: '2022-08-31' },
    ],
    feedback: [
      {
        step: 'problemstilling',
        date: '2020-12-03',
        body: 'Godt spisset. Vurder å skille mellom tiltak kommunen rår over selv og det som krever gårdeiere og handelsnæring.',
        replies: [{ date: '2020-12-10', body: 'Enig – vi deler tiltakslisten i to i prosessplanen.' }],
      },
    ],
    plan: [
      {
        title: 'Stedsvandring i sentrum med innbyggere og gårdeiere',
        startsOn: '2021-05-18',
        endsOn: '2021-05-18',
        responsible: 'Prosjektleder',
        stakeholderGroups: ['residents', 'business'],
        planningLink: 'Områderegulering for sentrum',
      },
      {
        title: 'Digital innbyggerundersøkelse om sentrum',
        startsOn: '2021-03-15',
        endsOn: '2021-04-15',
        responsible: 'Veilederteamet og prosjektleder',
        stakeholderGroups: ['residents', 'youth'],
      },
      {
        title: 'Sentrumsplan til politisk behandling',
        startsOn: '2022-03-15',
        responsible: 'Kommunedirektøren',
        stakeholderGroups: ['public'],
        planningLink: 'Kommuneplanens arealdel',
      },
    ],
    outcome: {
      result: 'reached',
      date: '2022-08-31',
      reasons:
        'Ordfører og kommunedirektør tok aktivt eierskap til prosessen, og prosjektlederen fikk handlingsrom. ' +
        'Innbyggerundersøkelsen og stedsvandringen ga et felles bilde av sentrum som planen bygger på.',
    },
  },
  grue,
  {
    organisation: 'no-3425',
    feedbackBy: advisor,
    contacts: [
      { person: 'engerdal-pl', role: 'project_leader' },
      { person: 'engerdal-ordforer', role: 'mayor' },
    ],
    updates: [
      { step: 'erfaringer', status: 'done', date: '2020-10-08' },
      { step: 'forankring', status: 'done', date: '2020-11-05' },
      {
        step: 'prosessleder',
        status: 'in_progress',
        date: '2021-02-01',
        note: 'Prosjektleder sluttet; stillingen lyst ut på nytt.',
      },
      { step: 'prosessleder', status: 'done', date: '2021-06-14', note: 'Ny prosjektleder på plass.' },
      { step: 'problemstilling', status: 'done', date: '2021-09-06' },
      { step: 'prosessplan', status: 'done', date: '2021-10-18' },
      { step: 'undersokelser', status: 'done', date: '2022-01-31' },
      { step: 'medvirkning', status: 'in_progress', date: '2022-03-10' },
      { step: 'avslutning', status: 'done', date: '2022-08-31' },
    ],
    feedback: [
      {
        step: 'prosessleder',
        date: '2021-02-03',
        body:
          'Vi ser at mye stopper opp når prosjektlederen slutter. Kan ledergruppen avklare hvem som holder i ' +
          'prosessen fram til ny person er på plass?',
        replies: [
          {
            date: '2021-02-08',
            body: 'Kommunedirektøren tar det midlertidig. Vi ber om et ekstra veiledningsmøte i mars.',
          },
        ],
      },
    ],
    plan: [
      {
        title: 'Innbyggerundersøkelse',
        startsOn: '2021-12-01',
        endsOn: '2022-01-31',
        responsible: 'Veilederteamet',
        stakeholderGroups: ['residents'],
      },
    ],
    outcome: {
      result: 'partly',
      date: '2022-08-31',
      reasons:
        'Høy turnover i nøkkelstillinger gjorde at veilederteamet i perioder måtte ta «drajobben». Undersøkelsen ' +
        'ble gjennomført, men planarbeidet var ikke kommet til politisk behandling da piloten ble avsluttet.',
    },
  },
  {
    organisation: 'no-3424',
    feedbackBy: advisor,
    contacts: [
      { person: 'rendalen-pl', role: 'project_leader' },
      { person: 'rendalen-ordforer', role: 'mayor' },
    ],
    updates: [
      { step: 'erfaringer', status: 'done', date: '2020-10-01' },
      { step: 'forankring', status: 'done', date: '2020-10-15' },
      { step: 'prosessleder', status: 'done', date: '2020-10-15' },
      {
        step: 'problemstilling',
        status: 'done',
        date: '2020-11-30',
        note: 'Tettere samarbeid mellom kommunen og næringslivet.',
      },
      { step: 'prosessplan', status: 'done', date: '2021-01-18' },
      {
        step: 'undersokelser',
        status: 'done',
        date: '2021-03-31',
        note: 'Næringsundersøkelsen ga mange konkrete innspill.',
      },
      { step: 'medvirkning', status: 'done', date: '2021-10-14', note: 'Næringsfrokoster i tre grender.' },
      { step: 'plan', status: 'done', date: '2022-05-19', note: 'Strategisk næringsplan vedtatt.' },
      { step: 'avslutning', status: 'done', date: '2022-08-31' },
      { step: 'resultat', status: 'done', date: '2022-08-31' },
    ],
    feedback: [
      {
        step: 'undersokelser',
        date: '2021-04-07',
        body: 'Bruk gjerne funnene om rekruttering av arbeidskraft direkte i målene for næringsplanen.',
        replies: [{ date: '2021-04-12', body: 'Det gjør vi – rekruttering blir ett av tre innsatsområder.' }],
      },
    ],
    plan: [
      {
        title: 'Digital næringsundersøkelse',
        startsOn: '2021-02-15',
        endsOn: '2021-03-31',
        responsible: 'Prosjektleder',
        stakeholderGroups: ['business'],
      },
      {
        title: 'Næringsfrokoster i grendene',
        startsOn: '2021-09-01',
        endsOn: '2021-10-14',
        responsible: 'Ordfører og prosjektleder',
        stakeholderGroups: ['business', 'voluntary'],
      },
      {
        title: 'Strategisk næringsplan til kommunestyret',
        startsOn: '2022-05-19',
        responsible: 'Kommunedirektøren',
        stakeholderGroups: ['public', 'business'],
        planningLink: 'Kommuneplanens samfunnsdel',
      },
    ],
    outcome: {
      result: 'reached',
      date: '2022-08-31',
      reasons:
        'Sterkt engasjement fra næringslivet gjennom undersøkelsen og næringsfrokostene, og en prosjektleder med ' +
        'støtte fra ledelsen. Næringsplanen ble vedtatt før piloten ble avsluttet.',
    },
  },
];
