import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { forbidden, notFound } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseId, parseInput } from '../../platform/http/validation';
import type { FormValues } from '../../platform/views/form';
import { pageContext } from '../../platform/views/page-context';
import { programmeAccess } from '../programmes/index';
import { loadHistory, loadTriageList, programmeRef } from './page-data';
import { mayTriage } from './permissions';
import { programmeContext } from './route-support';
import { getInput, MAX_ANSWER_LENGTH, triageInput } from './service';
import { inputStatuses, type InputStatus } from './tables';
import { InputPage } from './views/input-page';
import { TriageListPage } from './views/triage-list-page';

const triageSchema = z.object({
  status: fields.choice(inputStatuses),
  internalNote: fields.optionalText(MAX_ANSWER_LENGTH),
  answer: fields.optionalText(MAX_ANSWER_LENGTH),
});

const isStatus = (value: unknown): value is InputStatus =>
  typeof value === 'string' && (inputStatuses as readonly string[]).includes(value);

/** The input in the URL with its programme; 404 unless the person may triage it. */
async function inputContext(request: FastifyRequest) {
  const db = request.server.database.db;
  const id = parseId((request.params as { inputId?: unknown }).inputId);
  const input = id == null ? undefined : await getInput(db, id);
  if (!input) throw notFound();
  const access = await programmeAccess(db, request.user, input.programmeId);
  // Inputs are read by those who triage them; to anyone else the page does not exist.
  if (!mayTriage(access)) throw notFound();
  const programme = await programmeRef(db, input.programmeId);
  if (!programme) throw notFound();
  return { input, programme };
}

/** The operators' triage: the programme's list of inputs, and one input with its status, note and answer. */
export async function triageRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/programmes/:slug/inputs', { config: { access: 'user' } }, async (request, reply) => {
    const { programme, ref, access } = await programmeContext(request);
    if (!mayTriage(access)) throw forbidden();
    const raw = (request.query as { status?: unknown }).status;
    const status = isStatus(raw) ? raw : null;
    const list = await loadTriageList(db, programme.id, status);
    return sendPage(reply, TriageListPage, { ctx: pageContext(request), programme: ref, status, ...list });
  });

  app.get('/inputs/:inputId', { config: { access: 'user' } }, async (request, reply) => {
    const { input, programme } = await inputContext(request);
    const raw = (request.query as { notice?: unknown }).notice;
    const notice = raw === 'saved' || raw === 'mailed' ? (raw as 'saved' | 'mailed') : undefined;
    const history = await loadHistory(db, input.id);
    return sendPage(reply, InputPage, { ctx: pageContext(request), programme, input, history, notice });
  });

  app.post('/inputs/:inputId', { config: { access: 'user' } }, async (request, reply) => {
    const { input, programme } = await inputContext(request);
    const parsed = parseInput(triageSchema, request.body);
    if (!parsed.ok) {
      const history = await loadHistory(db, input.id);
      const values = (request.body ?? {}) as FormValues;
      const props = { ctx: pageContext(request), programme, input, history, values };
      return sendPage(reply, InputPage, { ...props, errors: parsed.errors }, 400);
    }
    const { status, internalNote, answer } = parsed.data;
    const result = await triageInput(
      db,
      input.id,
      { status, internalNote: internalNote ?? '', answer },
      request.user!.id,
      app.config.baseUrl,
    );
    if (!result) throw notFound();
    return seeOther(reply, `/inputs/${input.id}?notice=${result.senderMailed ? 'mailed' : 'saved'}`);
  });
}
