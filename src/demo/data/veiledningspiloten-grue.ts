import type { DemoParticipant } from './types';

// Grue in Veiledningspiloten, the participant with a demo login (prosjektleder@grue.example): the
// fullest record, so its project leader's page shows every kind of follow-up. Illustrative, not
// Grue's actual record.

export const grue: DemoParticipant = {
  organisation: 'no-3417',
  joinedOn: '2020-09-01',
  feedbackBy: 'advisor@innlandet.example',
  contacts: [
    { person: 'grue-pl', role: 'project_leader' },
    { person: 'grue-ordforer', role: 'mayor' },
    { person: 'grue-kommunedirektor', role: 'chief_executive' },
  ],
  updates: [
    {
      step: 'erfaringer',
      status: 'in_progress',
      date: '2020-09-22',
      note: 'Første veiledningsmøte på Teams.',
    },
    {
      step: 'erfaringer',
      status: 'done',
      date: '2020-10-13',
      note: 'Felles økt med politisk og administrativ ledelse: gode på enkeltprosjekter, svakere på oppfølging over tid.',
    },
    {
      step: 'forankring',
      status: 'done',
      date: '2020-10-27',
      note: 'Formannskapet sluttet seg til deltakelsen.',
    },
    {
      step: 'prosessleder',
      status: 'done',
      date: '2020-11-09',
      note: 'Prosjektleder frikjøpt 50 % i piloten.',
    },
    { step: 'problemstilling', status: 'in_progress', date: '2020-11-24' },
    {
      step: 'problemstilling',
      status: 'done',
      date: '2021-01-12',
      note: 'Problemstilling: hvordan kan kommunen og næringslivet sammen gjøre Grue attraktiv for nye innbyggere?',
    },
    { step: 'prosessplan', status: 'done', date: '2021-02-08' },
    {
      step: 'undersokelser',
      status: 'in_progress',
      date: '2021-03-01',
      note: 'Spørsmålene skreddersydd sammen med veilederteamet.',
    },
    {
      step: 'undersokelser',
      status: 'done',
      date: '2021-05-03',
      note: 'Næringsundersøkelse og innbyggerundersøkelse avsluttet.',
    },
    {
      step: 'medvirkning',
      status: 'done',
      date: '2021-09-23',
      note: 'To folkemøter og ett ungdomsverksted.',
    },
    {
      step: 'plan',
      status: 'done',
      date: '2022-04-28',
      note: 'Handlingsplan for attraktivitet vedtatt i kommunestyret.',
    },
    { step: 'avslutning', status: 'done', date: '2022-08-31' },
    { step: 'resultat', status: 'done', date: '2022-08-31' },
  ],
  feedback: [
    {
      step: 'prosessplan',
      date: '2021-02-10',
      body:
        'Prosessplanen er tydelig på hvem som gjør hva. Legg gjerne inn når formannskapet skal orienteres underveis, ' +
        'så forankringen holdes ved like.',
      replies: [
        {
          date: '2021-02-16',
          body: 'Godt innspill – vi har lagt inn orientering i formannskapet hver tredje måned.',
        },
      ],
    },
    {
      step: 'undersokelser',
      date: '2021-05-06',
      body: 'Svarprosenten i næringsundersøkelsen er høy. Del gjerne resultatene med næringslivet før folkemøtene.',
      replies: [
        { date: '2021-05-19', body: 'Resultatene ble presentert på frokostmøte med næringslivet 18. mai.' },
      ],
    },
    {
      step: 'resultat',
      date: '2022-08-31',
      body:
        'Takk for innsatsen i piloten. Hva vil dere ta med dere videre i arbeidet med samfunnsdelen, og hva trenger ' +
        'dere fra fylkeskommunen framover?',
    },
  ],
  plan: [
    {
      title: 'Veiledningsmøter med veilederteamet (Teams)',
      startsOn: '2020-09-22',
      endsOn: '2022-06-30',
      responsible: 'Prosjektleder og veilederteamet',
      stakeholderGroups: ['county', 'public'],
    },
    {
      title: 'Digital næringsundersøkelse',
      startsOn: '2021-03-15',
      endsOn: '2021-04-30',
      responsible: 'Prosjektleder',
      stakeholderGroups: ['business'],
    },
    {
      title: 'Digital innbyggerundersøkelse',
      startsOn: '2021-03-15',
      endsOn: '2021-04-30',
      responsible: 'Prosjektleder',
      stakeholderGroups: ['residents'],
    },
    {
      title: 'Folkemøter og ungdomsverksted',
      startsOn: '2021-09-01',
      endsOn: '2021-09-23',
      responsible: 'Kommunedirektøren',
      stakeholderGroups: ['residents', 'youth', 'voluntary'],
    },
    {
      title: 'Handlingsplan for attraktivitet til kommunestyret',
      startsOn: '2022-04-28',
      responsible: 'Kommunedirektøren',
      stakeholderGroups: ['public', 'business'],
      planningLink: 'Kommuneplanens samfunnsdel, handlingsdel',
    },
  ],
  outcome: {
    result: 'reached',
    date: '2022-08-31',
    reasons:
      'Ordfører og kommunedirektør tok eierskap, og prosjektlederen hadde tid og tillit til å drive prosessen. ' +
      'Undersøkelsene ga engasjement fra både innbyggere og næringsliv.',
  },
};
