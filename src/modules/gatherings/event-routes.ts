import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { seeOther, sendPage } from '../../platform/http/render';
import type { FieldErrors } from '../../platform/http/validation';
import { pageContext } from '../../platform/views/page-context';
import { listVisibleProgrammes, type Programme } from '../programmes/index';
import { eventPlaceCounts, sessionPlaceCounts } from './counts';
import { eventAgendaRoutes } from './event-agenda-routes';
import type { GatheringEvent } from './event-model';
import { parseEventForm, parseSeriesForm } from './event-inputs';
import { listProgrammeEvents, listSeries, listVisibleEvents } from './event-reads';
import {
  attempt,
  explain,
  formValues,
  managedEvent,
  managedProgramme,
  visibleEvent,
  visibleProgramme,
} from './event-route-support';
import { createEvent, createSeries, updateEvent } from './event-service';
import { EventFormPage } from './views/event-form-page';
import { EventPage } from './views/event-page';
import { EventsPage } from './views/events-page';
import { ProgrammeEventsPage } from './views/events-programme-page';

type Refusal = { errors: FieldErrors; problem?: string; status: 400 | 404 };

/** Event lists, the event page, and the managers' event and series forms. */
export async function eventRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/events', { config: { access: 'public' } }, async (request, reply) => {
    const [events, programmes] = await Promise.all([
      listVisibleEvents(db, request.user),
      listVisibleProgrammes(db, request.user),
    ]);
    const byId = new Map(programmes.map((p) => [p.id, p]));
    const now = new Date().toISOString();
    const listed = events.map((event) => ({ event, programme: byId.get(event.programmeId) }));
    return sendPage(reply, EventsPage, {
      ctx: pageContext(request),
      upcoming: listed.filter((l) => l.event.endsAt >= now),
      past: listed.filter((l) => l.event.endsAt < now).reverse(),
    });
  });

  const programmePage = async (request: FastifyRequest, reply: FastifyReply, refusal?: Refusal) => {
    const { programme, access } = await visibleProgramme(request);
    const [events, series] = await Promise.all([
      listProgrammeEvents(db, programme.id),
      listSeries(db, programme.id),
    ]);
    return sendPage(
      reply,
      ProgrammeEventsPage,
      {
        ctx: pageContext(request),
        programme,
        events,
        series,
        canManage: access.canManage,
        canReadAnswers: access.canManage || access.canFollowUp,
        errors: refusal?.errors,
        problem: refusal?.problem,
        values: refusal ? formValues(request) : undefined,
      },
      refusal?.status ?? 200,
    );
  };

  app.get('/programmes/:slug/events', { config: { access: 'public' } }, (request, reply) =>
    programmePage(request, reply),
  );

  app.post('/programmes/:slug/series', { config: { access: 'operator' } }, async (request, reply) => {
    const { programme } = await managedProgramme(request);
    const parsed = parseSeriesForm(request.body, request.locale);
    if (!parsed.ok) return programmePage(request, reply, { errors: parsed.errors, status: 400 });
    const created = await attempt(() =>
      createSeries(db, { programmeId: programme.id, title: parsed.data.title }, request.user!.id),
    );
    if (!created.ok) {
      const refusal = explain(created.error, request.locale);
      return programmePage(request, reply, {
        ...refusal,
        errors: { [`series_title_${request.locale}`]: 'required' },
      });
    }
    return seeOther(reply, `/programmes/${programme.slug}/events#series-${created.value}`);
  });

  const eventForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    programme: Programme,
    event?: GatheringEvent,
    refusal?: Refusal,
  ) =>
    sendPage(
      reply,
      EventFormPage,
      {
        ctx: pageContext(request),
        programme,
        event,
        series: await listSeries(db, programme.id),
        errors: refusal?.errors,
        problem: refusal?.problem,
        values: refusal ? formValues(request) : undefined,
      },
      refusal?.status ?? 200,
    );

  app.get('/programmes/:slug/events/new', { config: { access: 'operator' } }, async (request, reply) => {
    const { programme } = await managedProgramme(request);
    return eventForm(request, reply, programme);
  });

  app.post('/programmes/:slug/events/new', { config: { access: 'operator' } }, async (request, reply) => {
    const { programme } = await managedProgramme(request);
    const parsed = parseEventForm(request.body, request.locale);
    if (!parsed.ok)
      return eventForm(request, reply, programme, undefined, { errors: parsed.errors, status: 400 });
    const input = { ...parsed.data, programmeId: programme.id };
    const created = await attempt(() => createEvent(db, input, request.user!.id));
    if (!created.ok)
      return eventForm(request, reply, programme, undefined, explain(created.error, request.locale));
    return seeOther(reply, `/events/${created.value}`);
  });

  app.get('/events/:eventId', { config: { access: 'public' } }, async (request, reply) => {
    const { event, access, programme } = await visibleEvent(request);
    const [counts, sessionCounts] = await Promise.all([
      eventPlaceCounts(db, event.id),
      sessionPlaceCounts(db, event.id),
    ]);
    return sendPage(reply, EventPage, {
      ctx: pageContext(request),
      event,
      programme,
      access,
      counts,
      sessionCounts,
      now: new Date(),
    });
  });

  app.get('/events/:eventId/edit', { config: { access: 'operator' } }, async (request, reply) => {
    const { event, programme } = await managedEvent(request);
    return eventForm(request, reply, programme, event);
  });

  app.post('/events/:eventId/edit', { config: { access: 'operator' } }, async (request, reply) => {
    const { event, programme } = await managedEvent(request);
    const parsed = parseEventForm(request.body, request.locale);
    if (!parsed.ok)
      return eventForm(request, reply, programme, event, { errors: parsed.errors, status: 400 });
    const updated = await attempt(() => updateEvent(db, event.id, parsed.data, request.user!.id));
    if (!updated.ok)
      return eventForm(request, reply, programme, event, explain(updated.error, request.locale));
    return seeOther(reply, `/events/${event.id}`);
  });

  await eventAgendaRoutes(app);
}
