import type { SamlingModule } from '../../platform/module';
import { migrations } from './migrations';
import { networkRoutes } from './routes';
import './tables';

export type { OrganisationKind, Country } from './tables';

export const networkModule: SamlingModule = {
  name: 'network',
  migrations,
  routes: networkRoutes,
};
