import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { Role } from './context';

/**
 * Who may call a route. Every route declares one in `config.access`; start-up fails for a route
 * that does not, so no page is accidentally open. Finer rules (a participant sees only their own
 * programmes) live in each module's `permissions.ts` and answer 404 where existence is private.
 */
export type Access = 'public' | 'user' | 'staff' | 'operator';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    routeAccess: RouteAccess[];
  }
}

export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

export class HttpError extends Error {
  constructor(
    public statusCode: 400 | 401 | 403 | 404 | 409 | 413 | 429,
    message = '',
  ) {
    super(message || String(statusCode));
  }
}

export const notFound = () => new HttpError(404);
export const forbidden = () => new HttpError(403);

const roleRank: Record<Role, number> = { participant: 1, advisor: 2, operator: 3 };
const accessRank: Record<Access, number> = { public: 0, user: 1, staff: 2, operator: 3 };

export function allows(access: Access, role: Role | null): boolean {
  if (access === 'public') return true;
  if (!role) return false;
  return roleRank[role] >= accessRank[access];
}

export function registerAccess(app: FastifyInstance) {
  const registry: RouteAccess[] = [];
  app.decorate('routeAccess', registry);
  app.addHook('onRoute', (route: RouteOptions) => {
    // Static assets are public by nature; everything else must say who it is for.
    if (!route.config?.access && route.url.startsWith('/assets')) {
      route.config = { ...route.config, access: 'public' };
    }
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} does not declare config.access`);
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      registry.push({ method, url: route.url, access });
    }
  });
  // Callback style, as it runs on every request (see context.ts).
  app.addHook('onRequest', (request: FastifyRequest, _reply, done) => {
    const access = request.routeOptions.config?.access;
    if (!access || access === 'public') return done();
    if (!request.user) return done(new HttpError(401));
    if (!allows(access, request.user.role)) return done(new HttpError(403));
    done();
  });
}
