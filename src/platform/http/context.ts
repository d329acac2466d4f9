import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database';
import { isLocale, negotiateLocale, type Locale } from '../i18n/index';
import { randomToken } from './random';

export type Role = 'operator' | 'advisor' | 'participant';

/** The logged-in person as every route sees them. */
export interface RequestUser {
  id: number;
  name: string;
  email: string;
  role: Role;
  personId: number | null;
  sessionId: string | null;
  /** Set when the request came with an API token rather than a session cookie. */
  viaToken: boolean;
}

/** Resolves who is asking, from a session cookie or an API token; supplied by the accounts module. */
export type Authenticator = (request: FastifyRequest) => Promise<RequestUser | null>;

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    user: RequestUser | null;
    cspNonce: string;
    csrfToken: string;
  }
  interface FastifyInstance {
    database: Database;
  }
}

export const LOCALE_COOKIE = 'lang';
const YEAR = 365 * 24 * 3600;

/** Per request: the language (?lang=, then the cookie, then Accept-Language), a CSP nonce and the user. */
export function registerRequestContext(app: FastifyInstance, authenticate: Authenticator, secure: boolean) {
  app.decorateRequest('locale', 'nb');
  app.decorateRequest('user', null);
  app.decorateRequest('cspNonce', '');
  // Hooks in callback style, here and in security.ts and access.ts: they run on every request, and
  // an async hook costs a promise and a turn of the microtask queue even when it awaits nothing.
  app.addHook('onRequest', (request, reply, done) => {
    request.cspNonce = randomToken(16, 'base64');
    const asked = (request.query as Record<string, unknown> | undefined)?.lang;
    if (isLocale(asked)) {
      request.locale = asked;
      // Remembered, so the choice follows the person to the next page.
      reply.setCookie(LOCALE_COOKIE, asked, { path: '/', maxAge: YEAR, sameSite: 'lax', secure });
    } else {
      const cookie = request.cookies[LOCALE_COOKIE];
      request.locale = isLocale(cookie) ? cookie : negotiateLocale(request.headers['accept-language']);
    }
    authenticate(request).then((user) => {
      request.user = user;
      done();
    }, done);
  });
}
