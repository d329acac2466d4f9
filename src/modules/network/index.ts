import type { SamlingModule } from '../../platform/module';
import { registerPersonalData } from '../../platform/personal-data';
import { migrations } from './migrations';
import { networkPersonalData } from './personal-data';
import { networkRoutes } from './routes';
import './tables';

export {
  getOrganisation,
  getOrganisationsByIds,
  listOrganisations,
  findOrganisationByNumber,
  createOrganisation,
  setGroupMembers,
  getGroupMembers,
  getPeopleByIds,
  getPerson,
  listPeople,
  createPerson,
  organisationIdsOfPerson,
} from './service';
export type { Organisation, Person } from './service';
export { alphabetFor } from './sort-key';
export type { Alphabet } from './sort-key';
export { importRegistry } from './import-service';
export type { ImportReport } from './import-service';
export type { OrganisationKind, Country } from './tables';

// At load, so the accounts module's export and erase include the network's people.
registerPersonalData(networkPersonalData);

export const networkModule: SamlingModule = {
  name: 'network',
  migrations,
  routes: networkRoutes,
};
// Part S (search): every network document, for a search reindex.
export { organisationSearchDocuments } from './search-document';
