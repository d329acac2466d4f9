import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseId, parseInput, type FieldErrors } from '../../platform/http/validation';
import { pageContext } from '../../platform/views/page-context';
import { overviewRoutes } from './follow-up-overview-routes';
import { planRoutes } from './follow-up-plan-routes';
import { findStepFollowUp } from './follow-up-read';
import { attemptFollowUp, followUpContext, formBody, requireStaff } from './follow-up-route-support';
import { addStepNote, giveFeedback, setStepStatus } from './follow-up-service';
import { idParam } from './route-support';
import { stepStatuses } from './tables';
import { FollowUpPage } from './views/follow-up-page';
import { FollowUpStepPage } from './views/follow-up-step-page';

const statusSchema = z.object({
  status: fields.choice(stepStatuses),
  note: fields.optionalText(5000),
  noteDate: fields.optionalDate(),
});
const noteSchema = z.object({ note: fields.text(5000), noteDate: fields.optionalDate() });
const centreFeedbackSchema = z.object({ body: fields.text(5000) });
const answerSchema = z.object({ body: fields.text(5000), replyToId: fields.id() });
const pageQuery = z.object({ saved: z.string().optional(), reply: z.string().optional() });

const participantPath = '/programmes/:slug/participants/:participantId';
const stepPath = `${participantPath}/steps/:stepId`;

/** The step named in the URL, within the participant's programme; 404 otherwise. */
async function stepContext(request: FastifyRequest) {
  const context = await followUpContext(request);
  const step = findStepFollowUp(context.data, idParam(request, 'stepId'));
  if (!step) throw notFound();
  return { ...context, step };
}

/** Shows the step page again with the failed form's errors and what was typed; nothing was saved. */
async function rerenderStep(request: FastifyRequest, reply: FastifyReply, errors: FieldErrors) {
  const { data, viewer, step } = await stepContext(request);
  const ctx = pageContext(request);
  return sendPage(
    reply,
    FollowUpStepPage,
    { ctx, data, step, viewer, errors, values: formBody(request) },
    400,
  );
}

/** Per-participant follow-up: the participant page, each step's status, notes and feedback, the plan. */
export async function followUpRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get(participantPath, { config: { access: 'user' } }, async (request, reply) => {
    const { data, viewer } = await followUpContext(request);
    const query = pageQuery.safeParse(request.query);
    const saved = query.success && query.data.saved === '1';
    return sendPage(reply, FollowUpPage, { ctx: pageContext(request), data, viewer, saved });
  });

  app.get(stepPath, { config: { access: 'user' } }, async (request, reply) => {
    const { data, viewer, step } = await stepContext(request);
    const query = pageQuery.safeParse(request.query);
    const saved = query.success && query.data.saved === '1';
    const replyTo = query.success ? parseId(query.data.reply) : null;
    return sendPage(reply, FollowUpStepPage, {
      ctx: pageContext(request),
      data,
      step,
      viewer,
      saved,
      replyTo,
    });
  });

  app.post(`${stepPath}/status`, { config: { access: 'staff' } }, async (request, reply) => {
    const { data, viewer, step, base } = await stepContext(request);
    requireStaff(viewer);
    const parsed = parseInput(statusSchema, request.body);
    if (!parsed.ok) return rerenderStep(request, reply, parsed.errors);
    const input = { participantId: data.participant.id, stepId: step.step.id, ...parsed.data };
    const result = await attemptFollowUp(() => setStepStatus(db, input, request.user!.id));
    if (!result.ok) return rerenderStep(request, reply, result.errors);
    return seeOther(reply, `${base}/steps/${step.step.id}?saved=1`);
  });

  app.post(`${stepPath}/notes`, { config: { access: 'user' } }, async (request, reply) => {
    const { data, step, base } = await stepContext(request);
    const parsed = parseInput(noteSchema, request.body);
    if (!parsed.ok) return rerenderStep(request, reply, parsed.errors);
    const input = {
      participantId: data.participant.id,
      stepId: step.step.id,
      body: parsed.data.note,
      noteDate: parsed.data.noteDate,
    };
    const result = await attemptFollowUp(() => addStepNote(db, input, request.user!.id));
    if (!result.ok) return rerenderStep(request, reply, result.errors);
    return seeOther(reply, `${base}/steps/${step.step.id}?saved=1#notes`);
  });

  // Staff give the centre's feedback; a participant member answers it. Same form field, two meanings.
  app.post(`${stepPath}/feedback`, { config: { access: 'user' } }, async (request, reply) => {
    const { data, viewer, step, base } = await stepContext(request);
    const target = { participantId: data.participant.id, stepId: step.step.id };
    let input;
    if (viewer === 'staff') {
      const parsed = parseInput(centreFeedbackSchema, request.body);
      if (!parsed.ok) return rerenderStep(request, reply, parsed.errors);
      input = { ...target, body: parsed.data.body, fromCentre: true };
    } else {
      const parsed = parseInput(answerSchema, request.body);
      if (!parsed.ok) return rerenderStep(request, reply, parsed.errors);
      input = { ...target, body: parsed.data.body, fromCentre: false, replyToId: parsed.data.replyToId };
    }
    const result = await attemptFollowUp(() =>
      giveFeedback(db, input, request.user!.id, { baseUrl: app.config.baseUrl }),
    );
    if (!result.ok) return rerenderStep(request, reply, result.errors);
    return seeOther(reply, `${base}/steps/${step.step.id}?saved=1#feedback`);
  });

  await planRoutes(app);
  await overviewRoutes(app);
}
