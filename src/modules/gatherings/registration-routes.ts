import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../platform/http/access';
import { secretUrlLog } from '../../platform/http/log-redaction';
import { limitPublicForm } from '../../platform/http/rate-limit';
import { seeOther, sendPage } from '../../platform/http/render';
import { fields, parseId, parseInput, type FieldErrors } from '../../platform/http/validation';
import { format, pickText } from '../../platform/i18n/index';
import type { FormValues } from '../../platform/views/form';
import { MessagePage } from '../../platform/views/message-page';
import { pageContext } from '../../platform/views/page-context';
import { eventAccess } from './permissions';
import { findEvent } from './queries';
import { setRegistrationMailBaseUrl } from './registration-mail';
import { registrationMessages } from './registration-messages';
import {
  eventOfConfirmToken,
  myRegistration,
  registrationPageData,
  sessionsPageData,
} from './registration-reads';
import { RegistrationError } from './registration-rules';
import { cancelRegistration, confirmRegistration, register } from './registration-service';
import { chooseSessionAs, leaveSessionAs } from './signup-service';
import { registrationErrorText } from './views/registration-parts';
import { RegistrationConfirmPage } from './views/registration-confirm-page';
import { RegistrationPage, type RegistrationNotice } from './views/registration-page';
import { SessionsPage } from './views/sessions-page';

const registerPath = '/events/:eventId/register';
// The link's token confirms a place: it must not end up in the request log.
const confirmLinkRoute = {
  config: { access: 'public' as const },
  ...secretUrlLog(['/registrations/confirm']),
};
const personSchema = (guest: boolean) =>
  z.object({
    name: fields.text(200),
    email: fields.email(),
    organisation: guest ? fields.text(200) : fields.optionalText(200),
  });
const pageQuery = z.object({
  notice: z.enum(['sent', 'cancelled', 'confirmed', 'waitlisted']).optional(),
  position: z.coerce.number().int().positive().optional(),
  chosen: z.string().optional(),
  left: z.string().optional(),
});

/** The event named in the URL, if this person may see it; 404 otherwise (existence stays private). */
async function visibleEvent(request: FastifyRequest) {
  const db = request.server.database.db;
  const id = parseId((request.params as Record<string, unknown>).eventId);
  const event = id === null ? undefined : await findEvent(db, id);
  if (!event || !(await eventAccess(db, request.user, event)).canView) throw notFound();
  return event;
}

type Event = Awaited<ReturnType<typeof visibleEvent>>;
const formBody = (request: FastifyRequest) => (request.body ?? {}) as Record<string, unknown>;
const query = (request: FastifyRequest) => {
  const parsed = pageQuery.safeParse(request.query);
  return parsed.success ? parsed.data : {};
};

async function showRegistration(
  request: FastifyRequest,
  reply: FastifyReply,
  event: Event,
  extra: { refusal?: string; errors?: FieldErrors; values?: FormValues; status?: number } = {},
) {
  const data = await registrationPageData(request.server.database.db, event, request.user?.id ?? null);
  const q = extra.status ? {} : query(request);
  const notice = (q as { notice?: RegistrationNotice }).notice ?? null;
  const props = {
    ctx: pageContext(request),
    data,
    notice,
    position: (q as { position?: number }).position,
    ...extra,
  };
  return sendPage(reply, RegistrationPage, props, extra.status ?? 200);
}

async function showSessions(
  request: FastifyRequest,
  reply: FastifyReply,
  event: Event,
  message: { color: 'success' | 'warning' | 'danger'; text: string } | null = null,
  status = 200,
) {
  const data = await sessionsPageData(request.server.database.db, event, request.user?.id ?? null);
  if (!message) {
    // After a choice: say what it gave, read from the page's own data.
    const q = query(request);
    const m = registrationMessages(request.locale);
    const chosen = data.slots.flatMap((s) => s.sessions).find((s) => String(s.id) === (q.chosen ?? q.left));
    if (chosen && q.chosen && chosen.mine) {
      const text = chosen.mine.status === 'confirmed' ? m.chosenConfirmed : m.chosenWaitlisted;
      message = {
        color: chosen.mine.status === 'confirmed' ? 'success' : 'warning',
        text: format(text, { title: pickText(chosen.title, request.locale) }),
      };
    } else if (chosen && q.left)
      message = { color: 'success', text: format(m.left, { title: pickText(chosen.title, request.locale) }) };
  }
  return sendPage(reply, SessionsPage, { ctx: pageContext(request), data, message }, status);
}

/** The answers to the event's questions from the form (`q_<id>`), and an error for each required one left empty. */
function readAnswers(body: Record<string, unknown>, questions: { id: number; required: boolean }[]) {
  const answers: Record<number, string> = {};
  const errors: FieldErrors = {};
  for (const question of questions) {
    const raw = body[`q_${question.id}`];
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (value.length > 2000) errors[`q_${question.id}`] = 'tooLong';
    else if (question.required && !value) errors[`q_${question.id}`] = 'required';
    else if (value) answers[question.id] = value;
  }
  return { answers, errors };
}

/** Registration for events, the e-mailed confirmation link, cancelling, and choosing parallel sessions. */
export async function registrationRoutes(app: FastifyInstance) {
  const db = app.database.db;
  setRegistrationMailBaseUrl(app.config.baseUrl);

  app.get(registerPath, { config: { access: 'public' } }, async (request, reply) =>
    showRegistration(request, reply, await visibleEvent(request)),
  );

  app.post(registerPath, { config: { access: 'public' } }, async (request, reply) => {
    const event = await visibleEvent(request);
    const user = request.user;
    if (!user) await limitPublicForm(request, 'event-registration', 20);
    const body = formBody(request);
    // Only a robot fills in the hidden field: it is told what a person would be told, and nothing is saved.
    if (typeof body.website === 'string' && body.website.trim() !== '')
      return seeOther(reply, `/events/${event.id}/register?notice=sent`);
    const parsed = parseInput(personSchema(!user), body);
    const data = await registrationPageData(db, event, user?.id ?? null);
    const { answers, errors } = readAnswers(body, data.questions);
    if (!parsed.ok || Object.keys(errors).length > 0)
      return showRegistration(request, reply, event, {
        errors: { ...(parsed.ok ? {} : parsed.errors), ...errors },
        values: body as FormValues,
        status: 400,
      });
    const input = parsed.data;
    // A logged-in person registering their own address is confirmed at once and the registration is
    // theirs; any other address (a colleague's) must be confirmed from its mailbox and belongs to no
    // login, so the person's own registration later does not take its place.
    const own = !!user && input.email.trim().toLowerCase() === user.email.trim().toLowerCase();
    const confirmed = own;
    try {
      await register(db, {
        eventId: event.id,
        userId: own ? user.id : null,
        personId: own ? user.personId : null,
        name: input.name,
        email: input.email,
        organisation: input.organisation ?? '',
        answers,
        confirmed,
      });
    } catch (error) {
      if (!(error instanceof RegistrationError)) throw error;
      const refusal = registrationErrorText(error, request.locale);
      return showRegistration(request, reply, event, {
        refusal,
        values: body as FormValues,
        status: error.status,
      });
    }
    return seeOther(
      reply,
      confirmed ? `/events/${event.id}/register` : `/events/${event.id}/register?notice=sent`,
    );
  });

  app.post('/events/:eventId/registration/cancel', { config: { access: 'user' } }, async (request, reply) => {
    const event = await visibleEvent(request);
    const mine = await myRegistration(db, event.id, request.user!.id);
    try {
      if (!mine) throw new RegistrationError('notRegistered', 404);
      await cancelRegistration(db, mine.id, request.user!.id);
    } catch (error) {
      if (!(error instanceof RegistrationError)) throw error;
      const refusal = registrationErrorText(error, request.locale);
      return showRegistration(request, reply, event, { refusal, status: error.status });
    }
    return seeOther(reply, `/events/${event.id}/register?notice=cancelled`);
  });

  app.get('/registrations/confirm/:token', confirmLinkRoute, async (request, reply) => {
    const { token } = request.params as { token: string };
    const event = await eventOfConfirmToken(db, token);
    const ctx = pageContext(request);
    if (!event) return invalidLink(request, reply);
    return sendPage(reply, RegistrationConfirmPage, { ctx, event, token });
  });

  app.post('/registrations/confirm/:token', confirmLinkRoute, async (request, reply) => {
    const { token } = request.params as { token: string };
    await limitPublicForm(request, 'registration-confirm', 30);
    try {
      const result = await confirmRegistration(db, token);
      const position = result.waitlistPosition;
      return seeOther(
        reply,
        `/events/${result.eventId}/register?notice=${result.status}${position ? `&position=${position}` : ''}`,
      );
    } catch (error) {
      if (!(error instanceof RegistrationError)) throw error;
      return invalidLink(request, reply);
    }
  });

  app.get('/events/:eventId/sessions', { config: { access: 'public' } }, async (request, reply) =>
    showSessions(request, reply, await visibleEvent(request)),
  );

  for (const action of ['choose', 'leave'] as const) {
    app.post(
      `/events/:eventId/sessions/:itemId/${action}`,
      { config: { access: 'user' } },
      async (request, reply) => {
        const event = await visibleEvent(request);
        const itemId = parseId((request.params as Record<string, unknown>).itemId);
        if (itemId === null) throw notFound();
        // The service finds and locks the person's registration itself, in its transaction.
        try {
          if (action === 'choose') await chooseSessionAs(db, event.id, request.user!.id, itemId);
          else await leaveSessionAs(db, event.id, request.user!.id, itemId);
        } catch (error) {
          if (!(error instanceof RegistrationError)) throw error;
          if (error.status === 404) throw notFound();
          const text = registrationErrorText(error, request.locale);
          return showSessions(request, reply, event, { color: 'danger', text }, error.status);
        }
        return seeOther(
          reply,
          `/events/${event.id}/sessions?${action === 'choose' ? 'chosen' : 'left'}=${itemId}`,
        );
      },
    );
  }
}

function invalidLink(request: FastifyRequest, reply: FastifyReply) {
  const m = registrationMessages(request.locale);
  return sendPage(
    reply,
    MessagePage,
    { ctx: pageContext(request), title: m.confirmTitle, body: m['err.invalidToken'] },
    404,
  );
}
