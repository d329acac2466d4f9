import { inTransaction } from '../../platform/db/database';
import { nowIso } from '../../platform/db/columns';
import type { PersonalDataHandler } from '../../platform/personal-data';
import { audit } from '../../platform/audit/audit';
import * as pq from './people-queries';

/** The name an erased person is shown under; the row stays so anonymous counts keep their shape. */
export const ERASED_NAME = 'Erased person';

/**
 * The network's part of "all data about me" and of erasure. Erasure removes everything that
 * identifies the person and keeps the row and its links to organisations with their roles: a role
 * ("project leader") describes a function, not the person, and anonymous counts such as "three
 * contacts in Volda" or a programme's participant contacts stay true. The erased person is no longer
 * listed or searchable.
 */
export const networkPersonalData: PersonalDataHandler = {
  name: 'network',
  async export(db, who) {
    if (who.personId === null) return null;
    const person = await pq.findPerson(db, who.personId);
    if (!person) return null;
    const organisations = await pq.listPersonOrganisations(db, who.personId);
    return { person, organisations };
  },
  async erase(db, who) {
    const personId = who.personId;
    if (personId === null) return;
    await inTransaction(db, async (tx) => {
      const person = await pq.findPerson(tx, personId);
      if (!person || person.erased_at) return;
      const now = nowIso();
      await pq.updatePerson(
        tx,
        personId,
        {
          name: ERASED_NAME,
          email: null,
          phone: null,
          title: null,
          sector: null,
          years_lived_band: null,
          age_band: null,
          attributes_consent_at: null,
          erased_at: now,
        },
        now,
      );
      // The caller (accounts) records who asked for the erasure; this entry records what the network did.
      await audit(tx, {
        actorUserId: null,
        action: 'person.erase',
        subjectType: 'person',
        subjectId: personId,
      });
    });
  },
};
