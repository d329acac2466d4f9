import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseInput, type FieldErrors } from '../../platform/http/validation';
import { parseLocalized, pickText, type LocalizedText } from '../../platform/i18n/index';
import { pageContext } from '../../platform/views/page-context';
import { eventInRequest, idParam, requireManage } from './admin-route-support';
import { questionsOfEvent } from './admin-service';
import {
  addQuestion,
  deleteQuestion,
  moveQuestion,
  updateQuestion,
  type QuestionInput,
} from './question-service';
import { questionKinds } from './tables';
import { QuestionEditPage, QuestionsPage } from './views/questions-page';

const questionSchema = z.object({
  kind: fields.choice(questionKinds),
  label_nb: fields.optionalText(300),
  label_sv: fields.optionalText(300),
  label_en: fields.optionalText(300),
  required: fields.checkbox(),
});
const moveSchema = z.object({ direction: fields.choice(['up', 'down'] as const) });

function title(json: string, locale: FastifyRequest['locale']) {
  return pickText(parseLocalized(json), locale);
}

/** The validated form as a question, or the field errors (a label in no language is one). */
function readQuestion(
  body: unknown,
): { ok: true; input: QuestionInput } | { ok: false; errors: FieldErrors } {
  const parsed = parseInput(questionSchema, body);
  if (!parsed.ok) return parsed;
  const d = parsed.data;
  if (!d.label_nb && !d.label_sv && !d.label_en) return { ok: false, errors: { label_nb: 'required' } };
  const label: LocalizedText = {};
  if (d.label_nb) label.nb = d.label_nb;
  if (d.label_sv) label.sv = d.label_sv;
  if (d.label_en) label.en = d.label_en;
  return { ok: true, input: { kind: d.kind, label, required: d.required } };
}

async function managed(request: FastifyRequest) {
  const { event, access } = await eventInRequest(request);
  requireManage(access);
  return event;
}

async function renderList(
  request: FastifyRequest,
  reply: FastifyReply,
  extra: { errors?: FieldErrors; values?: Record<string, unknown>; saved?: boolean } = {},
  status = 200,
) {
  const event = await managed(request);
  const questions = await questionsOfEvent(request.server.database.db, event.id);
  const ctx = pageContext(request);
  return sendPage(
    reply,
    QuestionsPage,
    { ctx, eventId: event.id, eventTitle: title(event.title, ctx.locale), questions, ...extra },
    status,
  );
}

/** The editor of an event's registration questions (organisers only). */
export async function questionRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const base = '/events/:eventId/questions';
  const one = `${base}/:questionId`;

  app.get(base, { config: { access: 'staff' } }, (request, reply) =>
    renderList(request, reply, { saved: (request.query as { saved?: string }).saved === '1' }),
  );

  app.post(base, { config: { access: 'staff' } }, async (request, reply) => {
    const event = await managed(request);
    const read = readQuestion(request.body);
    if (!read.ok)
      return renderList(
        request,
        reply,
        { errors: read.errors, values: request.body as Record<string, unknown> },
        400,
      );
    await addQuestion(db, event.id, read.input, request.user!.id);
    return seeOther(reply, `/events/${event.id}/questions?saved=1`);
  });

  app.get(one, { config: { access: 'staff' } }, async (request, reply) => {
    const event = await managed(request);
    const id = idParam(request, 'questionId');
    const question = (await questionsOfEvent(db, event.id)).find((q) => q.id === id);
    if (!question) throw notFound();
    return sendPage(reply, QuestionEditPage, { ctx: pageContext(request), eventId: event.id, question });
  });

  app.post(one, { config: { access: 'staff' } }, async (request, reply) => {
    const event = await managed(request);
    const id = idParam(request, 'questionId');
    const question = (await questionsOfEvent(db, event.id)).find((q) => q.id === id);
    if (!question) throw notFound();
    const read = readQuestion(request.body);
    if (!read.ok) {
      const props = {
        ctx: pageContext(request),
        eventId: event.id,
        question,
        errors: read.errors,
        values: request.body as Record<string, unknown>,
      };
      return sendPage(reply, QuestionEditPage, props, 400);
    }
    await updateQuestion(db, event.id, id, read.input, request.user!.id);
    return seeOther(reply, `/events/${event.id}/questions?saved=1`);
  });

  app.post(`${one}/delete`, { config: { access: 'staff' } }, async (request, reply) => {
    const event = await managed(request);
    if (!(await deleteQuestion(db, event.id, idParam(request, 'questionId'), request.user!.id)))
      throw notFound();
    return seeOther(reply, `/events/${event.id}/questions?saved=1`);
  });

  app.post(`${one}/move`, { config: { access: 'staff' } }, async (request, reply) => {
    const event = await managed(request);
    const parsed = parseInput(moveSchema, request.body);
    if (!parsed.ok) return renderList(request, reply, {}, 400);
    const moved = await moveQuestion(
      db,
      event.id,
      idParam(request, 'questionId'),
      parsed.data.direction,
      request.user!.id,
    );
    if (!moved) throw notFound();
    return seeOther(reply, `/events/${event.id}/questions?saved=1`);
  });
}
