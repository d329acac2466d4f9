import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import { z } from 'zod';
import { secretUrlLog } from '../../platform/http/log-redaction';
import { enforceRateLimit } from '../../platform/http/rate-limit';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseInput } from '../../platform/http/validation';
import { pageContext, type PageContext } from '../../platform/views/page-context';
import { checkLink, requestPasswordReset, resetPassword, verifyEmail } from './link-service';
import { emailLimitKey } from './service';
import { ForgotPage, ForgotSentPage } from './views/forgot-page';
import { LinkStatePage, type LinkPageState } from './views/link-state-page';
import { ResetPage } from './views/reset-page';

const forgotSchema = z.object({ email: fields.email() });
const resetSchema = z.object({
  password: z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    .min(10, { error: 'password' })
    .max(200, { error: 'tooLong' }),
});

const FIFTEEN_MINUTES = 15 * 60;
const HOUR = 3600;

/**
 * The token in a link is a key to the account for as long as it is valid; it must not end up in
 * the request log, so these routes log the path without it.
 */
const linkRoute = (): RouteShorthandOptions => ({
  config: { access: 'public' },
  ...secretUrlLog(['/reset', '/verify']),
});

const tokenOf = (request: FastifyRequest) => (request.params as { token: string }).token;

/** A link that cannot be used: 404 when it was never ours, 410 (gone) when used or expired. */
function showLinkState(
  reply: FastifyReply,
  ctx: PageContext,
  kind: 'reset' | 'verify',
  state: LinkPageState,
) {
  const status = state === 'unknown' ? 404 : state === 'verified' ? 200 : 410;
  return sendPage(reply, LinkStatePage, { ctx, kind, state }, status);
}

/** Forgotten password, and the single-use links that mail carries: /forgot, /reset/:token, /verify/:token. */
export async function linkRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const linkOptions = (request: FastifyRequest) => ({
    baseUrl: app.config.baseUrl,
    fallbackLocale: request.locale,
  });

  app.get('/forgot', { config: { access: 'public' } }, async (request, reply) => {
    return sendPage(reply, ForgotPage, { ctx: pageContext(request) });
  });

  app.post('/forgot', { config: { access: 'public' } }, async (request, reply) => {
    await enforceRateLimit(db, `forgot:ip:${request.ip}`, 10, FIFTEEN_MINUTES);
    const parsed = parseInput(forgotSchema, request.body);
    const ctx = pageContext(request);
    if (!parsed.ok) {
      const values = request.body as Record<string, unknown>;
      return sendPage(reply, ForgotPage, { ctx, errors: parsed.errors, values }, 400);
    }
    // Counted for every address, known or not, so the limit itself reveals nothing.
    await enforceRateLimit(db, emailLimitKey('forgot', parsed.data.email), 3, HOUR);
    await requestPasswordReset(db, parsed.data.email, linkOptions(request));
    return sendPage(reply, ForgotSentPage, { ctx, email: parsed.data.email });
  });

  app.get('/reset/:token', linkRoute(), async (request, reply) => {
    const ctx = pageContext(request);
    const link = await checkLink(db, tokenOf(request), ['reset', 'invite']);
    if (link.state !== 'valid') {
      return showLinkState(reply, ctx, 'reset', link.state);
    }
    return sendPage(reply, ResetPage, { ctx, token: tokenOf(request), invite: link.purpose === 'invite' });
  });

  app.post('/reset/:token', linkRoute(), async (request, reply) => {
    await enforceRateLimit(db, `reset:ip:${request.ip}`, 10, FIFTEEN_MINUTES);
    const ctx = pageContext(request);
    const token = tokenOf(request);
    const link = await checkLink(db, token, ['reset', 'invite']);
    if (link.state !== 'valid') {
      return showLinkState(reply, ctx, 'reset', link.state);
    }
    const parsed = parseInput(resetSchema, request.body);
    if (!parsed.ok) {
      const invite = link.purpose === 'invite';
      return sendPage(reply, ResetPage, { ctx, token, invite, errors: parsed.errors }, 400);
    }
    const current = request.user ? { userId: request.user.id, sessionId: request.user.sessionId } : null;
    const outcome = await resetPassword(db, { token, password: parsed.data.password, current });
    if (outcome.state !== 'done') {
      return showLinkState(reply, ctx, 'reset', outcome.state);
    }
    request.log.info({ userId: outcome.userId }, 'password set from link');
    return seeOther(reply, current?.userId === outcome.userId ? '/account' : '/login?done=password');
  });

  // A GET that changes state, because it is the link in the mail; using it twice is harmless.
  app.get('/verify/:token', linkRoute(), async (request, reply) => {
    await enforceRateLimit(db, `verify:ip:${request.ip}`, 20, FIFTEEN_MINUTES);
    const ctx = pageContext(request);
    const outcome = await verifyEmail(db, tokenOf(request));
    if (outcome.state !== 'done') {
      return showLinkState(reply, ctx, 'verify', outcome.state);
    }
    return showLinkState(reply, ctx, 'verify', 'verified');
  });
}
