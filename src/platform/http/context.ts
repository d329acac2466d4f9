import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database';
import { isLocale, negotiateLocale, type Locale } from '../i18n/index';

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
  app.decorateRequest('csrfToken', '');
  app.addHook('onRequest', async (request, reply) => {
    request.cspNonce = crypto.randomBytes(16).toString('base64');
    const asked = (request.query as Record<string, unknown> | undefined)?.lang;
    if (isLocale(asked)) {
      request.locale = asked;
      // Remembered, so the choice follows the person to the next page.
      reply.setCookie(LOCALE_COOKIE, asked, { path: '/', maxAge: YEAR, sameSite: 'lax', secure });
    } else {
      const cookie = request.cookies[LOCALE_COOKIE];
      request.locale = isLocale(cookie) ? cookie : negotiateLocale(request.headers['accept-language']);
    }
    request.user = await authenticate(request);
  });
}
