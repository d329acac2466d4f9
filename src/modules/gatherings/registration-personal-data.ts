import type { PersonalDataHandler } from '../../platform/personal-data';
import * as q from './registration-queries';
import * as sq from './signup-queries';

/**
 * What registrations hold about a person: name, e-mail, organisation, answers (dietary and
 * accessibility needs) and session choices. Erasure blanks the identifying fields and deletes the
 * answers, but keeps each registration's status, so an event's counts and waitlist stay true.
 */
export const registrationPersonalData: PersonalDataHandler = {
  name: 'eventRegistrations',
  async export(db, who) {
    const rows = await q.registrationsOfPerson(db, who);
    const ids = rows.map((r) => r.id);
    const [answers, signups] = await Promise.all([q.answersOf(db, ids), sq.liveSignupsOfMany(db, ids)]);
    return rows.map((r) => ({
      eventId: r.event_id,
      event: JSON.parse(r.event_title) as unknown,
      name: r.name,
      email: r.email,
      organisation: r.organisation,
      status: r.status,
      registeredAt: r.created_at,
      confirmedAt: r.confirmed_at,
      cancelledAt: r.cancelled_at,
      answers: answers
        .filter((a) => a.registration_id === r.id)
        .map((a) => ({ questionId: a.question_id, answer: a.answer })),
      sessions: signups
        .filter((s) => s.registration_id === r.id)
        .map((s) => ({ agendaItemId: s.agenda_item_id, status: s.status })),
    }));
  },
  async erase(db, who) {
    const rows = await q.registrationsOfPerson(db, who);
    await q.anonymiseRegistrations(
      db,
      rows.map((r) => r.id),
    );
  },
};
