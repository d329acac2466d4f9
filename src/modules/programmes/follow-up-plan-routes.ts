import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseInput, type FieldErrors } from '../../platform/http/validation';
import { pageContext } from '../../platform/views/page-context';
import { findActivityOf, type ActivityView } from './follow-up-read';
import { attemptFollowUp, followUpContext, formBody, requireStaff } from './follow-up-route-support';
import {
  addPlanActivity,
  deletePlanActivity,
  setOutcome,
  stakeholderGroups,
  updatePlanActivity,
} from './follow-up-plan-service';
import { idParam } from './route-support';
import { outcomeResults } from './tables';
import { FollowUpOutcomePage } from './views/follow-up-outcome-page';
import { FollowUpPlanPage } from './views/follow-up-plan-page';

const activitySchema = z
  .object({
    title: fields.text(200),
    startsOn: fields.optionalDate(),
    endsOn: fields.optionalDate(),
    responsible: fields.optionalText(200),
    // Checkboxes of the fixed list; a value from anywhere else is refused, not stored.
    stakeholderGroups: fields
      .list(z.string({ error: 'choice' }))
      .refine((groups) => groups.every((g) => (stakeholderGroups as readonly string[]).includes(g)), {
        error: 'choice',
      }),
    planningLink: fields.optionalText(500),
  })
  .refine((a) => !a.startsOn || !a.endsOn || a.endsOn >= a.startsOn, {
    path: ['endsOn'],
    message: 'dateOrder',
  });

const outcomeSchema = z.object({ result: fields.choice(outcomeResults), reasons: fields.text(5000) });

const planPath = '/programmes/:slug/participants/:participantId/plan';

/** The participant's process plan (staff and the participant's own members) and outcome (staff). */
export async function planRoutes(app: FastifyInstance) {
  const db = app.database.db;

  async function activityContext(request: FastifyRequest) {
    const context = await followUpContext(request);
    const activity = await findActivityOf(db, context.data.participant.id, idParam(request, 'activityId'));
    if (!activity) throw notFound();
    return { ...context, activity };
  }

  async function showPlanForm(
    request: FastifyRequest,
    reply: FastifyReply,
    activity: ActivityView | undefined,
    errors?: FieldErrors,
  ) {
    const { data } = await followUpContext(request);
    const participant = { id: data.participant.id, name: data.participant.organisation?.name ?? '' };
    const values = errors ? formBody(request) : undefined;
    const props = {
      ctx: pageContext(request),
      programme: data.programme,
      participant,
      activity,
      errors,
      values,
    };
    return sendPage(reply, FollowUpPlanPage, props, errors ? 400 : 200);
  }

  app.get(`${planPath}/new`, { config: { access: 'user' } }, async (request, reply) => {
    await followUpContext(request);
    return showPlanForm(request, reply, undefined);
  });

  app.post(planPath, { config: { access: 'user' } }, async (request, reply) => {
    const { data, base } = await followUpContext(request);
    const parsed = parseInput(activitySchema, request.body);
    if (!parsed.ok) return showPlanForm(request, reply, undefined, parsed.errors);
    const result = await attemptFollowUp(() =>
      addPlanActivity(db, data.participant.id, parsed.data, request.user!.id),
    );
    if (!result.ok) return showPlanForm(request, reply, undefined, result.errors);
    return seeOther(reply, `${base}?saved=1#plan`);
  });

  app.get(`${planPath}/:activityId`, { config: { access: 'user' } }, async (request, reply) => {
    const { activity } = await activityContext(request);
    return showPlanForm(request, reply, activity);
  });

  app.post(`${planPath}/:activityId`, { config: { access: 'user' } }, async (request, reply) => {
    const { data, activity, base } = await activityContext(request);
    const parsed = parseInput(activitySchema, request.body);
    if (!parsed.ok) return showPlanForm(request, reply, activity, parsed.errors);
    const result = await attemptFollowUp(() =>
      updatePlanActivity(db, data.participant.id, activity.id, parsed.data, request.user!.id),
    );
    if (!result.ok) return showPlanForm(request, reply, activity, result.errors);
    return seeOther(reply, `${base}?saved=1#plan`);
  });

  app.post(`${planPath}/:activityId/delete`, { config: { access: 'user' } }, async (request, reply) => {
    const { data, activity, base } = await activityContext(request);
    await attemptFollowUp(() => deletePlanActivity(db, data.participant.id, activity.id, request.user!.id));
    return seeOther(reply, `${base}?saved=1#plan`);
  });

  const outcomePath = '/programmes/:slug/participants/:participantId/outcome';

  async function showOutcomeForm(request: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) {
    const { data, viewer } = await followUpContext(request);
    requireStaff(viewer);
    const participant = { id: data.participant.id, name: data.participant.organisation?.name ?? '' };
    const values = errors ? formBody(request) : undefined;
    const props = {
      ctx: pageContext(request),
      programme: data.programme,
      participant,
      outcome: data.outcome,
      errors,
      values,
    };
    return sendPage(reply, FollowUpOutcomePage, props, errors ? 400 : 200);
  }

  app.get(outcomePath, { config: { access: 'staff' } }, (request, reply) => showOutcomeForm(request, reply));

  app.post(outcomePath, { config: { access: 'staff' } }, async (request, reply) => {
    const { data, viewer, base } = await followUpContext(request);
    requireStaff(viewer);
    const parsed = parseInput(outcomeSchema, request.body);
    if (!parsed.ok) return showOutcomeForm(request, reply, parsed.errors);
    const result = await attemptFollowUp(() =>
      setOutcome(db, data.participant.id, parsed.data, request.user!.id),
    );
    if (!result.ok) return showOutcomeForm(request, reply, result.errors);
    return seeOther(reply, `${base}?saved=1#outcome`);
  });
}
