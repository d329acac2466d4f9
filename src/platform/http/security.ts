import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const CSRF_COOKIE = 'csrf';
export const CSRF_FIELD = '_csrf';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class CsrfError extends Error {
  statusCode = 403;
  code = 'CSRF';
}

/**
 * Security headers with a per-request CSP nonce, and CSRF protection by double submit: a random
 * cookie that every form echoes in a hidden field. It needs no server state, so it works across
 * instances. Requests authenticated by an API token (no cookies) are exempt, as browsers cannot
 * forge that header.
 */
export function registerSecurity(app: FastifyInstance, secure: boolean) {
  app.addHook('onRequest', async (request, reply) => {
    let token = request.cookies[CSRF_COOKIE];
    if (!token || !/^[A-Za-z0-9_-]{32,64}$/.test(token)) {
      token = crypto.randomBytes(24).toString('base64url');
      reply.setCookie(CSRF_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure });
    }
    request.csrfToken = token;
  });

  app.addHook('preHandler', async (request) => {
    if (!unsafeMethods.has(request.method)) return;
    if (request.user?.viaToken) return;
    const sent = readCsrf(request);
    const expected = request.cookies[CSRF_COOKIE];
    if (!sent || !expected || !safeEqual(sent, expected)) throw new CsrfError('Invalid CSRF token');
  });

  app.addHook('onSend', async (request, reply, payload) => {
    setSecurityHeaders(request, reply);
    return payload;
  });
}

function readCsrf(request: FastifyRequest): string | undefined {
  const header = request.headers['x-csrf-token'];
  if (typeof header === 'string') return header;
  const body = request.body as Record<string, unknown> | undefined;
  const value = body && typeof body === 'object' ? body[CSRF_FIELD] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function safeEqual(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply) {
  const nonce = request.cspNonce;
  reply.header(
    'content-security-policy',
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      `style-src 'self' 'nonce-${nonce}'`,
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
  );
  // The request id ties a user's report to the log lines of that request.
  reply.header('x-request-id', request.id);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'strict-origin-when-cross-origin');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
}
