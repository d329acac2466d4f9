import {
  addAdvisor,
  addContact,
  addParticipant,
  addPhase,
  addPlanActivity,
  addStep,
  createProgramme,
  decideNomination,
  giveFeedback,
  nominateToReferenceGroup,
  setOutcome,
  setStepStatus,
} from '../modules/programmes/index';
import type { Executor } from '../platform/db/database';
import type { DemoParticipant, DemoPlanActivity, DemoProgramme } from './data/index';
import { daysBefore, hours, on } from './dates';
import type { DemoIds } from './keys';

/** Creates one programme with its phases, steps, participants, team, reference group and follow-up. */
export async function loadProgramme(db: Executor, p: DemoProgramme, ids: DemoIds): Promise<number> {
  const centre = ids.user(p.centreAccount);
  const programmeId = await createProgramme(
    db,
    {
      slug: p.slug,
      title: p.title,
      description: p.description,
      ownerOrganisationId: ids.organisation(p.owner),
      startsOn: p.startsOn ?? null,
      endsOn: p.endsOn ?? null,
      visibility: p.visibility,
    },
    centre,
  );

  const steps = new Map<string, number>();
  for (const phase of p.phases) {
    const phaseId = await addPhase(
      db,
      programmeId,
      { title: phase.title, description: phase.description },
      centre,
    );
    for (const step of phase.steps) {
      if (steps.has(step.key)) throw new Error(`Demo programme ${p.slug} has two steps keyed "${step.key}"`);
      steps.set(
        step.key,
        await addStep(db, programmeId, phaseId, { title: step.title, description: step.description }, centre),
      );
    }
  }
  const stepId = (key: string) => {
    const id = steps.get(key);
    if (id === undefined) throw new Error(`Demo programme ${p.slug} has no step "${key}"`);
    return id;
  };

  const participants = new Map<string, number>();
  for (const participant of p.participants) {
    const organisationId = ids.organisation(participant.organisation);
    const participantId = await addParticipant(
      db,
      programmeId,
      organisationId,
      centre,
      participant.joinedOn ?? null,
    );
    participants.set(participant.organisation, participantId);
    for (const c of participant.contacts)
      await addContact(db, participantId, ids.person(c.person), c.role, centre);
  }
  const participantId = (organisationKey: string) => {
    const id = participants.get(organisationKey);
    if (id === undefined) throw new Error(`Demo programme ${p.slug} has no participant "${organisationKey}"`);
    return id;
  };

  for (const a of p.advisors) {
    await addAdvisor(
      db,
      programmeId,
      {
        personId: ids.person(a.person),
        organisationId: a.organisation ? ids.organisation(a.organisation) : null,
        participantId: a.participant ? participantId(a.participant) : null,
      },
      centre,
    );
  }

  for (const participant of p.participants) {
    const feedbackBy = participant.feedbackBy ? ids.user(participant.feedbackBy) : centre;
    await loadFollowUp(db, participant, participantId(participant.organisation), stepId, ids, feedbackBy);
  }

  for (const n of p.nominations) {
    const nominatorId = n.participant ? participantId(n.participant) : null;
    const nominationId = await nominateToReferenceGroup(
      db,
      {
        programmeId,
        personId: ids.person(n.person),
        participantId: nominatorId,
        motivation: n.motivation ?? null,
        at: on(n.date, hours.nomination),
      },
      n.participant
        ? memberUser(
            p.participants.find((x) => x.organisation === n.participant),
            ids,
          )
        : null,
    );
    if (n.decision) {
      const at = on(n.decidedOn ?? n.date, hours.nomination, 30);
      await decideNomination(db, programmeId, nominationId, n.decision, centre, { at });
    }
  }
  return programmeId;
}

/** The login of one of the participant's contacts, if any has one: they write the participant's answers. */
function memberUser(participant: DemoParticipant | undefined, ids: DemoIds): number | null {
  for (const c of participant?.contacts ?? []) {
    const id = ids.usersByPerson.get(c.person);
    if (id !== undefined) return id;
  }
  return null;
}

/** When an activity went into the plan: as given, else two weeks before it starts. */
function recordedOn(a: DemoPlanActivity, participant: DemoParticipant): string {
  const date = a.recordedOn ?? (a.startsOn ? daysBefore(a.startsOn, 14) : participant.updates[0]?.date);
  if (!date) throw new Error(`Demo activity "${a.title}" needs startsOn or recordedOn`);
  return date;
}

/**
 * Writes the participant's history at its own dates. The centre's feedback is not mailed: the
 * contacts' addresses are fictional, and a demo started with SMTP_URL set must send nothing.
 */
async function loadFollowUp(
  db: Executor,
  participant: DemoParticipant,
  participantId: number,
  stepId: (key: string) => number,
  ids: DemoIds,
  feedbackBy: number,
) {
  const member = memberUser(participant, ids);
  for (const [i, u] of participant.updates.entries()) {
    const input = { participantId, stepId: stepId(u.step), status: u.status, note: u.note ?? null };
    // Statuses are set by the centre (its advisor or operator), as in the app, where a participant
    // member may keep notes and answer but never change a status.
    await setStepStatus(db, { ...input, noteDate: u.date, at: on(u.date, hours.status, i) }, feedbackBy);
  }
  for (const [i, f] of participant.feedback.entries()) {
    const target = { participantId, stepId: stepId(f.step) };
    const feedbackId = await giveFeedback(
      db,
      { ...target, body: f.body, fromCentre: true, at: on(f.date, hours.feedback, i) },
      feedbackBy,
      { sendMail: false },
    );
    for (const [j, reply] of (f.replies ?? []).entries()) {
      const at = on(reply.date, hours.answer, i + j);
      await giveFeedback(
        db,
        { ...target, body: reply.body, fromCentre: false, replyToId: feedbackId, at },
        member,
      );
    }
  }
  for (const [i, a] of participant.plan.entries()) {
    await addPlanActivity(
      db,
      participantId,
      {
        title: a.title,
        startsOn: a.startsOn ?? null,
        endsOn: a.endsOn ?? null,
        responsible: a.responsible ?? null,
        stakeholderGroups: a.stakeholderGroups,
        planningLink: a.planningLink ?? null,
        at: on(recordedOn(a, participant), hours.plan, i),
      },
      member ?? feedbackBy,
    );
  }
  const outcome = participant.outcome;
  if (outcome) {
    const { result, reasons } = outcome;
    await setOutcome(db, participantId, { result, reasons, at: on(outcome.date, hours.outcome) }, feedbackBy);
  }
}
