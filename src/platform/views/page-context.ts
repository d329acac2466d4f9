import type { FastifyRequest } from 'fastify';
import type { Locale } from '../i18n/index';
import { common, type CommonMessages } from '../i18n/messages';
import type { RequestUser } from '../http/context';

/** What every view may know about the request: never the database. */
export interface PageContext {
  locale: Locale;
  user: RequestUser | null;
  csrfToken: string;
  nonce: string;
  /** Path and query of this page, for the language switcher and "back to" links. */
  path: string;
  t: CommonMessages;
  demo: boolean;
}

/**
 * The page context of this request. `secrets` stand in for the nonce and the CSRF token when a page
 * is rendered to be cached (http/page-cache.ts). The CSRF token is read only by a page that shows a
 * form, so a page without one sets no CSRF cookie.
 */
export function pageContext(
  request: FastifyRequest,
  secrets?: { nonce: string; csrfToken: string },
): PageContext {
  return {
    locale: request.locale,
    user: request.user,
    get csrfToken() {
      return secrets ? secrets.csrfToken : request.csrfToken;
    },
    nonce: secrets ? secrets.nonce : request.cspNonce,
    path: request.url,
    t: common(request.locale),
    demo: request.server.config.demo,
  };
}
