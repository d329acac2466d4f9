import type { FastifyInstance } from 'fastify';
import { caseRoutes } from './case-routes';
import { coachingRoutes } from './coaching-routes';
import { homeworkManageRoutes } from './homework-manage-routes';
import { homeworkRoutes } from './homework-routes';
import { nextStepsRoutes } from './next-steps-routes';

/** Every route of the cases module. */
export async function casesRoutes(app: FastifyInstance) {
  await caseRoutes(app);
  await homeworkRoutes(app);
  await homeworkManageRoutes(app);
  await coachingRoutes(app);
  await nextStepsRoutes(app);
}
