import type { DemoAccount, DemoPerson } from './types';

/** The one password of every demo login; the README prints it beside the e-mail addresses. */
export const DEMO_PASSWORD = 'samling-demo-2026';

/** The operators' own people (fictional); the other account holders are defined with their programme. */
export const operatorPeople: DemoPerson[] = [
  {
    key: 'operator-distriktssenteret',
    name: 'Kari Eksempelsen',
    email: 'operator@distriktssenteret.example',
    title: 'Seniorrådgiver',
    organisations: [{ organisation: 'distriktssenteret', role: 'Seniorrådgiver' }],
  },
  {
    key: 'operator-reglab',
    name: 'Lena Exempelsson',
    email: 'operator@reglab.example',
    title: 'Processledare',
    organisations: [{ organisation: 'reglab', role: 'Processledare' }],
  },
];

/** Demo logins, one per kind of user, each tied to a fictional person in the network. */
export const demoAccounts: DemoAccount[] = [
  {
    email: 'operator@distriktssenteret.example',
    password: DEMO_PASSWORD,
    role: 'operator',
    name: 'Kari Eksempelsen',
    person: 'operator-distriktssenteret',
    sees:
      'Operator at Distriktssenteret: every programme, the network registry, all follow-up, the outbox; ' +
      'runs Byregionprogrammet and Veiledningspiloten.',
  },
  {
    email: 'operator@reglab.example',
    password: DEMO_PASSWORD,
    role: 'operator',
    name: 'Lena Exempelsson',
    person: 'operator-reglab',
    sees: 'Operator at Reglab: every programme (operators see all); runs the learning project "Regional fysisk planering".',
  },
  {
    email: 'advisor@innlandet.example',
    password: DEMO_PASSWORD,
    role: 'advisor',
    name: 'Ola Prøvestad',
    person: 'advisor-innlandet',
    sees:
      "Advisor from Innlandet county council on Veiledningspiloten's team: that programme's overview and " +
      'follow-up of Sør-Aurdal, Grue, Engerdal and Rendalen, plus public programmes.',
  },
  {
    email: 'prosjektleder@grue.example',
    password: DEMO_PASSWORD,
    role: 'participant',
    name: 'Ingrid Demodal',
    person: 'grue-pl',
    sees:
      "Project leader in Grue (participant in Veiledningspiloten): Grue's own page with steps, feedback to " +
      'answer, process plan and outcome, plus public programmes.',
  },
  {
    email: 'prosjektleder@vaernesregionen.example',
    password: DEMO_PASSWORD,
    role: 'participant',
    name: 'Per Testrud',
    person: 'vaernes-pl',
    sees:
      "Project leader of the city region Værnesregionen in Byregionprogrammet: the region's own page with " +
      'phase 1 steps, feedback and process plan, plus public programmes.',
  },
  {
    email: 'projektledare@varmland.example',
    password: DEMO_PASSWORD,
    role: 'participant',
    name: 'Maria Provberg',
    person: 'varmland-pl',
    sees:
      'Case owner for Värmland in Reglab\'s "Regional fysisk planering" (members only): the region\'s page ' +
      'with workshop homework and feedback.',
  },
  // Two more case owners of "Regional fysisk planering", so the demo's Backspegel answers and A3
  // summaries (src/demo/data/gatherings-reglab-cases.ts) come from people who can log in.
  {
    email: 'projektledare@stockholm.example',
    password: DEMO_PASSWORD,
    role: 'participant',
    name: 'Cecilia Fiktivsson',
    person: 'stockholm-pl',
    sees:
      'Case owner for Stockholmsregionen in "Regional fysisk planering": the case, its homework, coaching ' +
      'group 6 with its A3 summary, and the Backspegel of WS1 and WS2.',
  },
  {
    email: 'projektledare@blekinge.example',
    password: DEMO_PASSWORD,
    role: 'participant',
    name: 'Karin Exempelsson',
    person: 'blekinge-pl',
    sees:
      'Case owner for Blekinge in "Regional fysisk planering": the case, its homework, coaching group 2 ' +
      'with its A3 summary, and the Backspegel of WS2 and WS3.',
  },
];
