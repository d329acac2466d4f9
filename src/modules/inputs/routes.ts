import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../platform/http/access';
import { limitPublicForm } from '../../platform/http/rate-limit';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseInput, type FieldErrors } from '../../platform/http/validation';
import type { FormValues } from '../../platform/views/form';
import { pageContext } from '../../platform/views/page-context';
import { inputMessages } from './messages';
import { loadMyInputs } from './page-data';
import { mayReadAnswers, maySend, mayTriage } from './permissions';
import { programmeContext, type ProgrammeContext } from './route-support';
import { listPublicInputs, MAX_INPUT_LENGTH, sendInput } from './service';
import { checkFormStart, honeypotFilled, signFormStart, STARTED_FIELD } from './spam-trap';
import { triageRoutes } from './triage-routes';
import { InputFormPage } from './views/input-form-page';
import { InputSentPage } from './views/input-sent-page';
import { MyInputsPage } from './views/my-inputs-page';
import { PublicInputsPage } from './views/public-inputs-page';

/** Sends from one address without a login, per ten minutes: a municipality's office shares one address. */
export const PUBLIC_INPUT_LIMIT = 10;

const inputSchema = z.object({
  title: fields.text(200),
  body: fields.text(MAX_INPUT_LENGTH),
  name: fields.optionalText(200),
  email: fields.optionalEmail(),
  showName: fields.checkbox(),
  consent: fields.checkbox(),
});

const formBody = (request: FastifyRequest) => (request.body ?? {}) as Record<string, unknown>;

/** The form again with what was typed, its errors or problem, and the start time to carry on with. */
function rerender(
  request: FastifyRequest,
  reply: FastifyReply,
  context: ProgrammeContext,
  page: { started: string; errors?: FieldErrors; problem?: string },
) {
  const props = {
    ctx: pageContext(request),
    programme: context.ref,
    values: formBody(request) as FormValues,
  };
  return sendPage(reply, InputFormPage, { ...props, ...page }, 400);
}

/** Input: the form (for anyone who may view the programme), the answered inputs, and "my inputs". */
export async function inputRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/programmes/:slug/inputs/new', { config: { access: 'public' } }, async (request, reply) => {
    const context = await programmeContext(request);
    if (!maySend(context.access)) throw notFound();
    const ctx = pageContext(request);
    if ((request.query as { sent?: string }).sent === '1')
      return sendPage(reply, InputSentPage, { ctx, programme: context.ref });
    const started = await signFormStart(db, context.programme.id);
    return sendPage(reply, InputFormPage, { ctx, programme: context.ref, started });
  });

  app.post('/programmes/:slug/inputs/new', { config: { access: 'public' } }, async (request, reply) => {
    const context = await programmeContext(request);
    if (!maySend(context.access)) throw notFound();
    const { programme } = context;
    const user = request.user;
    const body = formBody(request);
    const sent = `/programmes/${encodeURIComponent(programme.slug)}/inputs/new?sent=1`;
    let started = body[STARTED_FIELD];
    if (!user) {
      await limitPublicForm(request, 'input', PUBLIC_INPUT_LIMIT);
      // A robot is told what a person would be told, and nothing is stored (see spam-trap.ts).
      if (honeypotFilled(body)) return seeOther(reply, sent);
      const start = await checkFormStart(db, programme.id, started);
      if (start === 'forged' || start === 'tooFast') return seeOther(reply, sent);
      if (start === 'expired') {
        const problem = inputMessages(request.locale)['problem.expired'];
        return rerender(request, reply, context, { started: await signFormStart(db, programme.id), problem });
      }
    }
    // A person correcting an error keeps the form's first start time, so a quick fix is not a robot's.
    if (typeof started !== 'string') started = await signFormStart(db, programme.id);
    const parsed = parseInput(inputSchema, body);
    const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
    if (body.consent !== 'on') errors.consent = 'consent';
    if (!parsed.ok || Object.keys(errors).length > 0)
      return rerender(request, reply, context, { started: started as string, errors });
    const data = parsed.data;
    await sendInput(db, {
      programmeId: programme.id,
      title: data.title,
      body: data.body,
      sender: user
        ? { kind: 'member', userId: user.id, name: user.name, email: user.email }
        : { kind: 'public', userId: null, name: data.name, email: data.email },
      showName: data.showName,
      locale: request.locale,
    });
    return seeOther(reply, sent);
  });

  app.get('/programmes/:slug/inputs/public', { config: { access: 'public' } }, async (request, reply) => {
    const { programme, ref, access } = await programmeContext(request);
    if (!mayReadAnswers(access)) throw notFound();
    const inputs = await listPublicInputs(db, programme.id);
    const ctx = pageContext(request);
    return sendPage(reply, PublicInputsPage, { ctx, programme: ref, inputs, canTriage: mayTriage(access) });
  });

  app.get('/me/inputs', { config: { access: 'user' } }, async (request, reply) => {
    const inputs = await loadMyInputs(db, request.user!.id);
    return sendPage(reply, MyInputsPage, { ctx: pageContext(request), inputs });
  });

  await triageRoutes(app);
}
