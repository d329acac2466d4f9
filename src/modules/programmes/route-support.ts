import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/http/access';
import { sendPage } from '../../platform/http/render';
import { parseId, type FieldErrors } from '../../platform/http/validation';
import { format } from '../../platform/i18n/index';
import type { ErrorKey } from '../../platform/i18n/messages';
import type { FormValues } from '../../platform/views/form';
import { pageContext } from '../../platform/views/page-context';
import { messages } from './messages';
import { ProgrammeError } from './model';
import { loadProgrammePage } from './page-data';
import { accessToProgramme } from './permissions';
import { getProgrammeBySlug } from './reads';
import type { FormState, ProgrammeFormName } from './views/form-state';
import { ProgrammePage } from './views/programme-page';

/** The programme named in the URL with what the person may do; 404 when unknown or not theirs to see. */
export async function visibleProgramme(request: FastifyRequest, slug: string) {
  const db = request.server.database.db;
  const programme = await getProgrammeBySlug(db, slug);
  if (!programme) throw notFound();
  const access = await accessToProgramme(db, request.user, programme);
  if (!access.canView) throw notFound();
  return { programme, access };
}

export const slugParam = (request: FastifyRequest) => (request.params as { slug: string }).slug;
/** The id in the URL parameter `name`; 404 unless it is a whole number that can name a row. */
export function idParam(request: FastifyRequest, name = 'id'): number {
  const id = parseId((request.params as Record<string, unknown>)[name]);
  if (id == null) throw notFound();
  return id;
}
export const formValues = (request: FastifyRequest) => (request.body ?? {}) as FormValues;

const errorKeyOf: Record<ProgrammeError['code'], ErrorKey> = {
  notFound: 'choice',
  invalid: 'invalid',
  slugTaken: 'unique',
  duplicateParticipant: 'unique',
  wrongOrganisationKind: 'choice',
  duplicateContact: 'unique',
  duplicateAdvisor: 'unique',
  duplicateNomination: 'unique',
  alreadyDecided: 'invalid',
  hasFollowUp: 'invalid',
};

/** A broken rule as the form shows it: the field's error, a sentence, and 409 for conflicts, else 400. */
export function explain(
  request: FastifyRequest,
  error: ProgrammeError,
  fieldNames: Record<string, string>,
  params: Record<string, string> = {},
) {
  const m = messages(request.locale);
  const field = fieldNames[error.field] ?? error.field;
  const errors: FieldErrors = field === '_form' ? {} : { [field]: errorKeyOf[error.code] };
  const problem = format(m[`problem.${error.code}`], params, request.locale);
  const conflicts: ProgrammeError['code'][] = ['slugTaken', 'alreadyDecided', 'hasFollowUp'];
  const status = error.code.startsWith('duplicate') || conflicts.includes(error.code) ? 409 : 400;
  return { errors, problem, status: status as 400 | 409 };
}

/** Shows the programme page again with one form's errors, keeping what was typed. */
export async function rerenderProgramme(
  request: FastifyRequest,
  reply: FastifyReply,
  slug: string,
  form: ProgrammeFormName,
  result: { errors?: FieldErrors; problem?: string; status: 400 | 409 },
) {
  const { programme, access } = await visibleProgramme(request, slug);
  const data = await loadProgrammePage(request.server.database.db, programme, access);
  // A form sent without any field to show an error at (a tampered button) still says why.
  const noFields = Object.keys(result.errors ?? {}).length === 0;
  const problem = result.problem ?? (noFields ? messages(request.locale)['problem.invalid'] : undefined);
  const state: FormState = { form, errors: result.errors, problem, values: formValues(request) };
  return sendPage(reply, ProgrammePage, { ctx: pageContext(request), data, state }, result.status);
}

/** Runs a service call; a broken domain rule becomes the form's error instead of an error page. */
export async function attempt<T>(
  work: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; error: ProgrammeError }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof ProgrammeError) return { ok: false, error };
    throw error;
  }
}
