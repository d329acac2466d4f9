import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { forbidden, notFound } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseId, parseInput, type FieldErrors } from '../../platform/http/validation';
import type { FormValues } from '../../platform/views/form';
import { pageContext } from '../../platform/views/page-context';
import { getProgrammeBySlug, listParticipants, programmeAccess } from '../programmes/index';
import { caseMessages } from './case-messages';
import { loadCasePage, programmeRef } from './case-page-data';
import * as q from './case-queries';
import {
  addCaseLogEntry,
  CaseError,
  createCase,
  listProgrammeCases,
  splitThemes,
  toCase,
  updateCase,
  type CaseInput,
} from './case-service';
import { caseAccess, caseAccessWith } from './permissions';
import { CaseFormPage, type CaseFormDefaults } from './views/case-form-page';
import { CaseListPage } from './views/case-list-page';
import { CasePage } from './views/case-page';

const caseSchema = z.object({
  title: fields.text(200),
  goal: fields.optionalText(5000),
  challenges: fields.optionalText(5000),
  regionRole: fields.optionalText(5000),
  stakeholders: fields.optionalText(5000),
  question: fields.optionalText(5000),
  themes: fields.optionalText(1000),
});
const newCaseSchema = caseSchema.extend({ participantId: fields.id() });
const logSchema = z.object({ body: fields.text(5000), eventId: fields.optionalId() });

const slugOf = (request: FastifyRequest) => (request.params as { slug: string }).slug;
const formValues = (request: FastifyRequest) => (request.body ?? {}) as FormValues;

function idParam(request: FastifyRequest, name: string): number {
  const id = parseId((request.params as Record<string, unknown>)[name]);
  if (id == null) throw notFound();
  return id;
}

function toInput(data: z.output<typeof caseSchema>): CaseInput {
  return { ...data, themes: splitThemes(data.themes) };
}

/** The programme in the URL, what the person may do with it, and the participants they may write a case for. */
async function programmeContext(request: FastifyRequest) {
  const db = request.server.database.db;
  const programme = await getProgrammeBySlug(db, slugOf(request));
  if (!programme) throw notFound();
  const access = await programmeAccess(db, request.user, programme.id);
  if (!access.canView) throw notFound();
  const [participants, cases] = await Promise.all([
    listParticipants(db, programme.id),
    q.listCasesOfProgramme(db, programme.id),
  ]);
  const taken = new Set(cases.map((c) => c.participant_id));
  const writable = participants
    .filter((p) => !taken.has(p.id) && (access.canManage || access.participantIds.includes(p.id)))
    .map((p) => ({ id: p.id, name: p.organisation?.name ?? '' }));
  const ref = { slug: programme.slug, title: programme.title };
  return { programme, ref, access, writable };
}

/** The case in the URL and what the person may do with it; 404 unless they may view it. */
async function caseContext(request: FastifyRequest) {
  const db = request.server.database.db;
  const row = await q.findCase(db, idParam(request, 'caseId'));
  if (!row) throw notFound();
  const access = await caseAccess(db, request.user, row);
  if (!access.canView) throw notFound();
  return { row, access };
}

/** The case page again with the log form's errors and what was typed; nothing was saved. */
async function rerenderCase(
  request: FastifyRequest,
  reply: FastifyReply,
  result: { errors?: FieldErrors; problem?: string },
) {
  const { row, access } = await caseContext(request);
  const data = await loadCasePage(request.server.database.db, row, access);
  const props = { ctx: pageContext(request), data, canEdit: access.canEdit, values: formValues(request) };
  return sendPage(reply, CasePage, { ...props, ...result }, 400);
}

function caseProblem(request: FastifyRequest, error: CaseError) {
  const m = caseMessages(request.locale);
  return { problem: m[`problem.${error.code}`], status: error.code === 'duplicate' ? 409 : 400 } as const;
}

/** Cases: the programme's list, a new case, the case page with its log, and editing. */
export async function caseRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/programmes/:slug/cases', { config: { access: 'user' } }, async (request, reply) => {
    const { programme, ref, access, writable } = await programmeContext(request);
    const cases = [];
    for (const c of await listProgrammeCases(db, programme.id)) {
      if ((await caseAccessWith(db, access, { id: c.id, participant_id: c.participantId })).canView)
        cases.push(c);
    }
    return sendPage(reply, CaseListPage, {
      ctx: pageContext(request),
      programme: ref,
      cases,
      canCreate: writable.length > 0,
    });
  });

  app.get('/programmes/:slug/cases/new', { config: { access: 'user' } }, async (request, reply) => {
    const { ref, access, writable } = await programmeContext(request);
    if (!access.canManage && access.participantIds.length === 0) throw notFound();
    return sendPage(reply, CaseFormPage, {
      ctx: pageContext(request),
      programme: ref,
      participants: writable,
    });
  });

  app.post('/programmes/:slug/cases', { config: { access: 'user' } }, async (request, reply) => {
    const { programme, ref, access, writable } = await programmeContext(request);
    if (!access.canManage && access.participantIds.length === 0) throw notFound();
    const ctx = pageContext(request);
    const page = { ctx, programme: ref, participants: writable, values: formValues(request) };
    const parsed = parseInput(newCaseSchema, request.body);
    if (!parsed.ok) return sendPage(reply, CaseFormPage, { ...page, errors: parsed.errors }, 400);
    const { participantId, ...rest } = parsed.data;
    if (!writable.some((p) => p.id === participantId))
      return sendPage(reply, CaseFormPage, { ...page, errors: { participantId: 'choice' as const } }, 400);
    try {
      const id = await createCase(
        db,
        { ...toInput(rest), programmeId: programme.id, participantId },
        request.user!.id,
      );
      return seeOther(reply, `/cases/${id}?saved=1`);
    } catch (error) {
      if (!(error instanceof CaseError)) throw error;
      const { problem, status } = caseProblem(request, error);
      return sendPage(reply, CaseFormPage, { ...page, problem }, status);
    }
  });

  app.get('/cases/:caseId', { config: { access: 'user' } }, async (request, reply) => {
    const { row, access } = await caseContext(request);
    const data = await loadCasePage(db, row, access);
    const saved = (request.query as { saved?: string }).saved === '1';
    return sendPage(reply, CasePage, { ctx: pageContext(request), data, canEdit: access.canEdit, saved });
  });

  app.get('/cases/:caseId/edit', { config: { access: 'user' } }, async (request, reply) => {
    const { row, access } = await caseContext(request);
    if (!access.canEdit) throw forbidden();
    const kase = toCase(row);
    const defaults: CaseFormDefaults = { ...kase, themes: kase.themes.join(', ') };
    const programme = await programmeRef(db, row.programme_id);
    return sendPage(reply, CaseFormPage, { ctx: pageContext(request), programme, kase, defaults });
  });

  app.post('/cases/:caseId', { config: { access: 'user' } }, async (request, reply) => {
    const { row, access } = await caseContext(request);
    if (!access.canEdit) throw forbidden();
    const parsed = parseInput(caseSchema, request.body);
    if (!parsed.ok) {
      const programme = await programmeRef(db, row.programme_id);
      const props = { ctx: pageContext(request), programme, kase: toCase(row), values: formValues(request) };
      return sendPage(reply, CaseFormPage, { ...props, errors: parsed.errors }, 400);
    }
    await updateCase(db, row.id, toInput(parsed.data), request.user!.id);
    return seeOther(reply, `/cases/${row.id}?saved=1`);
  });

  app.post('/cases/:caseId/log', { config: { access: 'user' } }, async (request, reply) => {
    const { row, access } = await caseContext(request);
    if (!access.canEdit) throw forbidden();
    const parsed = parseInput(logSchema, request.body);
    if (!parsed.ok) return rerenderCase(request, reply, { errors: parsed.errors });
    try {
      await addCaseLogEntry(db, { caseId: row.id, ...parsed.data }, request.user!.id);
    } catch (error) {
      if (!(error instanceof CaseError)) throw error;
      return rerenderCase(request, reply, { errors: { eventId: 'choice' } });
    }
    return seeOther(reply, `/cases/${row.id}?saved=1#log`);
  });
}
