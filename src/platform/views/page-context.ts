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

export function pageContext(request: FastifyRequest): PageContext {
  return {
    locale: request.locale,
    user: request.user,
    csrfToken: request.csrfToken,
    nonce: request.cspNonce,
    path: request.url,
    t: common(request.locale),
    demo: request.server.config.demo,
  };
}
