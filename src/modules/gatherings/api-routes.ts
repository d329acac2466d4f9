import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError, notFound } from '../../platform/http/access';
import { parseId } from '../../platform/http/validation';
import { isLocale, pickText } from '../../platform/i18n/index';
import { isoWithOffset } from '../../platform/time';
import { sessionPlaceCounts } from './counts';
import { eventApiPaths } from './event-openapi';
import { getEvent, listVisibleEvents } from './event-reads';
import { eventAccess } from './permissions';

// JSON under /api/v1, like the programmes API: public at the door, eventAccess decides inside, so
// events of public programmes need no login and the rest a session cookie or an API token.

const open = { config: { access: 'public' as const } };

/** The language of texts: ?lang= when given (anything else is a 400), else the caller's language. */
function apiLocale(request: FastifyRequest) {
  const asked = (request.query as { lang?: unknown }).lang;
  if (asked !== undefined && !isLocale(asked)) throw new HttpError(400, 'lang must be nb, sv or en');
  return isLocale(asked) ? asked : request.locale;
}

/** GET /api/v1/events and /api/v1/events/:eventId/sessions. */
export async function eventApiRoutes(app: FastifyInstance) {
  const db = app.database.db;
  eventApiPaths();

  app.get('/api/v1/events', open, async (request) => {
    const locale = apiLocale(request);
    const events = await listVisibleEvents(db, request.user);
    return {
      items: events.map((e) => ({
        id: e.id,
        title: pickText(e.title, locale),
        kind: e.kind,
        startsAt: isoWithOffset(e.startsAt, e.timeZone),
        endsAt: isoWithOffset(e.endsAt, e.timeZone),
        timeZone: e.timeZone,
        programmeId: e.programmeId,
      })),
    };
  });

  app.get('/api/v1/events/:eventId/sessions', open, async (request) => {
    const locale = apiLocale(request);
    const id = parseId((request.params as { eventId?: unknown }).eventId);
    const event = id == null ? undefined : await getEvent(db, id);
    // Unknown and not visible answer alike, so the API does not reveal which events exist.
    if (!event || !(await eventAccess(db, request.user, { programme_id: event.programmeId })).canView)
      throw notFound();
    const counts = await sessionPlaceCounts(db, event.id);
    return {
      items: event.agenda
        .filter((item) => item.kind === 'session')
        .map((item) => ({
          id: item.id,
          title: pickText(item.title, locale),
          startsAt: isoWithOffset(item.startsAt, event.timeZone),
          endsAt: isoWithOffset(item.endsAt, event.timeZone),
          capacity: item.capacity,
          confirmed: counts.get(item.id)?.confirmed ?? 0,
          waitlisted: counts.get(item.id)?.waitlisted ?? 0,
        })),
    };
  });
}
