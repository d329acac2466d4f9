import type { SamlingModule } from '../../platform/module';
import { caseJobs } from './jobs';
import { migrations } from './migrations';
import { casesRoutes } from './routes';
import './tables';

export const casesModule: SamlingModule = {
  name: 'cases',
  migrations,
  routes: casesRoutes,
  jobs: caseJobs,
};
