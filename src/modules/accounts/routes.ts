import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { enforceRateLimit } from '../../platform/http/rate-limit';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseInput } from '../../platform/http/validation';
import { pageContext } from '../../platform/views/page-context';
import { logIn, logOut, SESSION_COOKIE, SESSION_DAYS } from './service';
import { LoginPage } from './views/login-page';

const loginSchema = z.object({ email: fields.email(), password: z.string().min(1, { error: 'required' }), next: z.string().optional() });

/** Only same-site paths, so `next` cannot send someone to another site after login. */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : '/me';
}

function setSessionCookie(app: FastifyInstance, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: app.config.secureCookies,
    maxAge: SESSION_DAYS * 86_400,
  });
}

export async function accountRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/login', { config: { access: 'public' } }, async (request, reply) => {
    const next = safeNext((request.query as { next?: string }).next);
    return sendPage(reply, LoginPage, { ctx: pageContext(request), next });
  });

  app.post('/login', { config: { access: 'public' } }, async (request, reply) => {
    // Per address and per account, so neither one client nor a spread attack can guess freely.
    await enforceRateLimit(db, `login:ip:${request.ip}`, 20, 15 * 60);
    const parsed = parseInput(loginSchema, request.body);
    const ctx = pageContext(request);
    const next = safeNext((request.body as { next?: string } | undefined)?.next);
    if (!parsed.ok) {
      return sendPage(reply, LoginPage, { ctx, next, errors: parsed.errors, values: request.body as Record<string, unknown> }, 400);
    }
    await enforceRateLimit(db, `login:email:${parsed.data.email}`, 10, 15 * 60);
    const result = await logIn(db, {
      email: parsed.data.email,
      password: parsed.data.password,
      userAgent: request.headers['user-agent'] ?? '',
      ip: request.ip,
    });
    if (!result.ok) {
      return sendPage(reply, LoginPage, { ctx, next, failed: true, values: { email: parsed.data.email } }, 401);
    }
    // A fresh session id at every login: a session fixed before login is never the one used after.
    if (request.user?.sessionId) await logOut(db, request.user.sessionId);
    setSessionCookie(app, reply, result.sessionToken);
    request.log.info({ userId: result.userId }, 'login');
    return seeOther(reply, next);
  });

  app.post('/logout', { config: { access: 'user' } }, async (request, reply) => {
    if (request.user?.sessionId) await logOut(db, request.user.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return seeOther(reply, '/');
  });
}
