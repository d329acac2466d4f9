import { loadConfig } from '../../config';
import { inTransaction, type Executor } from '../../platform/db/database';
import {
  format,
  formatDateTime,
  isLocale,
  parseLocalized,
  pickText,
  type Locale,
} from '../../platform/i18n/index';
import type { Job } from '../../platform/jobs';
import { queueMail } from '../../platform/mail/outbox';
import { findEvent } from '../gatherings/index';
import { listPeople } from '../network/index';
import { listParticipants } from '../programmes/index';
import { listProgrammeCases } from './case-service';
import { homeworkMessages } from './homework-messages';
import * as hq from './homework-queries';
import type { HomeworkRow } from './homework-queries';

/** Reminders go out this long before the due time (the issue: "reminders go out before the due date"). */
export const REMINDER_LEAD_MS = 2 * 24 * 3600 * 1000;

/** The reminder speaks the event's language; Nynorsk readers get Bokmål, the nearest we have. */
function localeOf(language: string): Locale {
  return isLocale(language) ? language : 'nb';
}

/**
 * The e-mail addresses of a case's people: its participant's contacts and the people registered
 * with the participant's organisation — those programmeAccess counts as the participant's members.
 */
async function recipientsOf(
  db: Executor,
  participant: { contacts: { person: { email: string | null } }[]; organisationId: number },
) {
  const people = await listPeople(db, { organisationId: participant.organisationId, limit: 50 });
  const emails = [...participant.contacts.map((c) => c.person.email), ...people.map((p) => p.email)];
  return [...new Set(emails.filter((e): e is string => !!e).map((e) => e.toLowerCase()))];
}

/**
 * Queues the reminders of one homework to every case that has not handed it in. The conditional
 * UPDATE of reminder_sent_at claims the homework first, in the same transaction as the mails, so
 * two instances running this at once queue them once, and a failure queues none.
 */
async function remind(db: Executor, homework: HomeworkRow, now: Date, baseUrl: string): Promise<number> {
  return inTransaction(db, async (tx) => {
    if (!(await hq.claimReminder(tx, homework.id, now.toISOString()))) return 0;
    const event = await findEvent(tx, homework.event_id);
    if (!event) return 0;
    const [cases, participants, submissions] = await Promise.all([
      listProgrammeCases(tx, event.programme_id),
      listParticipants(tx, event.programme_id),
      hq.listSubmissionsOfHomework(tx, homework.id),
    ]);
    const handedIn = new Set(submissions.map((s) => s.case_id));
    const locale = localeOf(event.language);
    const m = homeworkMessages(locale);
    const params = {
      homework: pickText(parseLocalized(homework.title), locale),
      event: pickText(parseLocalized(event.title), locale),
      date: formatDateTime(homework.due_at, locale, event.time_zone),
      link: `${baseUrl}/homework/${homework.id}`,
    };
    let queued = 0;
    for (const kase of cases.filter((c) => !handedIn.has(c.id))) {
      const participant = participants.find((p) => p.id === kase.participantId);
      if (!participant) continue;
      const mail = { ...params, case: kase.title };
      for (const to of await recipientsOf(tx, participant)) {
        await queueMail(tx, { to, subject: format(m.mailSubject, mail), body: format(m.mailBody, mail) });
        queued += 1;
      }
    }
    return queued;
  });
}

/** Homework reminders: two days before the due time, to each case that has not handed in. */
export const homeworkReminders: Job = {
  name: 'cases.homework-reminders',
  everyMs: 5 * 60 * 1000,
  async run(db, now) {
    const until = new Date(now.getTime() + REMINDER_LEAD_MS).toISOString();
    // The job has no request to ask; the address for links is read as the server reads it.
    const { baseUrl } = loadConfig();
    let queued = 0;
    for (const homework of await hq.listHomeworkToRemind(db, now.toISOString(), until)) {
      queued += await remind(db, homework, now, baseUrl);
    }
    return queued;
  },
};

/** The cases module's clock work. */
export const caseJobs: Job[] = [homeworkReminders];
