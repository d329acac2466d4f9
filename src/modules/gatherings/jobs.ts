import { nowIso } from '../../platform/db/columns';
import type { Db } from '../../platform/db/database';
import {
  format,
  formatDate,
  formatTimeRange,
  isLocale,
  parseLocalized,
  pickText,
  type Locale,
} from '../../platform/i18n/index';
import type { Job } from '../../platform/jobs';
import { queueMail } from '../../platform/mail/outbox';
import { adminMessages } from './admin-messages';
import * as aq from './admin-queries';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type Due = Awaited<ReturnType<typeof aq.dueReminders>>[number];

/** The mail's language is the event's (nynorsk readers get bokmål, the nearest we write). */
function mailLocale(language: string): Locale {
  return isLocale(language) ? language : 'nb';
}

function reminderMail(r: Due) {
  const locale = mailLocale(r.language);
  const m = adminMessages(locale);
  const title = pickText(parseLocalized(r.title), locale);
  const date = formatDate(r.starts_at, locale, 'long', r.time_zone);
  const when = formatTimeRange(r.starts_at, r.ends_at, locale, r.time_zone, 'full');
  const where = [r.place, r.address].filter(Boolean).join(', ') || r.video_url;
  return {
    to: r.email,
    subject: format(m.reminderSubject, { title, date }, locale),
    body: format(m.reminderBody, { name: r.name, title, when, where }, locale),
  };
}

/** Sends each confirmed participant a reminder two days before the event starts, once. */
async function sendReminders(db: Db, now: Date): Promise<number> {
  const due = await aq.dueReminders(db, now.toISOString(), new Date(now.getTime() + 2 * DAY).toISOString());
  let sent = 0;
  for (const r of due) {
    // Claim, then queue, in one transaction: another instance running the same job at the same time
    // finds reminded_at set (PostgreSQL makes it wait for this row lock) and sends nothing.
    const claimed = await db.transaction().execute(async (tx) => {
      if (!(await aq.claimReminder(tx, r.id, nowIso()))) return false;
      await queueMail(tx, reminderMail(r));
      return true;
    });
    if (claimed) sent += 1;
  }
  return sent;
}

export const reminderJob: Job = {
  name: 'gatherings.reminders',
  everyMs: 10 * MINUTE,
  run: (db, now) => sendReminders(db, now),
};

/** Answers to the registration questions (diets, accessibility) are kept 30 days after the event. */
export const answerCleanupJob: Job = {
  name: 'gatherings.answer-cleanup',
  everyMs: 60 * MINUTE,
  run: (db, now) => aq.deleteAnswersOfEventsEndedBefore(db, new Date(now.getTime() - 30 * DAY).toISOString()),
};

/** The gatherings module's clock work: reminders, and deleting answers that may no longer be kept. */
export const gatheringJobs: Job[] = [reminderJob, answerCleanupJob];
