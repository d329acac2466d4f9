import type { PersonalDataHandler } from '../../platform/personal-data';
import * as fq from './follow-up-queries';

/**
 * What the follow-up holds about a login: the notes, feedback and outcomes they wrote, the statuses
 * they set, their overview visits. Erasure keeps the texts and statuses, which are the participant's
 * record of the programme, but no longer ties them to the person.
 */
export const followUpPersonalData: PersonalDataHandler = {
  name: 'programmeFollowUp',
  async export(db, who) {
    if (who.userId == null) return null;
    const rows = await fq.listAuthoredBy(db, who.userId);
    return {
      notes: rows.notes.map((n) => ({
        participantId: n.participant_id,
        stepId: n.step_id,
        date: n.note_date,
        body: n.body,
        createdAt: n.created_at,
      })),
      feedback: rows.feedback.map((f) => ({
        participantId: f.participant_id,
        stepId: f.step_id,
        fromCentre: f.from_centre === 1,
        body: f.body,
        createdAt: f.created_at,
      })),
      outcomes: rows.outcomes.map((o) => ({
        participantId: o.participant_id,
        result: o.result,
        reasons: o.reasons,
        decidedAt: o.decided_at,
      })),
      statusesSet: rows.progress.map((p) => ({
        participantId: p.participant_id,
        stepId: p.step_id,
        status: p.status,
        updatedAt: p.updated_at,
      })),
      overviewVisits: rows.visits.map((v) => ({ programmeId: v.programme_id, visitedAt: v.visited_at })),
    };
  },
  async erase(db, who) {
    if (who.userId != null) await fq.unlinkAuthor(db, who.userId);
  },
};
