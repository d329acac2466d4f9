import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { forbidden, HttpError, notFound } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseId, parseInput, type FieldErrors } from '../../platform/http/validation';
import { parseLocalized } from '../../platform/i18n/index';
import type { FormValues } from '../../platform/views/form';
import { pageContext } from '../../platform/views/page-context';
import { eventAccess, findEvent } from '../gatherings/index';
import {
  CoachingError,
  createCoachingGroup,
  findCoachingGroup,
  formCoachingGroups,
  loadCoachingBoard,
  moveCaseToGroup,
  removeEmptyGroup,
  saveGroupSummary,
} from './coaching-service';
import { CoachingConfirmPage } from './views/coaching-confirm-page';
import { CoachingGroupsPage, groupsPath } from './views/coaching-groups-page';
import { CoachingPrintPage } from './views/coaching-print-page';
import { CoachingSummariesPage, CoachingSummaryPage } from './views/coaching-summary-page';

const moveSchema = z.object({ groupId: fields.id() });
const summarySchema = z.object({ body: fields.text(10000) });
const notices = ['formed', 'moved', 'changed'] as const;

function idOf(request: FastifyRequest, name: string): number {
  const id = parseId((request.params as Record<string, unknown>)[name]);
  if (id == null) throw notFound();
  return id;
}

function eventView(event: { id: number; title: string; time_zone: string; starts_at: string }) {
  const title = parseLocalized(event.title);
  return { id: event.id, title, timeZone: event.time_zone, startsAt: event.starts_at };
}

/** A refusal of the coaching rules as an HTTP answer. */
async function attempt<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CoachingError) throw error.code === 'notFound' ? notFound() : new HttpError(409);
    throw error;
  }
}

/** Coaching groups of a workshop (staff; operators act), the printable list, and each group's A3. */
export async function coachingRoutes(app: FastifyInstance) {
  const db = app.database.db;

  /** The event in the URL, for staff who follow up or manage its programme; 404 for anyone else. */
  async function staffContext(request: FastifyRequest, manage = false) {
    const event = await findEvent(db, idOf(request, 'eventId'));
    if (!event) throw notFound();
    const access = await eventAccess(db, request.user, event);
    if (!access.canView) throw notFound();
    if (!(access.canManage || access.canFollowUp)) throw forbidden();
    if (manage && !access.canManage) throw forbidden();
    return { event, access };
  }

  app.get('/events/:eventId/coaching-groups', { config: { access: 'staff' } }, async (request, reply) => {
    const { event, access } = await staffContext(request);
    const sent = (request.query as Record<string, string>).done;
    const notice = notices.find((n) => n === sent);
    const board = await loadCoachingBoard(db, event);
    const props = { ctx: pageContext(request), event: eventView(event), board, canManage: access.canManage };
    return sendPage(reply, CoachingGroupsPage, { ...props, notice });
  });

  app.get(
    '/events/:eventId/coaching-groups/print',
    { config: { access: 'staff' } },
    async (request, reply) => {
      const { event } = await staffContext(request);
      const board = await loadCoachingBoard(db, event);
      return sendPage(reply, CoachingPrintPage, {
        ctx: pageContext(request),
        event: eventView(event),
        board,
      });
    },
  );

  app.post(
    '/events/:eventId/coaching-groups/form',
    { config: { access: 'staff' } },
    async (request, reply) => {
      const { event } = await staffContext(request, true);
      const confirmed = (request.body as FormValues | undefined)?.confirm === '1';
      const existing = (await loadCoachingBoard(db, event)).groups.length;
      if (existing > 0 && !confirmed) {
        const props = { ctx: pageContext(request), event: eventView(event), groupCount: existing };
        return sendPage(reply, CoachingConfirmPage, props);
      }
      await attempt(() => formCoachingGroups(db, event.id, request.user!.id));
      return seeOther(reply, `${groupsPath(event.id)}?done=formed`);
    },
  );

  app.post(
    '/events/:eventId/coaching-groups/new',
    { config: { access: 'staff' } },
    async (request, reply) => {
      const { event } = await staffContext(request, true);
      await attempt(() => createCoachingGroup(db, event.id, [], request.user!.id));
      return seeOther(reply, `${groupsPath(event.id)}?done=changed`);
    },
  );

  app.post(
    '/events/:eventId/coaching-groups/cases/:caseId/move',
    { config: { access: 'staff' } },
    async (request, reply) => {
      const { event } = await staffContext(request, true);
      const caseId = idOf(request, 'caseId');
      const parsed = parseInput(moveSchema, request.body);
      if (!parsed.ok) throw new HttpError(400);
      await attempt(() =>
        moveCaseToGroup(db, { eventId: event.id, caseId, groupId: parsed.data.groupId }, request.user!.id),
      );
      return seeOther(reply, `${groupsPath(event.id)}?done=moved`);
    },
  );

  app.post(
    '/events/:eventId/coaching-groups/groups/:groupId/delete',
    { config: { access: 'staff' } },
    async (request, reply) => {
      const { event } = await staffContext(request, true);
      const groupId = idOf(request, 'groupId');
      await attempt(() => removeEmptyGroup(db, { eventId: event.id, groupId }, request.user!.id));
      return seeOther(reply, `${groupsPath(event.id)}?done=changed`);
    },
  );

  /** The group in the URL, for someone who may write its A3: a manager, or a member of one of its cases. */
  async function summaryContext(request: FastifyRequest) {
    const group = await findCoachingGroup(db, idOf(request, 'groupId'));
    const event = group && (await findEvent(db, group.event_id));
    if (!group || !event) throw notFound();
    const access = await eventAccess(db, request.user, event);
    if (!access.canView) throw notFound();
    const board = await loadCoachingBoard(db, event);
    const boardGroup = board.groups.find((g) => g.id === group.id)!;
    const member = boardGroup.cases.some((c) => access.participantIds.includes(c.participantId));
    if (!access.canManage && !member) throw forbidden();
    return { event, group: boardGroup };
  }

  async function showSummaryForm(request: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) {
    const { event, group } = await summaryContext(request);
    const values = errors ? (request.body as FormValues) : undefined;
    const props = { ctx: pageContext(request), event: eventView(event), group, errors, values };
    return sendPage(reply, CoachingSummaryPage, props, errors ? 400 : 200);
  }

  app.get('/coaching-groups/:groupId/summary', { config: { access: 'user' } }, (request, reply) =>
    showSummaryForm(request, reply),
  );

  app.post('/coaching-groups/:groupId/summary', { config: { access: 'user' } }, async (request, reply) => {
    const { event, group } = await summaryContext(request);
    const parsed = parseInput(summarySchema, request.body);
    if (!parsed.ok) return showSummaryForm(request, reply, parsed.errors);
    await attempt(() =>
      saveGroupSummary(db, { groupId: group.id, body: parsed.data.body }, request.user!.id),
    );
    return seeOther(reply, `/events/${event.id}/summaries?saved=1#a3-${group.id}`);
  });

  app.get('/events/:eventId/summaries', { config: { access: 'user' } }, async (request, reply) => {
    const event = await findEvent(db, idOf(request, 'eventId'));
    if (!event) throw notFound();
    const access = await eventAccess(db, request.user, event);
    if (!access.canView) throw notFound();
    const staff = access.canManage || access.canFollowUp;
    if (!staff && access.participantIds.length === 0) throw forbidden();
    const board = await loadCoachingBoard(db, event);
    const editable = board.groups
      .filter((g) => access.canManage || g.cases.some((c) => access.participantIds.includes(c.participantId)))
      .map((g) => g.id);
    const saved = (request.query as Record<string, string>).saved === '1';
    const props = { ctx: pageContext(request), event: eventView(event), board, editable, saved };
    return sendPage(reply, CoachingSummariesPage, props);
  });
}
