import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { importRoutes } from './import-routes';
import { organisationRoutes } from './organisation-routes';
import { peopleRoutes } from './people-routes';
import { uploads } from './route-helpers';

/** Registry files are small (Norway's 357 municipalities are 82 kB); anything near this is not one. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

export async function networkRoutes(app: FastifyInstance) {
  // Only this module takes uploads, so multipart is registered in its scope alone. A larger file
  // ends in a 413 and the translated "too large" page.
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20, fieldSize: 10_000 },
    async onFile(part) {
      uploads.set(this, { filename: part.filename, content: await part.toBuffer() });
    },
  });
  organisationRoutes(app);
  importRoutes(app);
  peopleRoutes(app);
}
