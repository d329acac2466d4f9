import { nowIso } from '../../platform/db/columns';
import { inTransaction, type Executor } from '../../platform/db/database';
import { format, isLocale, type Locale } from '../../platform/i18n/index';
import type { Job } from '../../platform/jobs';
import { queueMail } from '../../platform/mail/outbox';
import type { PersonalDataHandler } from '../../platform/personal-data';
import { digestMessages } from './digest-messages';
import * as dq from './digest-queries';
import { libraryMessages } from './messages';
import { parseJson, parseList } from './model';
import * as q from './queries';
import { isTheme } from './themes';

export interface DigestChoice {
  programmeIds: number[];
  themes: string[];
}

const DAY = 24 * 3600 * 1000;

/** The ISO 8601 week of a moment (UTC) as "2026-W48", and the Monday 00:00 UTC it starts on. */
export function isoWeek(at: Date): { key: string; start: Date } {
  const day = (at.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()) - day * DAY);
  const thursday = new Date(start.getTime() + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return { key: `${year}-W${String(week).padStart(2, '0')}`, start };
}

/** The login's choice, or one with nothing chosen. */
export async function getDigestChoice(db: Executor, userId: number): Promise<DigestChoice> {
  const row = await dq.findDigest(db, userId);
  if (!row) return { programmeIds: [], themes: [] };
  return {
    programmeIds: parseJson<unknown[]>(row.programme_ids, [], Array.isArray).filter(
      (v): v is number => typeof v === 'number',
    ),
    themes: parseList(row.themes),
  };
}

/** Saves what the login wants in the digest; choosing nothing stops it. */
export async function saveDigestChoice(
  db: Executor,
  user: { id: number; email: string },
  locale: Locale,
  choice: DigestChoice,
) {
  const themes = [...new Set(choice.themes)].filter(isTheme);
  const programmeIds = [...new Set(choice.programmeIds)];
  if (themes.length === 0 && programmeIds.length === 0) return dq.deleteDigest(db, user.id);
  await dq.saveDigest(db, { userId: user.id, email: user.email, locale, programmeIds, themes, at: nowIso() });
}

type DigestRow = Awaited<ReturnType<typeof dq.digestsDue>>[number];

/** One person's digest for `week`: claimed and queued in one transaction, so it goes out once. */
async function sendOne(db: Executor, row: DigestRow, week: { key: string; start: Date }, baseUrl: string) {
  return inTransaction(db, async (tx) => {
    if (!(await dq.claimWeek(tx, row.user_id, week.key, nowIso()))) return 0;
    const themes = parseList(row.themes);
    const programmeIds = parseJson<unknown[]>(row.programme_ids, [], Array.isArray).filter(
      (v): v is number => typeof v === 'number',
    );
    // The week before the one being started: every item is in exactly one person-week's digest.
    const from = new Date(week.start.getTime() - 7 * DAY).toISOString();
    const items = await q.listItems(tx, {
      statuses: ['published'],
      audiences: ['public', 'members'],
      firstPublished: { from, to: week.start.toISOString() },
      themes,
      programmeIds,
      limit: 50,
    });
    if (items.length === 0) return 0;
    const locale: Locale = isLocale(row.locale) ? row.locale : 'nb';
    const m = digestMessages(locale);
    const lm = libraryMessages(locale);
    const lines = items.map(
      (i) =>
        `- ${i.title} (${lm[`kind.${i.kind}`]})\n${i.summary ? `  ${i.summary}\n` : ''}  ${baseUrl}/library/${i.slug}`,
    );
    const body = [m.mailIntro, '', ...lines, '', format(m.mailFooter, { link: `${baseUrl}/me/digest` })].join(
      '\n',
    );
    await queueMail(tx, { to: row.email, subject: format(m.subject, { week: week.key }), body });
    return 1;
  });
}

/** Sends this week's digests that have not gone out; safe to run on every instance at once. */
export async function sendDigests(db: Executor, now: Date, baseUrl: string): Promise<number> {
  const week = isoWeek(now);
  let sent = 0;
  for (const row of await dq.digestsDue(db, week.key)) sent += await sendOne(db, row, week, baseUrl);
  return sent;
}

/** The weekly digest, sent at the first run of each ISO week. */
export function digestJob(baseUrl: () => string): Job {
  return {
    name: 'library.weekly-digest',
    everyMs: 60 * 60 * 1000,
    run: (db, now) => sendDigests(db, now, baseUrl()),
  };
}

/** A login's digest choice and what items they wrote, published or saved over. */
export const libraryPersonalData: PersonalDataHandler = {
  name: 'library',
  async export(db, who) {
    if (who.userId == null) return null;
    const [digest, weeks, items] = await Promise.all([
      dq.findDigest(db, who.userId),
      dq.sentWeeks(db, who.userId),
      q.itemsTouchedBy(db, who.userId),
    ]);
    return {
      digest: digest
        ? {
            email: digest.email,
            locale: digest.locale,
            programmeIds: JSON.parse(digest.programme_ids) as unknown,
            themes: JSON.parse(digest.themes) as unknown,
            updatedAt: digest.updated_at,
          }
        : null,
      digestWeeksSent: weeks.map((w) => w.week),
      items: items.map((i) => ({
        id: i.id,
        slug: i.slug,
        title: i.title,
        created: i.created_by === who.userId,
        lastChanged: i.updated_by === who.userId,
        published: i.published_by === who.userId,
      })),
    };
  },
  async erase(db, who) {
    if (who.userId == null) return;
    await dq.deleteDigest(db, who.userId);
    await dq.deleteSentWeeks(db, who.userId);
    await q.unlinkUser(db, who.userId);
  },
};
