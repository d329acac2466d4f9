import type { DemoParticipant } from './types';

// Regional fysisk planering (seed 001): the case notes, feedback and plans of a few regions. The
// workshops' dates are the seed's; the notes, feedback and plans are illustrative.

// Richer records for a few regions, so their pages show homework in progress, feedback and a plan.
export const regionExtras: Record<string, Partial<DemoParticipant>> = {
  varmland: {
    updates: [
      {
        step: 'hemuppgift',
        status: 'in_progress',
        date: '2014-09-24',
        note: 'Utkast till hemuppgift: när och hur kärvar det?',
      },
      {
        step: 'dialog',
        status: 'in_progress',
        date: '2014-10-01',
        note: 'Kommundialog inbokad med två kommuner.',
      },
    ],
    feedback: [
      {
        step: 'beskriv',
        date: '2014-09-05',
        body: 'Tydlig beskrivning av caset. Hur ser kommunerna på Regionens roll – som översättare eller som drivande part?',
        replies: [
          {
            date: '2014-09-10',
            body: 'Det skiljer sig mellan kommunerna; vi tar med frågan till kommundialogen i oktober.',
          },
        ],
      },
      {
        step: 'hemuppgift',
        date: '2014-09-26',
        body: 'Bra att hemuppgiften är avgränsad. Tänk på vilket verktyg eller vilken visualisering ni vill pröva till WS3.',
      },
    ],
    plan: [
      {
        title: 'Kommundialog om caset',
        startsOn: '2014-10-01',
        endsOn: '2014-10-10',
        responsible: 'Caseägare',
        stakeholderGroups: ['public'],
        planningLink: 'Regional utvecklingsstrategi',
      },
      {
        title: 'Presentera hemuppgiften på WS3',
        startsOn: '2014-10-15',
        responsible: 'Caseägare',
        stakeholderGroups: ['public', 'county'],
      },
    ],
  },
  stockholm: {
    updates: [{ step: 'hemuppgift', status: 'done', date: '2014-10-10' }],
    feedback: [
      {
        step: 'fragestallning',
        date: '2014-09-08',
        body: 'Erfarenheterna från RUFS är värdefulla för gruppen. Kan ni dela hur samverkan med kommunerna riggades?',
        replies: [{ date: '2014-09-12', body: 'Ja, vi tar med ett kort inspel till WS3.' }],
      },
    ],
    plan: [
      {
        title: 'Inspel om samverkan i RUFS till WS3',
        startsOn: '2014-10-15',
        responsible: 'Caseägare',
        stakeholderGroups: ['public'],
        planningLink: 'RUFS, regional utvecklingsplan för Stockholmsregionen',
      },
    ],
  },
  vgr: { updates: [{ step: 'hemuppgift', status: 'in_progress', date: '2014-09-30' }] },
  dalarna: {
    updates: [
      { step: 'dialog', status: 'in_progress', date: '2014-09-25', note: 'Gemensamt case med Örebro län.' },
    ],
  },
  orebro: {
    updates: [
      { step: 'dialog', status: 'in_progress', date: '2014-09-25', note: 'Gemensamt case med Dalarna.' },
    ],
  },
};
