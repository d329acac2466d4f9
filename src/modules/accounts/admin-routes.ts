import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../platform/http/access';
import type { RequestUser } from '../../platform/http/context';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseInput, type FieldErrors } from '../../platform/http/validation';
import { locales } from '../../platform/i18n/index';
import { pageContext } from '../../platform/views/page-context';
import { auditView, createLogin, endAllSessions, listLogins, outboxView } from './admin-service';
import { canErase, showsMailBodies } from './permissions';
import { eraseUser, findErasable } from './personal-data-service';
import { AuditPage } from './views/audit-page';
import { ErasePage } from './views/erase-page';
import { OutboxPage } from './views/outbox-page';
import { roles, UsersPage, type UsersNotice } from './views/users-page';

const idParams = z.object({ id: fields.id() });
const newLoginSchema = z.object({
  name: fields.text(200),
  email: fields.email(),
  role: fields.choice(roles as ['operator', 'advisor', 'participant']),
  personId: fields.optionalId(),
  locale: fields.choice(locales),
});
const auditFilter = z.object({
  subjectType: z.string().trim().max(100).optional(),
  subjectId: z.string().trim().max(100).optional(),
});

function idOf(request: FastifyRequest) {
  const parsed = parseInput(idParams, request.params);
  if (!parsed.ok) throw notFound();
  return parsed.data.id;
}

/** What the users page says after a redirect: read from the query, never trusted beyond that. */
function usersNotice(query: Record<string, string | undefined>, emailOf: (id: number) => string | undefined) {
  const created = Number(query.created);
  const email = Number.isInteger(created) ? emailOf(created) : undefined;
  if (email) return { kind: 'created', email } satisfies UsersNotice;
  if (query.ended !== undefined && /^\d+$/.test(query.ended)) {
    return { kind: 'sessions-ended', count: Number(query.ended) } satisfies UsersNotice;
  }
  if (query.done === 'erased' || query.done === 'erase-refused')
    return { kind: query.done } satisfies UsersNotice;
  return null;
}

/** Operators' pages: logins (/admin/users, erasure), the outbox and the audit log. */
export async function adminRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const operator = { config: { access: 'operator' as const } };
  const actor = (request: FastifyRequest) => request.user as RequestUser;

  async function showUsers(request: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) {
    const logins = await listLogins(db);
    const ctx = pageContext(request);
    if (errors) {
      const values = request.body as Record<string, unknown>;
      return sendPage(reply, UsersPage, { ctx, logins, errors, values }, 400);
    }
    const query = request.query as Record<string, string | undefined>;
    const notice = usersNotice(query, (id) => logins.find((u) => u.id === id)?.email);
    return sendPage(reply, UsersPage, { ctx, logins, notice });
  }

  app.get('/admin/users', operator, (request, reply) => showUsers(request, reply));

  app.post('/admin/users', operator, async (request, reply) => {
    const parsed = parseInput(newLoginSchema, request.body);
    if (!parsed.ok) return showUsers(request, reply, parsed.errors);
    const result = await createLogin(db, actor(request).id, parsed.data, app.config.baseUrl);
    if (!result.ok) return showUsers(request, reply, result.errors);
    return seeOther(reply, `/admin/users?created=${result.userId}`);
  });

  app.post('/admin/users/:id/sessions/end', operator, async (request, reply) => {
    const ended = await endAllSessions(db, actor(request).id, idOf(request));
    if (ended === null) throw notFound();
    return seeOther(reply, `/admin/users?ended=${ended}`);
  });

  app.get('/admin/users/:id/erase', operator, async (request, reply) => {
    const user = await findErasable(db, idOf(request));
    if (!user) throw notFound();
    if (!canErase(actor(request), { ...user, erased_at: null }))
      return seeOther(reply, '/admin/users?done=erase-refused');
    return sendPage(reply, ErasePage, { ctx: pageContext(request), user });
  });

  app.post('/admin/users/:id/erase', operator, async (request, reply) => {
    const result = await eraseUser(db, actor(request), idOf(request));
    if (result === 'notFound') throw notFound();
    request.log.info({ userId: idOf(request), result }, 'erasure');
    return seeOther(reply, `/admin/users?done=${result === 'erased' ? 'erased' : 'erase-refused'}`);
  });

  app.get('/admin/outbox', operator, async (request, reply) => {
    const mails = await outboxView(db);
    const showBodies = showsMailBodies(app.config);
    return sendPage(reply, OutboxPage, { ctx: pageContext(request), mails, showBodies });
  });

  app.get('/admin/audit', operator, async (request, reply) => {
    const parsed = parseInput(auditFilter, request.query);
    const filter = parsed.ok
      ? { subjectType: parsed.data.subjectType || undefined, subjectId: parsed.data.subjectId || undefined }
      : {};
    const entries = await auditView(db, filter);
    return sendPage(reply, AuditPage, { ctx: pageContext(request), entries, filter });
  });
}
