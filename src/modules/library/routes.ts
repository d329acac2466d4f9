import type { FastifyInstance } from 'fastify';
import { attachmentRoutes } from './attachment-routes';
import { digestRoutes } from './digest-routes';
import { feedRoutes } from './feed-routes';
import { itemRoutes } from './item-routes';

/** Every route of the library module (the knowledge bank). */
export async function libraryRoutes(app: FastifyInstance) {
  await feedRoutes(app);
  await itemRoutes(app);
  await attachmentRoutes(app);
  await digestRoutes(app);
}
