import type { PersonalDataHandler } from '../../platform/personal-data';
import * as cq from './case-queries';
import * as hq from './homework-queries';

/**
 * What the cases module holds about a login: the case log entries they wrote and the hand-ins they
 * last handed in. Erasure keeps those texts and files — a case and its hand-ins belong to the
 * participant's organisation, which goes on working with them — but no longer ties them to the person.
 */
export const casePersonalData: PersonalDataHandler = {
  name: 'cases',
  async export(db, who) {
    if (who.userId == null) return null;
    const [entries, handIns] = await Promise.all([
      cq.listLogByAuthor(db, who.userId),
      hq.listSubmissionsBy(db, who.userId),
    ]);
    return {
      caseLog: entries.map((e) => ({
        caseId: e.case_id,
        eventId: e.event_id,
        body: e.body,
        createdAt: e.created_at,
      })),
      handIns: handIns.map((s) => ({
        homeworkId: s.homework_id,
        caseId: s.case_id,
        body: s.body,
        submittedAt: s.submitted_at,
        updatedAt: s.updated_at,
      })),
    };
  },
  async erase(db, who) {
    if (who.userId == null) return;
    await cq.unlinkLogAuthor(db, who.userId);
    await hq.unlinkSubmitter(db, who.userId);
  },
};
