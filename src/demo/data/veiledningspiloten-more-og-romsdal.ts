import { person } from './people';
import type { DemoParticipant, DemoPerson } from './types';

// Veiledningspiloten in Møre og Romsdal: Aure, Tingvoll, Sande, Fjord (seed 003). Seed 003 says Fjord
// prioritised the community part of its master plan (kommuneplanens samfunnsdel) and that Fjord's mayor
// spoke about the pilot at the closing gathering in August 2022; the rest is illustrative. Fjord has
// no fictional mayor here, since the seed names the real one.

export const moreOgRomsdalPeople: DemoPerson[] = [
  person('aure-pl', 'Kjersti Prøvøy', 'prosjektleder@aure.example', 'Prosjektleder', 'no-1576'),
  person('aure-ordforer', 'Odd Eksempelvik', 'ordforer@aure.example', 'Ordfører', 'no-1576'),
  person('tingvoll-pl', 'Jorunn Demones', 'prosjektleder@tingvoll.example', 'Utviklingsleder', 'no-1560'),
  person('tingvoll-ordforer', 'Sverre Fiktivøy', 'ordforer@tingvoll.example', 'Ordfører', 'no-1560'),
  person('sande-pl', 'Elin Testvik', 'prosjektleder@sande.example', 'Prosjektleder', 'no-1514'),
  person('sande-ordforer', 'Rune Skissenes', 'ordforer@sande.example', 'Ordfører', 'no-1514'),
  person('fjord-pl', 'Ragnhild Mønsterdal', 'prosjektleder@fjord.example', 'Prosjektleiar', 'no-1578'),
  person(
    'fjord-kommunedirektor',
    'Stein Utkastvik',
    'kommunedirektor@fjord.example',
    'Kommunedirektør',
    'no-1578',
  ),
];

export const moreOgRomsdalParticipants: DemoParticipant[] = [
  {
    organisation: 'no-1576',
    contacts: [
      { person: 'aure-pl', role: 'project_leader' },
      { person: 'aure-ordforer', role: 'mayor' },
    ],
    updates: [
      { step: 'erfaringer', status: 'done', date: '2020-10-14' },
      { step: 'forankring', status: 'done', date: '2020-11-11' },
      { step: 'prosessleder', status: 'done', date: '2020-11-11' },
      { step: 'problemstilling', status: 'done', date: '2021-02-03' },
      { step: 'prosessplan', status: 'done', date: '2021-03-22' },
      {
        step: 'undersokelser',
        status: 'done',
        date: '2021-06-07',
        note: 'Innbyggerundersøkelse gjennomført.',
      },
      {
        step: 'medvirkning',
        status: 'in_progress',
        date: '2021-11-02',
        note: 'Verksteder utsatt på grunn av smittevernregler.',
      },
      { step: 'plan', status: 'in_progress', date: '2022-05-10' },
      { step: 'avslutning', status: 'done', date: '2022-08-31' },
    ],
    feedback: [
      {
        step: 'medvirkning',
        date: '2021-11-04',
        body: 'Kan verkstedene gjennomføres digitalt, eller som mindre møter i grendene, så dere ikke mister framdrift?',
        replies: [{ date: '2021-11-09', body: 'Vi prøver to digitale kveldsmøter i desember.' }],
      },
    ],
    plan: [
      {
        title: 'Digitale kveldsmøter med innbyggerne',
        startsOn: '2021-12-01',
        endsOn: '2021-12-15',
        responsible: 'Prosjektleder',
        stakeholderGroups: ['residents', 'voluntary'],
      },
    ],
    outcome: {
      result: 'partly',
      date: '2022-08-31',
      reasons:
        'Undersøkelsen og prosessplanen kom på plass, men koronarestriksjoner forsinket medvirkningen, og planen ' +
        'var ennå ikke til politisk behandling da piloten ble avsluttet.',
    },
  },
  {
    organisation: 'no-1560',
    contacts: [
      { person: 'tingvoll-pl', role: 'project_leader' },
      { person: 'tingvoll-ordforer', role: 'mayor' },
    ],
    updates: [
      { step: 'erfaringer', status: 'done', date: '2020-09-29' },
      { step: 'forankring', status: 'done', date: '2020-10-12' },
      { step: 'prosessleder', status: 'done', date: '2020-10-12' },
      { step: 'problemstilling', status: 'done', date: '2020-12-09' },
      { step: 'prosessplan', status: 'done', date: '2021-01-20' },
      { step: 'undersokelser', status: 'done', date: '2021-04-26' },
      { step: 'medvirkning', status: 'done', date: '2021-10-05' },
      { step: 'plan', status: 'done', date: '2022-06-16' },
      { step: 'avslutning', status: 'done', date: '2022-08-31' },
      { step: 'resultat', status: 'done', date: '2022-08-31' },
    ],
    feedback: [],
    plan: [
      {
        title: 'Næringsundersøkelse og innbyggerundersøkelse',
        startsOn: '2021-03-01',
        endsOn: '2021-04-26',
        responsible: 'Utviklingsleder',
        stakeholderGroups: ['business', 'residents'],
      },
      {
        title: 'Arbeidsverksted med lag og foreninger',
        startsOn: '2021-09-14',
        responsible: 'Utviklingsleder',
        stakeholderGroups: ['voluntary', 'residents'],
        planningLink: 'Kommunal planstrategi',
      },
    ],
    outcome: {
      result: 'reached',
      date: '2022-08-31',
      reasons:
        'Politisk og administrativ toppledelse var aktive eiere av prosessen, og utviklingslederen fikk handlingsrom.',
    },
  },
  {
    organisation: 'no-1514',
    contacts: [
      { person: 'sande-pl', role: 'project_leader' },
      { person: 'sande-ordforer', role: 'mayor' },
    ],
    updates: [
      { step: 'erfaringer', status: 'done', date: '2020-10-21' },
      { step: 'forankring', status: 'in_progress', date: '2020-11-18' },
      {
        step: 'prosessleder',
        status: 'in_progress',
        date: '2021-03-08',
        note: 'Prosjektlederstillingen har stått ledig siden februar.',
      },
      { step: 'problemstilling', status: 'in_progress', date: '2021-05-12' },
    ],
    feedback: [
      {
        step: 'prosessleder',
        date: '2021-03-10',
        body:
          'Uten en prosjektleder med kapasitet blir det vanskelig å komme videre. Skal vi sette opp et møte med ' +
          'ordfører og kommunedirektør om ressursene?',
        replies: [{ date: '2021-03-15', body: 'Ja, takk. Vi foreslår et møte i april.' }],
      },
    ],
    plan: [],
    outcome: {
      result: 'not_reached',
      date: '2022-08-31',
      reasons:
        'Lite administrativ utviklingskapasitet og en ledig prosjektlederstilling gjorde at prosessen ikke kom i ' +
        'gang for alvor. Lokalt eierskap og prosessledelse manglet, og veilederteamet kunne ikke erstatte det.',
    },
  },
  {
    organisation: 'no-1578',
    contacts: [
      { person: 'fjord-pl', role: 'project_leader' },
      { person: 'fjord-kommunedirektor', role: 'chief_executive' },
    ],
    updates: [
      { step: 'erfaringer', status: 'done', date: '2020-09-30' },
      { step: 'forankring', status: 'done', date: '2020-10-08' },
      { step: 'prosessleder', status: 'done', date: '2020-10-08' },
      {
        step: 'problemstilling',
        status: 'done',
        date: '2020-11-19',
        note: 'Arbeidet skal munne ut i kommuneplanens samfunnsdel.',
      },
      { step: 'prosessplan', status: 'done', date: '2021-01-14' },
      { step: 'undersokelser', status: 'done', date: '2021-05-20' },
      {
        step: 'medvirkning',
        status: 'done',
        date: '2021-11-25',
        note: 'Grendemøte i alle bygdene i den nye kommunen.',
      },
      {
        step: 'plan',
        status: 'done',
        date: '2022-06-23',
        note: 'Samfunnsdelen lagt fram for kommunestyret.',
      },
      {
        step: 'avslutning',
        status: 'done',
        date: '2022-08-31',
        note: 'Ordføreren fortalte om erfaringene fra piloten på avslutningssamlingen i august 2022.',
      },
      { step: 'resultat', status: 'done', date: '2022-08-31' },
    ],
    feedback: [
      {
        step: 'prosessplan',
        date: '2021-01-19',
        body: 'En god plan. Sørg for at innspillene fra grendemøtene blir synlige i samfunnsdelen, så folk ser at de er hørt.',
        replies: [{ date: '2021-01-26', body: 'Vi lager en egen innspillsrapport som vedlegg til planen.' }],
      },
    ],
    plan: [
      {
        title: 'Grendemøter i bygdene',
        startsOn: '2021-09-01',
        endsOn: '2021-11-25',
        responsible: 'Planleggar',
        stakeholderGroups: ['residents', 'voluntary', 'business'],
        planningLink: 'Kommuneplanens samfunnsdel',
      },
      {
        title: 'Samfunnsdelen til kommunestyret',
        startsOn: '2022-06-23',
        responsible: 'Kommunedirektøren',
        stakeholderGroups: ['public'],
        planningLink: 'Kommuneplanens samfunnsdel',
      },
    ],
    outcome: {
      result: 'reached',
      date: '2022-08-31',
      reasons:
        'Ordfører og kommunedirektør tok aktivt eierskap, og medvirkningen i bygdene ga samfunnsdelen et bredt ' +
        'grunnlag i en kommune som var ny fra 2020.',
    },
  },
];
