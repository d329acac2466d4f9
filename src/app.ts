import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import qs from 'node:querystring';
import type { Config } from './config';
import { modules } from './modules';
import { authenticate } from './modules/accounts/index';
import type { Database } from './platform/db/database';
import { registerAccess } from './platform/http/access';
import { registerRequestContext } from './platform/http/context';
import { registerErrorHandlers } from './platform/http/errors';
import { registerSecurity } from './platform/http/security';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
  }
}

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Builds the app without listening, so tests can call it with `inject`. */
export async function buildApp(config: Config, database: Database, options: { logger?: boolean } = {}) {
  const app: FastifyInstance = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && /^[\w-]{1,64}$/.test(sent) ? sent : crypto.randomUUID();
    },
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.decorate('config', config);
  app.decorate('database', database);

  await app.register(fastifyCookie);
  // Repeated keys (checkbox groups) become arrays; `qs` would allow nested objects we never use.
  await app.register(fastifyFormbody, { parser: (body) => qs.parse(body), bodyLimit: 256 * 1024 });
  registerRequestContext(app, authenticate, config.secureCookies);
  registerSecurity(app, config.secureCookies);
  // After the two above: onRequest hooks run in order, and the access check needs request.user
  // (and the CSRF token, so a 403 page still has a working log-out form).
  registerAccess(app);
  registerErrorHandlers(app);

  await app.register(fastifyStatic, {
    root: path.join(root, 'node_modules/@digdir/designsystemet-css/dist'),
    prefix: '/assets/ds/',
    decorateReply: false,
    maxAge: '1d',
  });
  await app.register(fastifyStatic, { root: path.join(root, 'public'), prefix: '/assets/', maxAge: '1h' });

  app.get('/healthz', { config: { access: 'public' } }, async (request, reply) => {
    try {
      await sql`select 1`.execute(database.db);
      return reply.send({ status: 'ok', database: database.dialect });
    } catch (error) {
      request.log.error({ err: error }, 'health check: database unreachable');
      return reply.status(503).send({ status: 'unavailable', database: database.dialect });
    }
  });

  for (const mod of modules) await app.register(async (scope) => mod.routes(scope));
  return app;
}
