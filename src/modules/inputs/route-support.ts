import type { FastifyRequest } from 'fastify';
import { notFound } from '../../platform/http/access';
import { getProgrammeBySlug, programmeAccess } from '../programmes/index';

/** The programme in the URL and what the person may do with it; 404 unless they may view it. */
export async function programmeContext(request: FastifyRequest) {
  const db = request.server.database.db;
  const programme = await getProgrammeBySlug(db, (request.params as { slug: string }).slug);
  if (!programme) throw notFound();
  const access = await programmeAccess(db, request.user, programme.id);
  if (!access.canView) throw notFound();
  return { programme, ref: { slug: programme.slug, title: programme.title }, access };
}

export type ProgrammeContext = Awaited<ReturnType<typeof programmeContext>>;
