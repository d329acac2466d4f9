import { operatorPeople } from './accounts';
import { byregionPeople, byregionprogrammet } from './byregionprogrammet';
import { regionalFysiskPlanering, regionalPlaneringPeople } from './regional-fysisk-planering';
import type { DemoPerson, DemoProgramme } from './types';
import { veiledningspiloten, veiledningspilotenPeople } from './veiledningspiloten';

export { demoAccounts, DEMO_PASSWORD } from './accounts';
export { demoOrganisations } from './registry';
export { veiledningspilotenMunicipalities } from './veiledningspiloten';
export type * from './types';

/** Every fictional person of the demo: operators, advisors, contacts. */
export const demoPeople: DemoPerson[] = [
  ...operatorPeople,
  ...byregionPeople,
  ...veiledningspilotenPeople,
  ...regionalPlaneringPeople,
];

/** The demo programmes, in the order they are loaded. */
export const demoProgrammes: DemoProgramme[] = [
  byregionprogrammet,
  veiledningspiloten,
  regionalFysiskPlanering,
];
