import type { FastifyRequest, RouteShorthandOptions } from 'fastify';

/**
 * The URL with the path segment after each prefix replaced by "…": `/calendar/abc?x=1` becomes
 * `/calendar/…?x=1`. The query string is kept; only the secret part of the path goes.
 */
export function redactSecretPath(url: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    if (url.startsWith(`${prefix}/`)) {
      const rest = url.slice(prefix.length + 1);
      const end = rest.search(/[?#]/);
      return `${prefix}/…${end === -1 ? '' : rest.slice(end)}`;
    }
  }
  return url;
}

/**
 * Route options for a route whose URL carries a secret (a calendar feed's key, a single-use link's
 * token): the request log shows the path without it, so a copy of the logs opens nothing.
 */
export function secretUrlLog(prefixes: readonly string[]): Pick<RouteShorthandOptions, 'logSerializers'> {
  return {
    logSerializers: {
      req: (req: FastifyRequest) => ({
        method: req.method,
        url: redactSecretPath(req.url, prefixes),
        host: req.host,
        remoteAddress: req.ip,
      }),
    },
  };
}
