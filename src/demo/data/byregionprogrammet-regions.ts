import type { DemoParticipant } from './types';

// Byregionprogrammet's city regions in 2014 (phase 1): their steps, the centre's feedback and their
// process plans. Seed 000 names no participants; all of this is illustrative.

export const byregionParticipants: DemoParticipant[] = [
  {
    organisation: 'no-byregion-vaernes',
    contacts: [
      { person: 'vaernes-pl', role: 'project_leader' },
      { person: 'vaernes-ordforer', role: 'mayor' },
    ],
    updates: [
      {
        step: 'prosjektleder',
        status: 'done',
        date: '2014-03-03',
        note: 'Prosjektleder tilsatt i 100 % stilling fra 1. mars.',
      },
      {
        step: 'forankring',
        status: 'in_progress',
        date: '2014-04-10',
        note: 'Sak om deltakelse lagt fram for regionrådet.',
      },
      {
        step: 'forankring',
        status: 'done',
        date: '2014-05-05',
        note: 'Regionrådet sluttet seg til prosjektplanen. Alle fem kommunene med.',
      },
      {
        step: 'fou',
        status: 'in_progress',
        date: '2014-05-22',
        note: 'Bestilling av FoU-analyse drøftet på nettverkssamlingen i Stjørdal.',
      },
      {
        step: 'prosessplan',
        status: 'in_progress',
        date: '2014-06-16',
        note: 'Utkast til prosessplan sendt partnerne på høring.',
      },
    ],
    feedback: [
      {
        step: 'forankring',
        date: '2014-05-07',
        body:
          'Godt at regionrådet står bak. Husk at partnerskapet bør med tidlig – næringsliv, utdanning og ' +
          'fylkeskommunen bør ha tillit til problemstillingen før FoU-arbeidet bestilles.',
        replies: [
          {
            date: '2014-05-12',
            body: 'Takk! Vi inviterer næringsforeningen og videregående skole til verksted i juni.',
          },
        ],
      },
      {
        step: 'fou',
        date: '2014-05-27',
        body:
          'Vurder om analysen bør se på arbeidsmarked og boligmarked samlet – pendlingen mot Trondheim og ' +
          'flyplassen er trolig en nøkkel til flaskehalsen.',
      },
    ],
    plan: [
      {
        title: 'Verksted med partnerskapet om problemstilling for FoU-analysen',
        startsOn: '2014-06-11',
        endsOn: '2014-06-11',
        responsible: 'Prosjektleder',
        stakeholderGroups: ['business', 'education', 'county', 'public'],
      },
      {
        title: 'FoU-analyse av samhandling by–omland (arbeidsmarked, bolig, infrastruktur)',
        // Written into the draft process plan sent to the partners on 16 June.
        recordedOn: '2014-06-16',
        startsOn: '2014-08-15',
        endsOn: '2014-10-31',
        responsible: 'Ekstern FoU-leverandør',
        stakeholderGroups: ['education', 'public'],
      },
      {
        title: 'Valg av tema i regionrådet',
        // Written into the draft process plan sent to the partners on 16 June.
        recordedOn: '2014-06-16',
        startsOn: '2014-11-20',
        responsible: 'Regionrådet',
        stakeholderGroups: ['public'],
        planningLink: 'Regional planstrategi og kommuneplanenes samfunnsdel',
      },
    ],
  },
  {
    organisation: 'no-byregion-gjovik',
    contacts: [
      { person: 'gjovik-pl', role: 'project_leader' },
      { person: 'gjovik-partner', role: 'partner' },
    ],
    updates: [
      {
        step: 'prosjektleder',
        status: 'done',
        date: '2014-02-17',
        note: 'Prosjektleder på plass, delt stilling med regionrådet.',
      },
      { step: 'forankring', status: 'done', date: '2014-03-28' },
      {
        step: 'fou',
        status: 'done',
        date: '2014-09-30',
        note: 'FoU-rapport levert; kompetanse og rekruttering peker seg ut.',
      },
      {
        step: 'prosessplan',
        status: 'done',
        date: '2014-10-15',
        note: 'Prosessplan vedtatt med partnerskap fra næringsliv og høgskole.',
      },
      {
        step: 'tema',
        status: 'in_progress',
        date: '2014-11-05',
        note: 'Tema drøftet på samlingen 3.–4. november.',
      },
    ],
    feedback: [
      {
        step: 'fou',
        date: '2014-10-02',
        body: 'En grundig analyse. Løft gjerne fram hvilke funn partnerne selv kjenner seg igjen i før tema velges.',
        replies: [{ date: '2014-10-08', body: 'Vi tar funnene med på partnerskapsmøtet før jul.' }],
      },
    ],
    plan: [
      {
        title: 'Partnerskapsmøte om funnene i FoU-rapporten',
        startsOn: '2014-12-03',
        responsible: 'Prosjektleder',
        stakeholderGroups: ['business', 'education', 'county'],
        planningLink: 'Interkommunal plan for kompetanse og rekruttering',
      },
    ],
  },
  {
    organisation: 'no-byregion-kongsberg',
    contacts: [
      { person: 'kongsberg-pl', role: 'project_leader' },
      { person: 'kongsberg-radmann', role: 'chief_executive' },
    ],
    updates: [
      { step: 'prosjektleder', status: 'done', date: '2014-04-01' },
      {
        step: 'forankring',
        status: 'in_progress',
        date: '2014-05-26',
        note: 'To av sju kommunestyrer har ennå ikke behandlet saken.',
      },
    ],
    feedback: [
      {
        step: 'forankring',
        date: '2014-05-28',
        body: 'Regionen går over to fylker – avklar tidlig hvordan begge fylkeskommunene skal være med i partnerskapet.',
      },
    ],
    plan: [
      {
        title: 'Orientering i kommunestyrene',
        startsOn: '2014-06-01',
        endsOn: '2014-06-30',
        responsible: 'Rådmennene',
        stakeholderGroups: ['public'],
      },
    ],
  },
];
