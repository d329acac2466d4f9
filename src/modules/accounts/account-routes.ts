import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../platform/http/access';
import type { RequestUser } from '../../platform/http/context';
import { enforceRateLimit } from '../../platform/http/rate-limit';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseInput, type FieldErrors } from '../../platform/http/validation';
import { pageContext } from '../../platform/views/page-context';
import { accountOverview, endOwnSession, revokeApiToken } from './account-service';
import { sendVerification } from './link-service';
import { exportPersonalData } from './personal-data-service';
import { createApiToken, SESSION_COOKIE } from './service';
import { AccountPage, type AccountNotice } from './views/account-page';

const notices: readonly AccountNotice[] = ['verification-sent', 'session-ended', 'token-revoked'];
const tokenSchema = z.object({ name: fields.text(100) });
const endSessionSchema = z.object({ session: z.string().regex(/^[0-9a-f]{64}$/) });
const idParams = z.object({ id: fields.id() });

/** The person's own account: /account, its sessions and API tokens, and /account/export. */
export async function accountPageRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const user = (request: FastifyRequest) => request.user as RequestUser;

  async function showAccount(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { notice?: AccountNotice | null; newToken?: string; errors?: FieldErrors; status?: number } = {},
  ) {
    const account = await accountOverview(db, user(request));
    if (!account) throw notFound();
    const { status = 200, ...shown } = extra;
    const values = shown.errors ? (request.body as Record<string, unknown>) : undefined;
    return sendPage(reply, AccountPage, { ctx: pageContext(request), account, ...shown, values }, status);
  }

  app.get('/account', { config: { access: 'user' } }, async (request, reply) => {
    const done = (request.query as { done?: string }).done;
    const notice = notices.find((n) => n === done) ?? null;
    return showAccount(request, reply, { notice });
  });

  app.post('/account/verify', { config: { access: 'user' } }, async (request, reply) => {
    await enforceRateLimit(db, `verify:user:${user(request).id}`, 5, 3600);
    await sendVerification(db, user(request).id, {
      baseUrl: app.config.baseUrl,
      fallbackLocale: request.locale,
    });
    return seeOther(reply, '/account?done=verification-sent');
  });

  app.post('/account/sessions/end', { config: { access: 'user' } }, async (request, reply) => {
    const parsed = parseInput(endSessionSchema, request.body);
    if (!parsed.ok || !(await endOwnSession(db, user(request), parsed.data.session))) throw notFound();
    if (parsed.data.session === user(request).sessionId) {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return seeOther(reply, '/login');
    }
    return seeOther(reply, '/account?done=session-ended');
  });

  app.post('/account/tokens', { config: { access: 'user' } }, async (request, reply) => {
    const parsed = parseInput(tokenSchema, request.body);
    if (!parsed.ok) return showAccount(request, reply, { errors: parsed.errors, status: 400 });
    const newToken = await createApiToken(db, user(request).id, parsed.data.name);
    // The token is in this page only; no cache may keep a copy.
    reply.header('cache-control', 'no-store');
    return showAccount(request, reply, { newToken });
  });

  app.post('/account/tokens/:id/revoke', { config: { access: 'user' } }, async (request, reply) => {
    const params = parseInput(idParams, request.params);
    if (!params.ok || !(await revokeApiToken(db, user(request), params.data.id))) throw notFound();
    return seeOther(reply, '/account?done=token-revoked');
  });

  app.get('/account/export', { config: { access: 'user' } }, async (request, reply) => {
    const doc = await exportPersonalData(db, user(request).id);
    if (!doc) throw notFound();
    return reply
      .header('content-disposition', `attachment; filename="samling-personal-data-${user(request).id}.json"`)
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(doc, null, 2));
  });
}
