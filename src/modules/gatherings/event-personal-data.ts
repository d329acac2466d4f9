import type { PersonalDataHandler } from '../../platform/personal-data';
import { parseLocalized } from '../../platform/i18n/index';
import * as q from './event-queries';

/**
 * A registered person named as a speaker on an agenda. Names typed without a link to a person
 * cannot be told apart from namesakes, so only linked rows are exported and erased.
 */
export const eventPersonalData: PersonalDataHandler = {
  name: 'gatherings.speakers',
  async export(db, who) {
    if (who.personId == null) return [];
    return (await q.speakerRowsOfPerson(db, who.personId)).map((r) => ({
      eventId: r.event_id,
      agendaItemId: r.agenda_item_id,
      title: parseLocalized(r.title),
      name: r.name,
      organisation: r.organisation,
    }));
  },
  async erase(db, who) {
    // The agenda item stays; only the speaker line naming the person goes.
    if (who.personId != null) await q.deleteSpeakersOfPerson(db, who.personId);
  },
};
