import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import type { Database } from '../db/database';
import { nowIso } from '../db/columns';

const FROM = process.env.MAIL_FROM ?? 'Samling <noreply@samling.local>';

/**
 * Delivers queued mail over SMTP when SMTP_URL is set. Each mail is claimed by an UPDATE that only
 * one instance can win, so several instances never send the same mail twice.
 */
export function startMailSender(
  database: Database,
  smtpUrl: string,
  log: FastifyBaseLogger,
  intervalMs = 5000,
) {
  if (!smtpUrl) return () => undefined;
  const transport = nodemailer.createTransport(smtpUrl);
  const db = database.db;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const batch = await db
        .selectFrom('outbox')
        .selectAll()
        .where('sent_at', 'is', null)
        .where('attempts', '<', 5)
        .orderBy('id')
        .limit(20)
        .execute();
      for (const mail of batch) {
        const claimed = await db
          .updateTable('outbox')
          .set({ attempts: mail.attempts + 1 })
          .where('id', '=', mail.id)
          .where('attempts', '=', mail.attempts)
          .where('sent_at', 'is', null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) continue;
        try {
          await transport.sendMail({
            from: FROM,
            to: mail.recipient,
            subject: mail.subject,
            text: mail.body,
          });
          await db
            .updateTable('outbox')
            .set({ sent_at: nowIso(), last_error: null })
            .where('id', '=', mail.id)
            .execute();
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          await db
            .updateTable('outbox')
            .set({ last_error: message.slice(0, 500) })
            .where('id', '=', mail.id)
            .execute();
          log.warn({ mailId: mail.id, err: message }, 'mail not sent');
        }
      }
    } catch (error) {
      log.error({ err: error }, 'mail sender failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  return () => clearInterval(timer);
}
