import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseInput, type FieldErrors } from '../../platform/http/validation';
import { parseLocalized, pickText, type Locale } from '../../platform/i18n/index';
import { pageContext } from '../../platform/views/page-context';
import { eventInRequest, idParam, requireFollowUp, requireManage } from './admin-route-support';
import { toCsv } from './export';
import { eventAccess } from './permissions';
import { retrospectiveMessages } from './retrospective-messages';
import {
  retrospectiveGroups,
  retrospectiveState,
  retrospectiveTable,
  saveRetrospective,
  seriesRetrospectives,
} from './retrospective-service';
import { findOwn } from './retrospective-queries';
import { RetrospectiveFormPage } from './views/retrospective-form-page';
import { RetrospectiveListPage } from './views/retrospective-list-page';

const answerSchema = z.object({ take_with: fields.optionalText(4000), hear_more: fields.optionalText(4000) });

function text(json: string, locale: Locale) {
  return pickText(parseLocalized(json), locale);
}

function sendCsv(reply: FastifyReply, rows: string[][], filename: string) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('cache-control', 'private, no-store')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(toCsv(rows));
}

/** The series named by :seriesId with what the caller may do; 404 when they may not see it. */
async function seriesInRequest(request: FastifyRequest) {
  const db = request.server.database.db;
  const found = await seriesRetrospectives(db, idParam(request, 'seriesId'));
  if (!found) throw notFound();
  const access = await eventAccess(db, request.user, { programme_id: found.series.programmeId });
  if (!access.canView) throw notFound();
  requireFollowUp(access);
  return { ...found, access };
}

async function renderForm(
  request: FastifyRequest,
  reply: FastifyReply,
  extra: { errors?: FieldErrors; values?: Record<string, unknown>; saved?: boolean } = {},
  status = 200,
) {
  const db = request.server.database.db;
  const { event } = await eventInRequest(request);
  const userId = request.user!.id;
  const state = await retrospectiveState(db, event, userId);
  const own = await findOwn(db, event.id, userId);
  const ctx = pageContext(request);
  return sendPage(
    reply,
    RetrospectiveFormPage,
    {
      ctx,
      eventId: event.id,
      eventTitle: text(event.title, ctx.locale),
      state,
      own: own ? { takeWith: own.take_with, hearMore: own.hear_more } : undefined,
      ...extra,
    },
    status,
  );
}

/** Backspegel: participants answer after an event; the team reads the answers per event and series. */
export async function retrospectiveRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/events/:eventId/retrospective', { config: { access: 'user' } }, (request, reply) =>
    renderForm(request, reply, { saved: (request.query as { saved?: string }).saved === '1' }),
  );

  app.post('/events/:eventId/retrospective', { config: { access: 'user' } }, async (request, reply) => {
    const { event } = await eventInRequest(request);
    const userId = request.user!.id;
    const state = await retrospectiveState(db, event, userId);
    if (state !== 'open') return renderForm(request, reply, {}, 409);
    const values = (request.body ?? {}) as Record<string, unknown>;
    const parsed = parseInput(answerSchema, values);
    if (!parsed.ok) return renderForm(request, reply, { errors: parsed.errors, values }, 400);
    if (!parsed.data.take_with && !parsed.data.hear_more) {
      return renderForm(request, reply, { errors: { take_with: 'required' }, values }, 400);
    }
    await saveRetrospective(db, {
      eventId: event.id,
      userId,
      takeWith: parsed.data.take_with ?? '',
      hearMore: parsed.data.hear_more ?? '',
    });
    return seeOther(reply, `/events/${event.id}/retrospective?saved=1`);
  });

  app.get('/events/:eventId/retrospectives', { config: { access: 'staff' } }, async (request, reply) => {
    const { event, access } = await eventInRequest(request);
    requireFollowUp(access);
    const ctx = pageContext(request);
    const m = retrospectiveMessages(ctx.locale);
    const groups = await retrospectiveGroups(db, [event]);
    return sendPage(reply, RetrospectiveListPage, {
      ctx,
      title: `${m.answersTitle}: ${text(event.title, ctx.locale)}`,
      back: { href: `/events/${event.id}`, label: m.backToEvent },
      groups,
      exportHref: access.canManage ? `/events/${event.id}/retrospectives.csv` : undefined,
      seriesHref: event.series_id != null ? `/series/${event.series_id}/retrospectives` : undefined,
    });
  });

  app.get('/events/:eventId/retrospectives.csv', { config: { access: 'staff' } }, async (request, reply) => {
    const { event, access } = await eventInRequest(request);
    requireManage(access);
    const groups = await retrospectiveGroups(db, [event]);
    return sendCsv(reply, retrospectiveTable(groups, request.locale), `retrospectives-event-${event.id}.csv`);
  });

  app.get('/series/:seriesId/retrospectives', { config: { access: 'staff' } }, async (request, reply) => {
    const { series, groups, access } = await seriesInRequest(request);
    const ctx = pageContext(request);
    const m = retrospectiveMessages(ctx.locale);
    const first = groups[0];
    return sendPage(reply, RetrospectiveListPage, {
      ctx,
      title: `${m.seriesTitle}: ${pickText(series.title, ctx.locale)}`,
      back: first
        ? { href: `/events/${first.eventId}`, label: m.backToEvent }
        : { href: '/', label: ctx.t.home },
      groups,
      exportHref: access.canManage ? `/series/${series.id}/retrospectives.csv` : undefined,
    });
  });

  app.get('/series/:seriesId/retrospectives.csv', { config: { access: 'staff' } }, async (request, reply) => {
    const { series, groups, access } = await seriesInRequest(request);
    requireManage(access);
    return sendCsv(
      reply,
      retrospectiveTable(groups, request.locale),
      `retrospectives-series-${series.id}.csv`,
    );
  });
}
