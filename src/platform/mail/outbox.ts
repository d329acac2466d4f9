import type { Executor } from '../db/database';
import { nowIso } from '../db/columns';

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
}

/** Queues a mail in the same transaction as the change that caused it; a sender delivers it later. */
export async function queueMail(db: Executor, mail: OutgoingMail) {
  await db
    .insertInto('outbox')
    .values({
      recipient: mail.to,
      subject: mail.subject,
      body: mail.body,
      created_at: nowIso(),
      sent_at: null,
      last_error: null,
    })
    .execute();
}

export function listOutbox(db: Executor, limit = 100) {
  return db.selectFrom('outbox').selectAll().orderBy('id', 'desc').limit(limit).execute();
}

/** The mail queued for one address, without bodies (they may hold live single-use links). */
export function listOutboxTo(db: Executor, recipient: string) {
  return db
    .selectFrom('outbox')
    .select(['id', 'subject', 'created_at', 'sent_at'])
    .where('recipient', '=', recipient)
    .orderBy('id')
    .execute();
}

/** Deletes every mail to an address, when the person it belongs to is erased. */
export async function forgetRecipient(db: Executor, recipient: string) {
  await db.deleteFrom('outbox').where('recipient', '=', recipient).execute();
}
