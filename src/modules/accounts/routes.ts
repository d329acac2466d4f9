import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { enforceRateLimit } from '../../platform/http/rate-limit';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseInput } from '../../platform/http/validation';
import { pageContext } from '../../platform/views/page-context';
import { accountPageRoutes } from './account-routes';
import { adminRoutes } from './admin-routes';
import { linkRoutes } from './link-routes';
import { emailLimitKey, logIn, logOut, SESSION_COOKIE, SESSION_DAYS } from './service';
import { LoginPage } from './views/login-page';

const loginSchema = z.object({
  email: fields.email(),
  password: z.string({ error: 'required' }).min(1, { error: 'required' }),
  next: z.string().optional(),
});

/**
 * Only a path on this site, so `next` cannot send someone elsewhere after login. Resolving against a
 * fixed origin catches every trick (`//host`, `/\\host`, tabs and newlines that browsers strip).
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.includes('\\')) return '/me';
  // Browsers drop tabs and newlines inside URLs, which would turn "/\t/evil" into "//evil".
  if ([...next].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return '/me';
  try {
    const url = new URL(next, 'http://samling.invalid');
    return url.origin === 'http://samling.invalid' ? url.pathname + url.search : '/me';
  } catch {
    return '/me';
  }
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

/** Every route of the accounts module. */
export async function accountRoutes(app: FastifyInstance) {
  await loginRoutes(app);
  await linkRoutes(app);
  await accountPageRoutes(app);
  await adminRoutes(app);
}

async function loginRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/login', { config: { access: 'public' } }, async (request, reply) => {
    const query = request.query as { next?: string; done?: string };
    return sendPage(reply, LoginPage, {
      ctx: pageContext(request),
      next: safeNext(query.next),
      passwordChanged: query.done === 'password',
    });
  });

  app.post('/login', { config: { access: 'public' } }, async (request, reply) => {
    // Per address and per account, so neither one client nor a spread attack can guess freely.
    await enforceRateLimit(db, `login:ip:${request.ip}`, 20, 15 * 60);
    const parsed = parseInput(loginSchema, request.body);
    const ctx = pageContext(request);
    const next = safeNext((request.body as { next?: string } | undefined)?.next);
    if (!parsed.ok) {
      const values = request.body as Record<string, unknown>;
      return sendPage(reply, LoginPage, { ctx, next, errors: parsed.errors, values }, 400);
    }
    await enforceRateLimit(db, emailLimitKey('login', parsed.data.email), 10, 15 * 60);
    const result = await logIn(db, {
      email: parsed.data.email,
      password: parsed.data.password,
      userAgent: request.headers['user-agent'] ?? '',
      ip: request.ip,
      locale: request.locale,
    });
    if (!result.ok) {
      const values = { email: parsed.data.email };
      return sendPage(reply, LoginPage, { ctx, next, failed: true, values }, 401);
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
