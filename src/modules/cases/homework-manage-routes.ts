import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { forbidden, notFound } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import { parseId, parseInput, type FieldErrors } from '../../platform/http/validation';
import { utcToZoned } from '../../platform/time';
import type { FormValues } from '../../platform/views/form';
import { pageContext } from '../../platform/views/page-context';
import { homeworkFormSchema, homeworkInput, homeworkRefusal } from './homework-form';
import { deleteHomework, updateHomework } from './homework-manage-service';
import { homeworkContext, toHomeworkView } from './homework-page-data';
import * as hq from './homework-queries';
import { HomeworkError } from './homework-service';
import { HomeworkDeletePage } from './views/homework-delete-page';
import { HomeworkEditPage } from './views/homework-edit-page';

// Operators only; the event's programme then decides (canManage), as for creating homework.
const manage = { config: { access: 'operator' as const } };

// The count the confirm page showed; a tampered or missing one is read as "none were shown".
const deleteSchema = z.object({ handIns: z.coerce.number().int().min(0).catch(0) });

/** The homework in the URL, for those who manage its event: 404 unless they may view it, else 403. */
async function managedHomework(request: FastifyRequest) {
  const id = parseId((request.params as { homeworkId?: unknown }).homeworkId);
  if (id == null) throw notFound();
  const found = await homeworkContext(request.server.database.db, request.user, id);
  if (!found || !found.access.canView) throw notFound();
  if (!found.access.canManage) throw forbidden();
  return { ...found, view: toHomeworkView(found.homework, found.event) };
}

async function renderEdit(
  request: FastifyRequest,
  reply: FastifyReply,
  refusal?: { errors: FieldErrors; problem?: string },
) {
  const { homework, event, view } = await managedHomework(request);
  const props = {
    ctx: pageContext(request),
    homework: view,
    localDueAt: utcToZoned(homework.due_at, event.time_zone),
    errors: refusal?.errors,
    problem: refusal?.problem,
    values: refusal ? ((request.body ?? {}) as FormValues) : undefined,
  };
  return sendPage(reply, HomeworkEditPage, props, refusal ? 400 : 200);
}

/** Editing a homework and deleting it (after asking, with the number of hand-ins that go with it). */
export async function homeworkManageRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/homework/:homeworkId/edit', manage, async (request, reply) => renderEdit(request, reply));

  app.post('/homework/:homeworkId/edit', manage, async (request, reply) => {
    const { homework } = await managedHomework(request);
    const parsed = parseInput(homeworkFormSchema, request.body);
    if (!parsed.ok) return renderEdit(request, reply, { errors: parsed.errors });
    try {
      const done = await updateHomework(db, homework.id, homeworkInput(parsed.data), request.user!.id);
      return seeOther(
        reply,
        `/homework/${homework.id}?updated=${done.reminderRearmed ? 'rearmed' : 'saved'}`,
      );
    } catch (error) {
      if (!(error instanceof HomeworkError)) throw error;
      if (error.code === 'notFound') throw notFound();
      return renderEdit(request, reply, homeworkRefusal(error, request.locale));
    }
  });

  app.get('/homework/:homeworkId/delete', manage, async (request, reply) => {
    const { homework, view } = await managedHomework(request);
    const counts = await hq.countHandIns(db, homework.id);
    return sendPage(reply, HomeworkDeletePage, { ctx: pageContext(request), homework: view, ...counts });
  });

  app.post('/homework/:homeworkId/delete', manage, async (request, reply) => {
    const { homework, view } = await managedHomework(request);
    const seen = parseInput(deleteSchema, request.body);
    try {
      const result = await deleteHomework(db, homework.id, request.user!.id, seen.ok ? seen.data.handIns : 0);
      if (result.ok) return seeOther(reply, `/events/${result.eventId}/homework?deleted=1`);
      const props = { ctx: pageContext(request), homework: view, ...result, changed: true };
      return sendPage(reply, HomeworkDeletePage, props, 409);
    } catch (error) {
      // Deleted meanwhile by someone else: the homework no longer exists.
      if (error instanceof HomeworkError && error.code === 'notFound') throw notFound();
      throw error;
    }
  });
}
