import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError, notFound } from '../../platform/http/access';
import { isLocale, pickText } from '../../platform/i18n/index';
import { openApiDocument } from './openapi';
import { programmeAccess } from './permissions';
import { listParticipants, listVisibleProgrammes } from './reads';
import { idParam } from './route-support';

// JSON under /api/v1. Every route is public at the door: programmeAccess decides inside, so public
// programmes need no login and the rest need a session cookie or an API token (request.user).

const open = { config: { access: 'public' as const } };

/** The language of texts: ?lang= when given (anything else is a 400), else the caller's language. */
function apiLocale(request: FastifyRequest) {
  const asked = (request.query as { lang?: unknown }).lang;
  if (asked !== undefined && !isLocale(asked)) throw new HttpError(400, 'lang must be nb, sv or en');
  return isLocale(asked) ? asked : request.locale;
}

export async function apiRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/api/v1/programmes', open, async (request) => {
    const locale = apiLocale(request);
    const programmes = await listVisibleProgrammes(db, request.user);
    return {
      items: programmes.map((p) => ({
        id: p.id,
        slug: p.slug,
        title: pickText(p.title, locale),
        visibility: p.visibility,
        participantCount: p.participantCount,
      })),
    };
  });

  app.get('/api/v1/programmes/:id/participants', open, async (request) => {
    const id = idParam(request);
    // Unknown and not visible answer alike, so the API does not reveal which programmes exist.
    if (!(await programmeAccess(db, request.user, id)).canView) throw notFound();
    const participants = await listParticipants(db, id);
    return {
      items: participants.map((p) => ({
        id: p.id,
        organisation: {
          id: p.organisationId,
          name: p.organisation?.name ?? '',
          kind: p.organisation?.kind ?? null,
          number: p.organisation?.number ?? null,
        },
      })),
    };
  });

  app.get('/api/v1/openapi.json', open, async () => openApiDocument(app.config.baseUrl));
}
