import crypto from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomToken } from './random';

export const CSRF_COOKIE = 'csrf';
export const CSRF_FIELD = '_csrf';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class CsrfError extends Error {
  statusCode = 403;
  code = 'CSRF';
}

const kToken = Symbol('csrfToken');
const kIssued = Symbol('csrfIssued');
const validToken = /^[A-Za-z0-9_-]{32,64}$/;

declare module 'fastify' {
  interface FastifyRequest {
    [kToken]: string | null;
    [kIssued]: boolean;
  }
}

/**
 * Security headers with a per-request CSP nonce, and CSRF protection by double submit: a random
 * cookie that every form echoes in a hidden field. It needs no server state, so it works across
 * instances. Requests authenticated by an API token (no cookies) are exempt, as browsers cannot
 * forge that header.
 *
 * `request.csrfToken` is the cookie's token, made on first use: a response whose page has no form
 * (or is JSON) neither makes one nor sets the cookie; one that shows a form sets it.
 */
export function registerSecurity(app: FastifyInstance, secure: boolean) {
  app.decorateRequest(kToken, null);
  app.decorateRequest(kIssued, false);
  app.decorateRequest('csrfToken', {
    getter(this: FastifyRequest) {
      if (this[kToken] == null) {
        const sent = (this.cookies as Record<string, string | undefined> | undefined)?.[CSRF_COOKIE];
        if (sent && validToken.test(sent)) this[kToken] = sent;
        else {
          this[kToken] = randomToken(24, 'base64url');
          this[kIssued] = true;
        }
      }
      return this[kToken];
    },
  });

  // Callback-style hooks: see context.ts.
  app.addHook('preHandler', (request, _reply, done) => {
    if (!unsafeMethods.has(request.method) || request.user?.viaToken) return done();
    const sent = readCsrf(request);
    const expected = request.cookies[CSRF_COOKIE];
    if (!sent || !expected || !safeEqual(sent, expected)) return done(new CsrfError('Invalid CSRF token'));
    done();
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    // After the cookie plugin's own onSend, so setCookie writes the header at once.
    if (request[kIssued]) {
      reply.setCookie(CSRF_COOKIE, request[kToken]!, { path: '/', httpOnly: true, sameSite: 'lax', secure });
    }
    setSecurityHeaders(request, reply);
    done(null, payload);
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

// The policy around the nonce, joined once rather than on every response.
const [cspHead, cspMiddle, cspTail] = [
  "default-src 'self'",
  "script-src 'self' 'nonce-\u0000'",
  "style-src 'self' 'nonce-\u0000'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
]
  .join('; ')
  .split('\u0000') as [string, string, string];

function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply) {
  const nonce = request.cspNonce;
  reply.header('content-security-policy', cspHead + nonce + cspMiddle + nonce + cspTail);
  // The request id ties a user's report to the log lines of that request.
  reply.header('x-request-id', request.id);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'strict-origin-when-cross-origin');
  reply.header('x-frame-options', 'DENY');
  reply.header('cross-origin-opener-policy', 'same-origin');
  reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
}
