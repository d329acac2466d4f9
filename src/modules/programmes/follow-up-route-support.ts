import type { FastifyRequest } from 'fastify';
import { notFound } from '../../platform/http/access';
import type { FieldErrors } from '../../platform/http/validation';
import type { FormValues } from '../../platform/views/form';
import { loadParticipantFollowUp, type ParticipantFollowUp } from './follow-up-read';
import { ProgrammeError } from './model';
import { accessToProgramme, followsUp } from './permissions';
import { getProgrammeBySlug } from './reads';
import { idParam } from './route-support';
import type { Viewer } from './views/follow-up-parts';

export const params = (request: FastifyRequest) => request.params as Record<string, string>;
export const formBody = (request: FastifyRequest) => (request.body ?? {}) as FormValues;

/**
 * The participant named in the URL and who is looking. Staff see the participants they follow up
 * (all of them, or an advisor's own); a member sees only their own. Anyone else gets 404, so a
 * participant's page does not even reveal that it exists.
 */
export async function followUpContext(
  request: FastifyRequest,
): Promise<{ data: ParticipantFollowUp; viewer: Viewer; base: string }> {
  const db = request.server.database.db;
  const id = idParam(request, 'participantId');
  const programme = await getProgrammeBySlug(db, params(request).slug ?? '');
  if (!programme) throw notFound();
  const access = await accessToProgramme(db, request.user, programme);
  const viewer: Viewer | null = followsUp(access, id)
    ? 'staff'
    : access.participantIds.includes(id)
      ? 'member'
      : null;
  if (!viewer) throw notFound();
  const data = await loadParticipantFollowUp(db, programme, id);
  if (!data) throw notFound();
  return { data, viewer, base: `/programmes/${encodeURIComponent(programme.slug)}/participants/${id}` };
}

/** Only staff may use this form (status, outcome); to anyone else it does not exist. */
export function requireStaff(viewer: Viewer) {
  if (viewer !== 'staff') throw notFound();
}

/**
 * Runs a follow-up service call. An unknown id becomes 404; a value the service refused becomes
 * that field's error for a 400 page, so nothing is saved and the form is shown again.
 */
export async function attemptFollowUp<T>(
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; errors: FieldErrors }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (!(error instanceof ProgrammeError)) throw error;
    if (error.code === 'notFound') throw notFound();
    return { ok: false, errors: { [error.field]: 'invalid' } };
  }
}
