import { nowIso } from '../../platform/db/columns';
import type { PersonalDataHandler } from '../../platform/personal-data';
import * as q from './queries';

/**
 * What the inputs module holds about a login: the inputs they sent while logged in (with the name
 * and e-mail stored with them) and the status changes they made as an operator. Erasure keeps
 * the inputs — they were sent to the programme, and an answer may be published — but without the
 * sender's name, e-mail or account; the triage history keeps its moves without the person.
 * Inputs sent without a login are tied to no account, so they are not reached here.
 */
export const inputPersonalData: PersonalDataHandler = {
  name: 'inputs',
  async export(db, who) {
    if (who.userId == null) return null;
    const [sent, changes] = await Promise.all([
      q.listBySender(db, who.userId),
      q.listChangesBy(db, who.userId),
    ]);
    return {
      sent: sent.map((r) => ({
        programmeId: r.programme_id,
        title: r.title,
        body: r.body,
        name: r.sender_name,
        email: r.sender_email,
        showName: r.show_name === 1,
        status: r.status,
        answer: r.answer,
        sentAt: r.created_at,
      })),
      statusChanges: changes.map((c) => ({
        inputId: c.input_id,
        from: c.from_status,
        to: c.to_status,
        at: c.changed_at,
      })),
    };
  },
  async erase(db, who) {
    if (who.userId == null) return;
    await q.unlinkSender(db, who.userId, nowIso());
    await q.unlinkTriager(db, who.userId);
  },
};
