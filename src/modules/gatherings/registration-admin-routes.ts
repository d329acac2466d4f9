import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseId, parseInput, type FieldErrors } from '../../platform/http/validation';
import { format, parseLocalized } from '../../platform/i18n/index';
import { pageContext } from '../../platform/views/page-context';
import { adminMessages } from './admin-messages';
import { eventInRequest, idParam, requireFollowUp, requireManage } from './admin-route-support';
import {
  cancelOnBehalf,
  exportTable,
  filterRegistrations,
  registerOnBehalf,
  registrationList,
  type RegistrationFilter,
} from './admin-service';
import { toCsv, toXlsx } from './export';
import { RegistrationError } from './registration-rules';
import { questionRoutes } from './question-routes';
import { registrationStatuses } from './tables';
import { AdminRegistrationsPage } from './views/admin-registrations-page';
import { registrationErrorText } from './views/registration-parts';

const listQuery = z.object({
  status: z.enum(registrationStatuses).optional().catch(undefined),
  session: z.string().optional(),
  q: z.string().max(200).optional().catch(undefined),
  registered: z.string().optional(),
  cancelled: z.string().optional(),
});

const onBehalfSchema = z.object({
  name: fields.text(200),
  email: fields.email(),
  organisation: fields.optionalText(200),
});
const answerField = fields.optionalText(2000);

type Event = Awaited<ReturnType<typeof eventInRequest>>['event'];

const adminEvent = (event: Event) => ({
  id: event.id,
  title: parseLocalized(event.title),
  timeZone: event.time_zone,
  capacity: event.capacity,
});

function readFilter(
  request: FastifyRequest,
): RegistrationFilter & { registered: number | null; cancelled: number | null } {
  const parsed = listQuery.safeParse(request.query ?? {});
  const q = parsed.success ? parsed.data : {};
  return {
    status: q.status ?? null,
    sessionId: parseId(q.session),
    text: q.q ?? '',
    registered: parseId(q.registered),
    cancelled: parseId(q.cancelled),
  };
}

/** Renders the list page, with a notice or the on-behalf form's errors. */
async function renderList(
  request: FastifyRequest,
  reply: FastifyReply,
  extra: {
    errors?: FieldErrors;
    values?: Record<string, unknown>;
    problem?: string;
    refusal?: string;
    status?: number;
  } = {},
) {
  const { event, access } = await eventInRequest(request);
  requireFollowUp(access);
  const ctx = pageContext(request);
  const m = adminMessages(ctx.locale);
  const list = await registrationList(request.server.database.db, event.id, access.canManage);
  const filter = readFilter(request);
  const named = (id: number | null) => (id ? list.rows.find((r) => r.id === id) : undefined);
  const done = named(filter.registered);
  const gone = named(filter.cancelled);
  const notice = done
    ? format(done.status === 'waitlisted' ? m.registeredWaitlist : m.registered, { name: done.name })
    : gone
      ? format(m.cancelled, { name: gone.name })
      : undefined;
  return sendPage(
    reply,
    AdminRegistrationsPage,
    {
      ctx,
      event: adminEvent(event),
      list,
      shown: filterRegistrations(list.rows, filter),
      filter,
      canManage: access.canManage,
      notice,
      ...extra,
    },
    extra.status ?? 200,
  );
}

async function sendExport(request: FastifyRequest, reply: FastifyReply, kind: 'csv' | 'xlsx') {
  const { event, access } = await eventInRequest(request);
  requireManage(access);
  const list = await registrationList(request.server.database.db, event.id, true);
  const table = exportTable(list, event, request.locale);
  reply.header('cache-control', 'private, no-store');
  reply.header('content-disposition', `attachment; filename="registrations-${event.id}.${kind}"`);
  if (kind === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(table));
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .send(toXlsx(adminMessages(request.locale).sheetName, table));
}

/** The organisers' side of registration: the list, its exports, registering and cancelling for others. */
export async function registrationAdminRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const base = '/events/:eventId/registrations';

  app.get(base, { config: { access: 'staff' } }, (request, reply) => renderList(request, reply));
  app.get(`${base}.csv`, { config: { access: 'staff' } }, (request, reply) =>
    sendExport(request, reply, 'csv'),
  );
  app.get(`${base}.xlsx`, { config: { access: 'staff' } }, (request, reply) =>
    sendExport(request, reply, 'xlsx'),
  );

  app.post(`${base}/on-behalf`, { config: { access: 'staff' } }, async (request, reply) => {
    const { event, access } = await eventInRequest(request);
    requireManage(access);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const parsed = parseInput(onBehalfSchema, body);
    const list = await registrationList(db, event.id, true);
    const answers: Record<number, string> = {};
    const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
    for (const q of list.questions) {
      const answer = answerField.safeParse(body[`answer_${q.id}`]);
      if (!answer.success) errors[`answer_${q.id}`] = 'tooLong';
      else if (answer.data) answers[q.id] = answer.data;
    }
    if (!parsed.ok || Object.keys(errors).length)
      return renderList(request, reply, { errors, values: body, status: 400 });
    const result = await registerOnBehalf(
      db,
      event.id,
      {
        name: parsed.data.name,
        email: parsed.data.email,
        organisation: parsed.data.organisation ?? '',
        answers,
      },
      request.user!.id,
    );
    if (!result.ok) {
      const m = adminMessages(request.locale);
      return renderList(request, reply, {
        values: body,
        errors: result.error === 'duplicate' ? { email: 'unique' } : {},
        problem: result.error === 'duplicate' ? m.alreadyRegistered : m.registrationClosed,
        status: 409,
      });
    }
    return seeOther(
      reply,
      `/events/${event.id}/registrations?registered=${result.registrationId}#registration-${result.registrationId}`,
    );
  });

  app.post(`${base}/:registrationId/cancel`, { config: { access: 'staff' } }, async (request, reply) => {
    const { event, access } = await eventInRequest(request);
    requireManage(access);
    const registrationId = idParam(request, 'registrationId');
    let cancelled;
    try {
      cancelled = await cancelOnBehalf(db, event.id, registrationId, request.user!.id);
    } catch (error) {
      if (!(error instanceof RegistrationError)) throw error;
      const refusal = registrationErrorText(error, request.locale);
      return renderList(request, reply, { refusal, status: error.status });
    }
    if (!cancelled) throw notFound();
    return seeOther(reply, `/events/${event.id}/registrations?cancelled=${registrationId}`);
  });

  await questionRoutes(app);
}
