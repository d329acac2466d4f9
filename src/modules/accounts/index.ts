import type { SamlingModule } from '../../platform/module';
import { migrations } from './migrations';
import { accountRoutes } from './routes';
import './tables';

export { authenticate, createUser, createApiToken, hashPassword } from './service';
export type { NewUser } from './service';
export { loginNames } from './account-service';

export const accountsModule: SamlingModule = {
  name: 'accounts',
  migrations,
  routes: accountRoutes,
};
