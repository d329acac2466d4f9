import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../platform/http/access';
import { sendPage } from '../../platform/http/render';
import { fields, parseInput } from '../../platform/http/validation';
import type { FormValues } from '../../platform/views/form';
import { pageContext } from '../../platform/views/page-context';
import { loadOverview, type OverviewFilters } from './follow-up-overview';
import { loadMyPage } from './my-page-data';
import { params } from './follow-up-route-support';
import { recordVisit } from './follow-up-service';
import { accessToProgramme } from './permissions';
import { getProgrammeBySlug } from './reads';
import { stepStatuses } from './tables';
import { participantKinds } from './team-service';
import { MyPage } from './views/my-page';
import { OverviewPage } from './views/overview-page';

// An empty select ("All") sends "", which means no filter.
const blank = (v: unknown) => (v === '' ? undefined : v);
const NEVER = 'never';

const filterSchema = z.object({
  county: z.preprocess(blank, fields.id().optional()),
  kind: z.preprocess(blank, fields.choice(participantKinds).optional()),
  phase: z.preprocess(blank, fields.id().optional()),
  status: z.preprocess(blank, fields.choice(stepStatuses).optional()),
});

/**
 * The baseline the filter form carries: "never", or a moment in the stored form (UTC with
 * milliseconds, as nowIso() writes), since the overview compares timestamps as text. Anything
 * that is not a moment is left out, as if not sent.
 */
function sinceParam(value: unknown): string | null | undefined {
  if (value === NEVER) return null;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The programme overview (participants × steps) and /me. */
export async function overviewRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/programmes/:slug/overview', { config: { access: 'staff' } }, async (request, reply) => {
    const programme = await getProgrammeBySlug(db, params(request).slug ?? '');
    if (!programme) throw notFound();
    const access = await accessToProgramme(db, request.user, programme);
    if (!access.canFollowUp) throw notFound();
    const user = request.user!;
    const query = (request.query ?? {}) as FormValues;
    const parsed = parseInput(filterSchema, query);
    const filters: OverviewFilters = parsed.ok
      ? {
          county: parsed.data.county ?? null,
          kind: parsed.data.kind ?? null,
          phase: parsed.data.phase ?? null,
          status: parsed.data.status ?? null,
        }
      : { county: null, kind: null, phase: null, status: null };
    const previousVisit = await recordVisit(db, user.id, programme.id);
    // The filter form carries the baseline, so narrowing the table does not count as a new visit
    // that would hide what was new a moment ago.
    const sent = sinceParam(query.since);
    const since = sent === undefined ? previousVisit : sent;
    const data = await loadOverview(db, programme, access, filters, since, user.id);
    const props = { ctx: pageContext(request), data, values: query, sinceParam: since ?? NEVER };
    if (!parsed.ok) return sendPage(reply, OverviewPage, { ...props, errors: parsed.errors }, 400);
    return sendPage(reply, OverviewPage, props);
  });

  app.get('/me', { config: { access: 'user' } }, async (request, reply) => {
    const data = await loadMyPage(db, request.user!);
    return sendPage(reply, MyPage, { ctx: pageContext(request), data });
  });
}
