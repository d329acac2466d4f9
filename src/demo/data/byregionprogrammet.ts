import { byregionParticipants } from './byregionprogrammet-regions';
import { person } from './people';
import type { DemoPerson, DemoProgramme } from './types';

// Seed 000: Distriktssenteret's (then KDU's) start-up talk for Utviklingsprogram for byregioner, 2014.
// The phases and steps are the seed's own; the regions, people, notes and plans are illustrative.

/** Fictional contacts in the city regions, and one fictional reference-group candidate. */
export const byregionPeople: DemoPerson[] = [
  person(
    'vaernes-pl',
    'Per Testrud',
    'prosjektleder@vaernesregionen.example',
    'Prosjektleder',
    'no-byregion-vaernes',
  ),
  person('vaernes-ordforer', 'Berit Eksempelhaug', 'ordforer@stjordal.example', 'Ordfører', 'no-5035'),
  person(
    'gjovik-pl',
    'Siri Prøvelid',
    'prosjektleder@gjovikregionen.example',
    'Prosjektleder',
    'no-byregion-gjovik',
  ),
  person(
    'gjovik-partner',
    'Arne Skissebakken',
    'naeringsforening@gjovikregionen.example',
    'Daglig leder, næringsforening',
    'no-byregion-gjovik',
  ),
  person(
    'kongsberg-pl',
    'Hanne Utkastli',
    'prosjektleder@kongsbergregionen.example',
    'Prosjektleder',
    'no-byregion-kongsberg',
  ),
  person('kongsberg-radmann', 'Tor Mønstervik', 'radmann@kongsberg.example', 'Rådmann', 'no-3303'),
  person(
    'byregion-prosessleder',
    'Hege Demodal',
    'prosessleder@distriktssenteret.example',
    'Prosessleder for læringsnettverket',
    'distriktssenteret',
  ),
];

export const byregionprogrammet: DemoProgramme = {
  slug: 'byregionprogrammet',
  title: {
    nb: 'Byregionprogrammet – utviklingsprogram for byregioner',
    sv: 'Byregionprogrammet – utvecklingsprogram för stadsregioner',
    en: 'City Region Programme (Byregionprogrammet)',
  },
  description: {
    nb:
      'Målet er at byregionene kommer fram til lokalt forankrete strategier og tiltak med utgangspunkt i ' +
      'samhandling mellom byen og omlandet, med en helhetlig samfunnsanalyse som grunnlag. Distriktssenteret ' +
      'etablerer og drifter et nasjonalt læringsnettverk mellom deltakerne: kunnskapsbygging, kunnskapsdeling ' +
      'og formidling til andre, supplert med studier og forskning. Resultatene skal være offentlige. ' +
      'Nettverkssamlinger i 2014: 20.–21. mai i Stjørdal (påmelding innen 16. april) og 3.–4. november. ' +
      '(Demodata: regionene, personene og oppfølgingen er eksempler.)',
    sv:
      'Målet är att stadsregionerna tar fram lokalt förankrade strategier och åtgärder utifrån samspelet ' +
      'mellan staden och omlandet, med en helhetlig samhällsanalys som grund. Distriktssenteret driver ett ' +
      'nationellt lärande nätverk mellan deltagarna. Resultaten ska vara offentliga. ' +
      '(Demodata: regionerna, personerna och uppföljningen är exempel.)',
    en:
      'The aim is that the city regions arrive at locally anchored strategies and measures built on the ' +
      'interaction between the town and its hinterland, grounded in a holistic societal analysis. ' +
      'Distriktssenteret establishes and runs a national learning network between the participants; ' +
      'the results are public. Network gatherings in 2014: 20–21 May in Stjørdal (register by 16 April) ' +
      'and 3–4 November. (Demo data: the regions, people and follow-up are examples.)',
  },
  owner: 'distriktssenteret',
  // The seed gives the year only.
  startsOn: '2014-01-01',
  visibility: 'public',
  centreAccount: 'operator@distriktssenteret.example',
  phases: [
    {
      title: {
        nb: 'Fase 1: Etablering av samarbeidet og valg av tema',
        sv: 'Fas 1: Etablering av samarbetet och val av tema',
        en: 'Phase 1: Establishing the cooperation and choosing a theme',
      },
      description: {
        nb:
          'Etablering og konsolidering av samarbeidet internt i regionen, og valg av tema/saksområde på ' +
          'grunnlag av en helhetlig analyse av samhandlingen (arbeidsmarked, boligmarked, arealdisponering, ' +
          'infrastruktur, næringsliv og kompetanse) for å finne flaskehalsen. Involvering av næringsliv, ' +
          'utdanningsinstitusjoner, andre offentlige institusjoner, fylkeskommune og frivillige organisasjoner.',
        en:
          'Establish and consolidate the cooperation within the region and choose a theme, based on a holistic ' +
          'analysis of interaction (labour market, housing market, land use, infrastructure, business and ' +
          'competence) that finds the bottleneck. Involve business, education, public bodies, the county and ' +
          'voluntary organisations.',
      },
      steps: [
        {
          key: 'prosjektleder',
          title: { nb: 'Prosjektleder', sv: 'Projektledare utsedd', en: 'Project leader appointed' },
          description: {
            nb: 'Regionen har tilsatt en prosjektleder for arbeidet.',
            sv: 'Regionen har anställt en projektledare för arbetet.',
            en: 'The region has appointed a project leader for the work.',
          },
        },
        {
          key: 'forankring',
          title: { nb: 'Forankring i region', sv: 'Förankring i regionen', en: 'Anchoring in the region' },
          description: {
            nb: 'Involver (det framtidige) partnerskapet tidlig; forankring hos politisk og administrativ ledelse.',
            sv: 'Involvera det (framtida) partnerskapet tidigt; förankring hos politisk och administrativ ledning.',
            en: 'Involve the (future) partnership early; anchoring with political and administrative leadership.',
          },
        },
        {
          key: 'fou',
          title: {
            nb: 'FoU-analyse i region',
            sv: 'FoU-analys i regionen',
            en: 'R&D analysis in the region',
          },
          description: {
            nb: 'Helhetlig samfunnsanalyse av samhandlingen mellom byen og omlandet, for å finne flaskehalsen.',
            sv: 'Helhetlig samhällsanalys av samspelet mellan staden och omlandet, för att hitta flaskhalsen.',
            en: 'A holistic societal analysis of the interaction between the town and its hinterland, to find the bottleneck.',
          },
        },
        {
          key: 'prosessplan',
          title: {
            nb: 'Prosessplan, partnerskap og framtidig kobling til kommunenes formelle planarbeid',
            sv: 'Processplan, partnerskap och framtida koppling till kommunernas formella planering',
            en: "Process plan, partnership and link to the municipalities' formal planning",
          },
          description: {
            nb: 'Partnerne bør tenke på det samme (forretningsplan).',
            sv: 'Partnerna bör tänka i samma banor (affärsplan).',
            en: 'The partners should think along the same lines (business plan).',
          },
        },
        {
          key: 'tema',
          title: { nb: 'Valg av tema', sv: 'Val av tema', en: 'Choice of theme' },
        },
      ],
    },
    {
      title: {
        nb: 'Fase 2: Lokalt forankrete strategier og tiltak',
        sv: 'Fas 2: Lokalt förankrade strategier och åtgärder',
        en: 'Phase 2: Locally anchored strategies and measures',
      },
      steps: [
        {
          key: 'strategier',
          title: {
            nb: 'Lokalt forankrete strategier og tiltak',
            sv: 'Lokalt förankrade strategier och åtgärder',
            en: 'Locally anchored strategies and measures',
          },
        },
        {
          key: 'planforankring',
          title: {
            nb: 'Forankring i kommunenes ordinære planarbeid',
            sv: 'Förankring i kommunernas ordinarie planering',
            en: "Anchoring in the municipalities' ordinary planning",
          },
        },
      ],
    },
  ],
  participants: byregionParticipants,
  advisors: [
    { person: 'byregion-prosessleder', organisation: 'distriktssenteret' },
    { person: 'operator-distriktssenteret', organisation: 'distriktssenteret' },
  ],
  nominations: [
    {
      person: 'vaernes-ordforer',
      date: '2014-05-21',
      decidedOn: '2014-06-02',
      participant: 'no-byregion-vaernes',
      motivation: 'Erfaren ordfører med lang fartstid i regionrådet.',
      decision: 'accepted',
    },
    {
      person: 'gjovik-partner',
      date: '2014-06-10',
      participant: 'no-byregion-gjovik',
      motivation: 'Gir referansegruppen et blikk fra næringslivet.',
    },
    {
      person: 'kongsberg-radmann',
      date: '2014-05-30',
      decidedOn: '2014-06-02',
      participant: 'no-byregion-kongsberg',
      motivation: 'Rådmann i vertskommunen for regionsamarbeidet.',
      decision: 'declined',
    },
  ],
};
