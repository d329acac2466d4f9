import type { FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../../platform/http/access';
import { parseId } from '../../platform/http/validation';
import { eventAccess, type EventAccess } from './permissions';
import { findEvent } from './queries';

/** The event named by :eventId and what the caller may do with it; 404 when it is not theirs to see. */
export async function eventInRequest(request: FastifyRequest) {
  const id = parseId((request.params as Record<string, string>).eventId);
  const event = id == null ? undefined : await findEvent(request.server.database.db, id);
  if (!event) throw notFound();
  const access = await eventAccess(request.server.database.db, request.user, event);
  if (!access.canView) throw notFound();
  return { event, access };
}

/** Staff who follow up the programme, and managers, read registration lists and retrospectives. */
export function requireFollowUp(access: EventAccess) {
  if (!access.canFollowUp && !access.canManage) throw forbidden();
}

/** Only managers see answers, export and act on others' registrations. */
export function requireManage(access: EventAccess) {
  if (!access.canManage) throw forbidden();
}

/** A path parameter that must be an id; anything else is a page that does not exist. */
export function idParam(request: FastifyRequest, name: string): number {
  const id = parseId((request.params as Record<string, string>)[name]);
  if (id == null) throw notFound();
  return id;
}
