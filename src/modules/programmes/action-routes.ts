import type { FastifyInstance } from 'fastify';
import { forbidden, notFound } from '../../platform/http/access';
import { seeOther } from '../../platform/http/render';
import { parseInput } from '../../platform/http/validation';
import { getOrganisation } from '../network/index';
import { addAdvisorPerson, addContactPerson, nominateCandidate } from './candidate-service';
import {
  advisorSchema,
  contactSchema,
  decisionSchema,
  moveSchema,
  nominationSchema,
  parseForm,
  parsePhaseForm,
  parseStepForm,
  participantSchema,
} from './inputs';
import { attempt, explain, idParam, rerenderProgramme, slugParam, visibleProgramme } from './route-support';
import { addPhase, addStep, movePhase, moveStep } from './service';
import { decideNomination, proposeNominee } from './nomination-service';
import { addParticipant } from './team-service';

const operator = { config: { access: 'operator' as const } };

/** The forms on the programme page: each posts here and comes back to the page (303) or shows its errors. */
export async function programmeActionRoutes(app: FastifyInstance) {
  const db = app.database.db;
  const page = (slug: string, anchor: string) => `/programmes/${slug}#${anchor}`;

  app.post('/programmes/:slug/phases', operator, async (request, reply) => {
    const slug = slugParam(request);
    const { programme } = await visibleProgramme(request, slug);
    const parsed = parsePhaseForm(request.body, request.locale);
    if (!parsed.ok)
      return rerenderProgramme(request, reply, slug, 'phase', { errors: parsed.errors, status: 400 });
    const id = await addPhase(db, programme.id, parsed.data, request.user!.id);
    return seeOther(reply, page(slug, `phase-${id}`));
  });

  app.post('/programmes/:slug/steps', operator, async (request, reply) => {
    const slug = slugParam(request);
    const { programme } = await visibleProgramme(request, slug);
    const parsed = parseStepForm(request.body, request.locale);
    if (!parsed.ok)
      return rerenderProgramme(request, reply, slug, 'step', { errors: parsed.errors, status: 400 });
    const added = await attempt(() =>
      addStep(db, programme.id, parsed.data.phaseId, parsed.data, request.user!.id),
    );
    if (!added.ok) {
      const result = explain(request, added.error, { phase_id: 'step_phase_id' });
      return rerenderProgramme(request, reply, slug, 'step', result);
    }
    return seeOther(reply, page(slug, `step-${added.value}`));
  });

  app.post('/programmes/:slug/phases/:id/move', operator, async (request, reply) => {
    const slug = slugParam(request);
    const { programme } = await visibleProgramme(request, slug);
    const phaseId = idParam(request);
    const parsed = parseInput(moveSchema, request.body);
    if (!parsed.ok) return rerenderProgramme(request, reply, slug, 'phase', { status: 400 });
    const moved = await attempt(() =>
      movePhase(db, programme.id, phaseId, parsed.data.direction, request.user!.id),
    );
    if (!moved.ok) throw notFound();
    return seeOther(reply, page(slug, `phase-${phaseId}`));
  });

  app.post('/programmes/:slug/steps/:id/move', operator, async (request, reply) => {
    const slug = slugParam(request);
    const { programme } = await visibleProgramme(request, slug);
    const stepId = idParam(request);
    const parsed = parseInput(moveSchema, request.body);
    if (!parsed.ok) return rerenderProgramme(request, reply, slug, 'step', { status: 400 });
    const moved = await attempt(() =>
      moveStep(db, programme.id, stepId, parsed.data.direction, request.user!.id),
    );
    if (!moved.ok) throw notFound();
    return seeOther(reply, page(slug, `step-${stepId}`));
  });

  app.post('/programmes/:slug/participants', operator, async (request, reply) => {
    const slug = slugParam(request);
    const { programme } = await visibleProgramme(request, slug);
    const parsed = parseForm(participantSchema, request.body);
    if (!parsed.ok)
      return rerenderProgramme(request, reply, slug, 'participant', { errors: parsed.errors, status: 400 });
    const organisationId = parsed.data.organisation_id;
    const added = await attempt(() => addParticipant(db, programme.id, organisationId, request.user!.id));
    if (!added.ok) {
      const name = (await getOrganisation(db, organisationId))?.name ?? '';
      const result = explain(request, added.error, {}, { name });
      return rerenderProgramme(request, reply, slug, 'participant', result);
    }
    return seeOther(reply, page(slug, `participant-${added.value}`));
  });

  app.post('/programmes/:slug/contacts', operator, async (request, reply) => {
    const slug = slugParam(request);
    const { programme } = await visibleProgramme(request, slug);
    const parsed = parseForm(contactSchema, request.body);
    if (!parsed.ok)
      return rerenderProgramme(request, reply, slug, 'contact', { errors: parsed.errors, status: 400 });
    const d = parsed.data;
    const person = { name: d.contact_name, email: d.contact_email, title: d.contact_title };
    const added = await attempt(() =>
      addContactPerson(db, programme.id, d.contact_participant_id, person, d.contact_role, request.user!.id),
    );
    if (!added.ok) {
      const fields = { participant_id: 'contact_participant_id', person_id: 'contact_name' };
      return rerenderProgramme(request, reply, slug, 'contact', explain(request, added.error, fields));
    }
    return seeOther(reply, page(slug, `participant-${d.contact_participant_id}`));
  });

  app.post('/programmes/:slug/advisors', operator, async (request, reply) => {
    const slug = slugParam(request);
    const { programme } = await visibleProgramme(request, slug);
    const parsed = parseForm(advisorSchema, request.body);
    if (!parsed.ok)
      return rerenderProgramme(request, reply, slug, 'advisor', { errors: parsed.errors, status: 400 });
    const d = parsed.data;
    const input = {
      name: d.advisor_name,
      email: d.advisor_email,
      title: d.advisor_title,
      organisationId: d.advisor_organisation_id,
      participantId: d.advisor_participant_id,
    };
    const added = await attempt(() => addAdvisorPerson(db, programme.id, input, request.user!.id));
    if (!added.ok) {
      return rerenderProgramme(
        request,
        reply,
        slug,
        'advisor',
        explain(request, added.error, { person_id: 'advisor_name' }),
      );
    }
    return seeOther(reply, page(slug, 'advisors'));
  });

  // Participant members nominate for their own participants; operators for any, or for none.
  app.post('/programmes/:slug/nominations', { config: { access: 'user' } }, async (request, reply) => {
    const slug = slugParam(request);
    const { programme, access } = await visibleProgramme(request, slug);
    if (!access.canManage && access.participantIds.length === 0) throw forbidden();
    const parsed = parseForm(nominationSchema, request.body);
    if (!parsed.ok)
      return rerenderProgramme(request, reply, slug, 'nomination', { errors: parsed.errors, status: 400 });
    const d = parsed.data;
    const nominee = {
      name: d.nominee_name,
      email: d.nominee_email,
      title: d.nominee_title,
      organisation: d.nominee_organisation,
    };
    const base = { programmeId: programme.id, motivation: d.motivation };
    // An operator names a registry person (found by e-mail or created); a member's nominee is kept
    // as typed until an operator accepts it, so nothing in the register is looked up for them.
    let nominate: () => Promise<number>;
    if (access.canManage) {
      const input = { ...base, participantId: d.nomination_participant_id, person: nominee };
      nominate = () => nominateCandidate(db, input, request.user!.id);
    } else {
      const own = access.participantIds;
      const participantId = d.nomination_participant_id ?? (own.length === 1 ? own[0]! : null);
      if (participantId == null || !own.includes(participantId)) {
        return rerenderProgramme(request, reply, slug, 'nomination', {
          errors: { nomination_participant_id: 'choice' },
          status: 400,
        });
      }
      nominate = () => proposeNominee(db, { ...base, participantId, nominee }, request.user!.id);
    }
    const nominated = await attempt(nominate);
    if (!nominated.ok) {
      const fields = { person_id: 'nominee_name', participant_id: 'nomination_participant_id' };
      return rerenderProgramme(request, reply, slug, 'nomination', explain(request, nominated.error, fields));
    }
    return seeOther(reply, page(slug, `nomination-${nominated.value}`));
  });

  app.post('/programmes/:slug/nominations/:id/decision', operator, async (request, reply) => {
    const slug = slugParam(request);
    const { programme } = await visibleProgramme(request, slug);
    const nominationId = idParam(request);
    const parsed = parseInput(decisionSchema, request.body);
    if (!parsed.ok) return rerenderProgramme(request, reply, slug, 'decision', { status: 400 });
    const decided = await attempt(() =>
      decideNomination(db, programme.id, nominationId, parsed.data.decision, request.user!.id),
    );
    if (!decided.ok) {
      if (decided.error.code === 'notFound') throw notFound();
      return rerenderProgramme(request, reply, slug, 'decision', explain(request, decided.error, {}));
    }
    return seeOther(reply, page(slug, 'reference-group'));
  });
}
