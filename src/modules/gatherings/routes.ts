import type { FastifyInstance } from 'fastify';
import { eventApiRoutes } from './api-routes';
import { calendarRoutes } from './calendar-routes';
import { eventRoutes } from './event-routes';
import { registrationAdminRoutes } from './registration-admin-routes';
import { registrationRoutes } from './registration-routes';
import { retrospectiveRoutes } from './retrospective-routes';

/** Every route of the gatherings module. */
export async function gatheringRoutes(app: FastifyInstance) {
  await eventRoutes(app);
  await eventApiRoutes(app);
  await registrationRoutes(app);
  await registrationAdminRoutes(app);
  await calendarRoutes(app);
  await retrospectiveRoutes(app);
}
