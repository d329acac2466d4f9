import type { PersonalDataHandler } from '../../platform/personal-data';
import * as tq from './team-queries';

/**
 * The reference group nominations of a person: what was nominated and decided, and what the
 * nominating participant typed about them (kept on the nomination since migration 20261124-05).
 * Erasure forgets the typed details; the nomination stays, with the erased person.
 */
export const nominationPersonalData: PersonalDataHandler = {
  name: 'referenceGroup',
  async export(db, who) {
    if (who.personId == null) return null;
    return (await tq.listNominationsOfPerson(db, who.personId)).map((n) => ({
      programmeId: n.programme_id,
      status: n.status,
      motivation: n.motivation,
      nominatedAs:
        n.nominee_name != null
          ? {
              name: n.nominee_name,
              email: n.nominee_email,
              title: n.nominee_title,
              organisation: n.nominee_organisation,
            }
          : null,
      createdAt: n.created_at,
      decidedAt: n.decided_at,
    }));
  },
  async erase(db, who) {
    if (who.personId != null) await tq.clearNomineeDetails(db, who.personId);
  },
};
