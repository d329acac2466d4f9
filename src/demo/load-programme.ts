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
import type { DemoParticipant, DemoProgramme } from './data/index';
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
        await addStep(db, phaseId, { title: step.title, description: step.description }, centre),
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
      },
      n.participant
        ? memberUser(
            p.participants.find((x) => x.organisation === n.participant),
            ids,
          )
        : null,
    );
    if (n.decision) await decideNomination(db, nominationId, n.decision, centre);
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

async function loadFollowUp(
  db: Executor,
  participant: DemoParticipant,
  participantId: number,
  stepId: (key: string) => number,
  ids: DemoIds,
  feedbackBy: number,
) {
  const member = memberUser(participant, ids);
  for (const u of participant.updates) {
    await setStepStatus(
      db,
      { participantId, stepId: stepId(u.step), status: u.status, note: u.note ?? null, noteDate: u.date },
      // A participant with a login keeps its own log; the others were recorded by the centre.
      member ?? feedbackBy,
    );
  }
  for (const f of participant.feedback) {
    const feedbackId = await giveFeedback(
      db,
      { participantId, stepId: stepId(f.step), body: f.body, fromCentre: true },
      feedbackBy,
    );
    for (const reply of f.replies ?? []) {
      await giveFeedback(
        db,
        { participantId, stepId: stepId(f.step), body: reply, fromCentre: false, replyToId: feedbackId },
        member,
      );
    }
  }
  for (const a of participant.plan) {
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
      },
      member ?? feedbackBy,
    );
  }
  if (participant.outcome) await setOutcome(db, participantId, participant.outcome, feedbackBy);
}
