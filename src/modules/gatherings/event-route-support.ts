import type { FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../../platform/http/access';
import { parseId, type FieldErrors } from '../../platform/http/validation';
import { format, type Locale } from '../../platform/i18n/index';
import type { FormValues } from '../../platform/views/form';
import { getProgramme, getProgrammeBySlug, programmeAccess } from '../programmes/index';
import { EventError } from './event-model';
import { eventFormMessages } from './event-form-messages';
import { getEvent } from './event-reads';
import { eventAccess } from './permissions';

/** The id in the URL parameter `name`; 404 unless it is a whole number that can name a row. */
export function idParam(request: FastifyRequest, name: 'eventId' | 'itemId'): number {
  const id = parseId((request.params as Record<string, unknown>)[name]);
  if (id == null) throw notFound();
  return id;
}

export const formValues = (request: FastifyRequest) => (request.body ?? {}) as FormValues;

/** The programme named by :slug with the reader's access; 404 when unknown or not theirs to see. */
export async function visibleProgramme(request: FastifyRequest) {
  const db = request.server.database.db;
  const programme = await getProgrammeBySlug(db, (request.params as { slug: string }).slug);
  if (!programme) throw notFound();
  const access = await programmeAccess(db, request.user, programme.id);
  if (!access.canView) throw notFound();
  return { programme, access };
}

/** The programme for a manager's form: 404 when not visible, 403 when it may not be managed. */
export async function managedProgramme(request: FastifyRequest) {
  const found = await visibleProgramme(request);
  if (!found.access.canManage) throw forbidden();
  return found;
}

/** The event named by :eventId with its agenda, programme and the reader's access; 404 when not visible. */
export async function visibleEvent(request: FastifyRequest) {
  const db = request.server.database.db;
  const event = await getEvent(db, idParam(request, 'eventId'));
  if (!event) throw notFound();
  const access = await eventAccess(db, request.user, { programme_id: event.programmeId });
  if (!access.canView) throw notFound();
  const programme = await getProgramme(db, event.programmeId);
  if (!programme) throw notFound();
  return { event, access, programme };
}

/** The event for a manager's form: 404 when not visible, 403 when it may not be managed. */
export async function managedEvent(request: FastifyRequest) {
  const found = await visibleEvent(request);
  if (!found.access.canManage) throw forbidden();
  return found;
}

/** A broken rule as a form shows it: the field's error, a sentence, and the status (400). */
export function explain(error: EventError, locale: Locale) {
  const f = eventFormMessages(locale);
  const key = (
    { dateOrder: 'dateOrder', deadlineOrder: 'dateOrder', url: 'url', required: 'required' } as const
  )[error.code as 'dateOrder'];
  const errors: FieldErrors = error.field === '_form' ? {} : { [error.field]: key ?? 'invalid' };
  const params = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, v]));
  const problem = format(f[`problem.${error.code}`], params, locale);
  return { errors, problem, status: error.code === 'notFound' ? (404 as const) : (400 as const) };
}

/** Runs a service call; a broken rule becomes the form's error instead of an error page. */
export async function attempt<T>(
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: EventError }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof EventError) return { ok: false, error };
    throw error;
  }
}
