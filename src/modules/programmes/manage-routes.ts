import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../../platform/http/access';
import { seeOther, sendPage } from '../../platform/http/render';
import { parseInput, type FieldErrors } from '../../platform/http/validation';
import { format } from '../../platform/i18n/index';
import { pageContext } from '../../platform/views/page-context';
import { advisorRemovalSchema, contactRemovalSchema, parseTextForm } from './inputs';
import {
  deletePhase,
  deleteStep,
  participantFollowUp,
  phaseFollowUp,
  removeAdvisor,
  removeContact,
  removeParticipant,
  renamePhase,
  renameStep,
  stepFollowUp,
  type FollowUpCount,
} from './manage-service';
import { messages } from './messages';
import type { Programme } from './model';
import { getProgrammeStructure, listParticipants } from './reads';
import { attempt, formValues, idParam, slugParam, visibleProgramme } from './route-support';
import { localText } from './views/parts';
import { ConfirmDeletePage } from './views/confirm-delete-page';
import { EditTextsPage } from './views/edit-texts-page';

const operator = { config: { access: 'operator' as const } };

/** The programme in the URL, for someone who may manage it: 404 when unknown, 403 when not theirs. */
async function managedProgramme(request: FastifyRequest): Promise<Programme> {
  const { programme, access } = await visibleProgramme(request, slugParam(request));
  if (!access.canManage) throw forbidden();
  return programme;
}

/** The confirm page's tick box: the operator accepts that the recorded follow-up is deleted too. */
const acceptsLoss = (request: FastifyRequest) =>
  (request.body as { delete_follow_up?: unknown } | undefined)?.delete_follow_up === 'yes';

const pagePath = (programme: Programme, anchor: string) =>
  `/programmes/${encodeURIComponent(programme.slug)}#${anchor}`;

/** The operators' corrections: edit and delete phases and steps; remove participants, contacts, advisors. */
export async function manageRoutes(app: FastifyInstance) {
  const db = app.database.db;

  /** The phase or step named by `:id` within the URL's programme; 404 when it is not there. */
  async function partOf(request: FastifyRequest, kind: 'phase' | 'step') {
    const programme = await managedProgramme(request);
    const id = idParam(request);
    const phases = await getProgrammeStructure(db, programme.id);
    if (kind === 'phase') {
      const phase = phases.find((p) => p.id === id);
      if (!phase) throw notFound();
      return { programme, part: phase, stepCount: phase.steps.length, phaseId: phase.id };
    }
    const step = phases.flatMap((p) => p.steps).find((s) => s.id === id);
    if (!step) throw notFound();
    return { programme, part: step, stepCount: 1, phaseId: step.phaseId };
  }

  async function participantOf(request: FastifyRequest) {
    const programme = await managedProgramme(request);
    const id = idParam(request, 'participantId');
    const participant = (await listParticipants(db, programme.id)).find((p) => p.id === id);
    if (!participant) throw notFound();
    return { programme, participant };
  }

  for (const kind of ['phase', 'step'] as const) {
    const path = `/programmes/:slug/${kind}s/:id`;
    const anchor = (id: number) => `${kind}-${id}`;
    const rename = kind === 'phase' ? renamePhase : renameStep;
    const remove = kind === 'phase' ? deletePhase : deleteStep;
    const followUp = kind === 'phase' ? phaseFollowUp : stepFollowUp;

    const showEdit = async (
      request: FastifyRequest,
      reply: FastifyReply,
      errors?: FieldErrors,
    ): Promise<FastifyReply> => {
      const { programme, part } = await partOf(request, kind);
      const props = {
        ctx: pageContext(request),
        programme,
        kind,
        defaults: { title: part.title, description: part.description },
        action: `/programmes/${encodeURIComponent(programme.slug)}/${kind}s/${part.id}/edit`,
        cancelHref: pagePath(programme, anchor(part.id)),
        errors,
        values: errors ? formValues(request) : undefined,
      };
      return sendPage(reply, EditTextsPage, props, errors ? 400 : 200);
    };

    app.get(`${path}/edit`, operator, (request, reply) => showEdit(request, reply));

    app.post(`${path}/edit`, operator, async (request, reply) => {
      const { programme, part } = await partOf(request, kind);
      const parsed = parseTextForm(request.body, request.locale, `${kind}_`);
      if (!parsed.ok) return showEdit(request, reply, parsed.errors);
      const done = await attempt(() => rename(db, programme.id, part.id, parsed.data, request.user!.id));
      if (!done.ok) {
        if (done.error.code === 'notFound') throw notFound();
        return showEdit(request, reply, { [`${kind}_title_${request.locale}`]: 'required' });
      }
      return seeOther(reply, pagePath(programme, anchor(part.id)));
    });

    const showDelete = async (
      request: FastifyRequest,
      reply: FastifyReply,
      problem?: string,
    ): Promise<FastifyReply> => {
      const { programme, part, stepCount } = await partOf(request, kind);
      const count = await followUp(db, part.id);
      if (!count) throw notFound();
      const m = messages(request.locale);
      const name = localText(part.title, request.locale).value;
      return confirmPage(request, reply, programme, count, problem, {
        heading: format(kind === 'phase' ? m.deletePhaseTitle : m.deleteStepTitle, { name }),
        intro:
          kind === 'phase' ? format(m.deletePhaseIntro, { n: stepCount }, request.locale) : m.deleteStepIntro,
        action: `/programmes/${encodeURIComponent(programme.slug)}/${kind}s/${part.id}/delete`,
        cancelHref: pagePath(programme, anchor(part.id)),
        submitLabel: kind === 'phase' ? m.deletePhase : m.deleteStep,
      });
    };

    app.get(`${path}/delete`, operator, (request, reply) => showDelete(request, reply));

    app.post(`${path}/delete`, operator, async (request, reply) => {
      const { programme, part, phaseId } = await partOf(request, kind);
      const withFollowUp = acceptsLoss(request);
      const done = await attempt(() => remove(db, programme.id, part.id, request.user!.id, { withFollowUp }));
      if (!done.ok) {
        if (done.error.code !== 'hasFollowUp') throw notFound();
        return showDelete(request, reply, messages(request.locale)['problem.hasFollowUp']);
      }
      return seeOther(reply, pagePath(programme, kind === 'step' ? `phase-${phaseId}` : 'phases'));
    });
  }

  const participantPath = '/programmes/:slug/participants/:participantId';

  const showRemove = async (request: FastifyRequest, reply: FastifyReply, problem?: string) => {
    const { programme, participant } = await participantOf(request);
    const count = await participantFollowUp(db, participant.id);
    if (!count) throw notFound();
    const m = messages(request.locale);
    const name = participant.organisation?.name ?? '';
    return confirmPage(request, reply, programme, count, problem, {
      heading: format(m.removeParticipantTitle, { name }),
      intro: format(m.removeParticipantIntro, { name }),
      action: `/programmes/${encodeURIComponent(programme.slug)}/participants/${participant.id}/remove`,
      cancelHref: pagePath(programme, `participant-${participant.id}`),
      submitLabel: m.removeParticipant,
    });
  };

  app.get(`${participantPath}/remove`, operator, (request, reply) => showRemove(request, reply));

  app.post(`${participantPath}/remove`, operator, async (request, reply) => {
    const { programme, participant } = await participantOf(request);
    const withFollowUp = acceptsLoss(request);
    const done = await attempt(() =>
      removeParticipant(db, programme.id, participant.id, request.user!.id, { withFollowUp }),
    );
    if (!done.ok) {
      if (done.error.code !== 'hasFollowUp') throw notFound();
      return showRemove(request, reply, messages(request.locale)['problem.hasFollowUp']);
    }
    return seeOther(reply, pagePath(programme, 'participants'));
  });

  // A contact or an advisor is light to add again, so one press removes it; an id that names
  // nothing in this programme (or no id at all) is a 404 like any unknown address.
  app.post(`${participantPath}/contacts/remove`, operator, async (request, reply) => {
    const { programme, participant } = await participantOf(request);
    const parsed = parseInput(contactRemovalSchema, request.body);
    if (!parsed.ok) throw notFound();
    const { person_id: personId, role } = parsed.data;
    const done = await attempt(() =>
      removeContact(db, programme.id, participant.id, personId, role, request.user!.id),
    );
    if (!done.ok) throw notFound();
    return seeOther(reply, pagePath(programme, `participant-${participant.id}`));
  });

  app.post('/programmes/:slug/advisors/remove', operator, async (request, reply) => {
    const programme = await managedProgramme(request);
    const parsed = parseInput(advisorRemovalSchema, request.body);
    if (!parsed.ok) throw notFound();
    const done = await attempt(() =>
      removeAdvisor(db, programme.id, parsed.data.advisor_id, request.user!.id),
    );
    if (!done.ok) throw notFound();
    return seeOther(reply, pagePath(programme, 'advisors'));
  });
}

function confirmPage(
  request: FastifyRequest,
  reply: FastifyReply,
  programme: Programme,
  count: FollowUpCount,
  problem: string | undefined,
  texts: { heading: string; intro: string; action: string; cancelHref: string; submitLabel: string },
) {
  const props = { ctx: pageContext(request), programme, count, problem, ...texts };
  return sendPage(reply, ConfirmDeletePage, props, problem ? 409 : 200);
}
