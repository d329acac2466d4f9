import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { forbidden, HttpError, notFound } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseId, parseInput, type FieldErrors } from '../../platform/http/validation';
import { format, parseLocalized } from '../../platform/i18n/index';
import type { FormValues } from '../../platform/views/form';
import { pageContext } from '../../platform/views/page-context';
import { eventAccess, findEvent } from '../gatherings/index';
import * as cq from './case-queries';
import { homeworkFormSchema, homeworkInput, homeworkRefusal } from './homework-form';
import { homeworkMessages } from './homework-messages';
import { homeworkContext, loadHomeworkPage } from './homework-page-data';
import * as hq from './homework-queries';
import { createHomework, HomeworkError, servedContentType, submitHomework } from './homework-service';
import { caseAccess, readsHandIn } from './permissions';
import { receivedFiles, registerHandInUploads } from './uploads';
import { HomeworkListPage } from './views/homework-list-page';
import { HomeworkPage, type HandInProblem } from './views/homework-page';

const handInSchema = z.object({ caseId: fields.id(), body: fields.optionalText(50_000) });

const formValues = (request: FastifyRequest) => (request.body ?? {}) as FormValues;

function idParam(request: FastifyRequest, name: string): number {
  const id = parseId((request.params as Record<string, unknown>)[name]);
  if (id == null) throw notFound();
  return id;
}

/** The event in the URL and what the person may do with it; 404 unless they may view it. */
async function eventContext(request: FastifyRequest) {
  const db = request.server.database.db;
  const event = await findEvent(db, idParam(request, 'eventId'));
  if (!event) throw notFound();
  const access = await eventAccess(db, request.user, event);
  if (!access.canView) throw notFound();
  return { event, access };
}

/** The homework in the URL with its event; 404 unless the person may view the event. */
async function visibleHomework(request: FastifyRequest) {
  const found = await homeworkContext(
    request.server.database.db,
    request.user,
    idParam(request, 'homeworkId'),
  );
  if (!found || !found.access.canView) throw notFound();
  return found;
}

async function renderList(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { errors?: FieldErrors; problem?: string; status?: number } = {},
) {
  const { event, access } = await eventContext(request);
  const deleted = (request.query as { deleted?: string }).deleted === '1';
  const rows = await hq.listHomeworkOfEvent(request.server.database.db, event.id);
  const items = rows.map((h) => ({ id: h.id, title: parseLocalized(h.title), dueAt: h.due_at }));
  const props = {
    ctx: pageContext(request),
    event: { id: event.id, title: parseLocalized(event.title), timeZone: event.time_zone },
    items,
    canManage: access.canManage,
    deleted: deleted && access.canManage,
    errors: state.errors,
    problem: state.problem,
    values: state.status ? formValues(request) : undefined,
  };
  return sendPage(reply, HomeworkListPage, props, state.status ?? 200);
}

async function renderHomework(
  request: FastifyRequest,
  reply: FastifyReply,
  state: { thanks?: boolean; updated?: 'saved' | 'rearmed'; problem?: HandInProblem; status?: number } = {},
) {
  const db = request.server.database.db;
  const { homework, event, access } = await visibleHomework(request);
  const data = await loadHomeworkPage(db, request.user, homework, event, access);
  const updated = access.canManage ? state.updated : undefined;
  const props = { ctx: pageContext(request), data, thanks: state.thanks, updated, problem: state.problem };
  return sendPage(reply, HomeworkPage, props, state.status ?? 200);
}

/** Homework per event, hand-ins with files, and downloads of those files. */
export async function homeworkRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/events/:eventId/homework', { config: { access: 'public' } }, async (request, reply) =>
    renderList(request, reply),
  );

  app.post('/events/:eventId/homework', { config: { access: 'staff' } }, async (request, reply) => {
    const { event, access } = await eventContext(request);
    if (!access.canManage) throw forbidden();
    const parsed = parseInput(homeworkFormSchema, request.body);
    if (!parsed.ok) return renderList(request, reply, { errors: parsed.errors, status: 400 });
    try {
      const id = await createHomework(
        db,
        { eventId: event.id, ...homeworkInput(parsed.data) },
        request.user!.id,
      );
      return seeOther(reply, `/homework/${id}`);
    } catch (error) {
      if (!(error instanceof HomeworkError)) throw error;
      return renderList(request, reply, { ...homeworkRefusal(error, request.locale), status: 400 });
    }
  });

  app.get('/homework/:homeworkId', { config: { access: 'public' } }, async (request, reply) => {
    const query = request.query as { saved?: string; updated?: string };
    const updated = query.updated === 'saved' || query.updated === 'rearmed' ? query.updated : undefined;
    return renderHomework(request, reply, { thanks: query.saved === '1', updated });
  });

  // Multipart only here, in a scope of its own: no other route of the app reads uploads.
  await app.register(async (scope) => {
    await registerHandInUploads(scope);
    scope.post(
      '/homework/:homeworkId/submissions',
      { config: { access: 'user' } },
      async (request, reply) => {
        const { homework, event } = await visibleHomework(request);
        const m = homeworkMessages(request.locale);
        const parsed = parseInput(handInSchema, request.body);
        if (!parsed.ok) throw new HttpError(400); // the case is a hidden field: only a tampered form lacks it
        const kase = await cq.findCase(db, parsed.data.caseId);
        if (!kase || kase.programme_id !== event.programme_id) throw notFound();
        const access = await caseAccess(db, request.user, kase);
        if (!access.canView) throw notFound();
        if (!access.canEdit) throw forbidden();
        const fail = (message: string, field: HandInProblem['field'], status: number) =>
          renderHomework(request, reply, {
            status,
            problem: { caseId: kase.id, message, field, values: formValues(request) },
          });
        const received = receivedFiles(request);
        if (received.tooLarge)
          return fail(format(m['problem.tooLarge'], { name: received.tooLarge }), 'files', 413);
        if (received.tooMany) return fail(m['problem.tooMany'], 'files', 400);
        try {
          await submitHomework(
            db,
            { homeworkId: homework.id, caseId: kase.id, body: parsed.data.body ?? '', files: received.files },
            request.user!.id,
          );
        } catch (error) {
          if (!(error instanceof HomeworkError)) throw error;
          if (error.code === 'notFound') throw notFound();
          const message = format(m[`problem.${error.code}`], { name: error.detail });
          return fail(
            message,
            error.code === 'empty' ? 'body' : 'files',
            error.code === 'tooLarge' ? 413 : 400,
          );
        }
        return seeOther(reply, `/homework/${homework.id}?saved=1#hand-in-${kase.id}`);
      },
    );
  });

  app.get(
    '/submissions/:submissionId/files/:fileId',
    { config: { access: 'user' } },
    async (request, reply) => {
      const submission = await hq.findSubmissionById(db, idParam(request, 'submissionId'));
      if (!submission) throw notFound();
      const [kase, homework] = await Promise.all([
        cq.findCase(db, submission.case_id),
        hq.findHomework(db, submission.homework_id),
      ]);
      if (!kase || !homework) throw notFound();
      if (!readsHandIn(await caseAccess(db, request.user, kase), homework.event_id)) throw notFound();
      const file = await hq.findFile(db, submission.id, idParam(request, 'fileId'));
      if (!file) throw notFound();
      return reply
        .header('content-type', servedContentType(file.content_type))
        .header('content-disposition', attachment(file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(file.data));
    },
  );
}

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form (RFC 6266). */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_') || 'file';
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
