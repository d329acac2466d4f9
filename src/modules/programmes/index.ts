import type { FastifyInstance } from 'fastify';
import type { SamlingModule } from '../../platform/module';
import { followUpRoutes } from './follow-up-routes';
import { migrations } from './migrations';
import { programmeRoutes } from './routes';
import './tables';

export const programmesModule: SamlingModule = {
  name: 'programmes',
  migrations,
  async routes(app: FastifyInstance) {
    await programmeRoutes(app);
    await followUpRoutes(app);
  },
};
