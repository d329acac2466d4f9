import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import type { FieldErrors } from '../../platform/http/validation';
import { pageContext } from '../../platform/views/page-context';
import { itemPlaceCount } from './counts';
import { addAgendaItem, deleteAgendaItem, updateAgendaItem } from './event-agenda-service';
import type { AgendaItem } from './event-model';
import { parseAgendaForm } from './event-inputs';
import { attempt, explain, formValues, idParam, managedEvent } from './event-route-support';
import { AgendaDeletePage } from './views/agenda-delete-page';
import { AgendaFormPage } from './views/agenda-form-page';

type Refusal = { errors: FieldErrors; problem?: string; status: 400 | 404 };
const manage = { config: { access: 'operator' as const } };

/** The managers' agenda forms: add, edit and (after asking) delete an item of an event. */
export async function eventAgendaRoutes(app: FastifyInstance) {
  const db = app.database.db;

  const form = async (request: FastifyRequest, reply: FastifyReply, item?: AgendaItem, refusal?: Refusal) => {
    const { event, programme } = await managedEvent(request);
    const last = event.agenda
      .map((i) => i.endsAt)
      .sort()
      .pop();
    return sendPage(
      reply,
      AgendaFormPage,
      {
        ctx: pageContext(request),
        programme,
        event,
        item,
        suggestedStart: last,
        errors: refusal?.errors,
        problem: refusal?.problem,
        values: refusal ? formValues(request) : undefined,
      },
      refusal?.status ?? 200,
    );
  };

  /** The item named by :itemId in the managed event; 404 for an item of another event. */
  const managedItem = async (request: FastifyRequest) => {
    const found = await managedEvent(request);
    const item = found.event.agenda.find((i) => i.id === idParam(request, 'itemId'));
    if (!item) throw notFound();
    return { ...found, item };
  };

  app.get('/events/:eventId/agenda/new', manage, (request, reply) => form(request, reply));

  app.post('/events/:eventId/agenda/new', manage, async (request, reply) => {
    const { event } = await managedEvent(request);
    const parsed = parseAgendaForm(request.body, request.locale);
    if (!parsed.ok) return form(request, reply, undefined, { errors: parsed.errors, status: 400 });
    const added = await attempt(() => addAgendaItem(db, event.id, parsed.data, request.user!.id));
    if (!added.ok) return form(request, reply, undefined, explain(added.error, request.locale));
    return seeOther(reply, `/events/${event.id}#agenda`);
  });

  app.get('/events/:eventId/agenda/:itemId/edit', manage, async (request, reply) => {
    const { item } = await managedItem(request);
    return form(request, reply, item);
  });

  app.post('/events/:eventId/agenda/:itemId/edit', manage, async (request, reply) => {
    const { event, item } = await managedItem(request);
    const parsed = parseAgendaForm(request.body, request.locale);
    if (!parsed.ok) return form(request, reply, item, { errors: parsed.errors, status: 400 });
    const updated = await attempt(() =>
      updateAgendaItem(db, event.id, item.id, parsed.data, request.user!.id),
    );
    if (!updated.ok) return form(request, reply, item, explain(updated.error, request.locale));
    return seeOther(reply, `/events/${event.id}#agenda`);
  });

  app.get('/events/:eventId/agenda/:itemId/delete', manage, async (request, reply) => {
    const { event, programme, item } = await managedItem(request);
    const count = await itemPlaceCount(db, item.id);
    return sendPage(reply, AgendaDeletePage, {
      ctx: pageContext(request),
      programme,
      event,
      item,
      signups: count.confirmed + count.waitlisted,
    });
  });

  app.post('/events/:eventId/agenda/:itemId/delete', manage, async (request, reply) => {
    const { event, item } = await managedItem(request);
    // Deleted meanwhile by someone else: the item no longer exists.
    const deleted = await attempt(() => deleteAgendaItem(db, event.id, item.id, request.user!.id));
    if (!deleted.ok) throw notFound();
    return seeOther(reply, `/events/${event.id}#agenda`);
  });
}
