import type { SamlingModule } from '../../platform/module';
import { programmeRoutes } from './routes';

export const programmesModule: SamlingModule = {
  name: 'programmes',
  migrations: [],
  routes: programmeRoutes,
};
