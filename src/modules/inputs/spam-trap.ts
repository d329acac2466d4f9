import crypto from 'node:crypto';
import type { Executor } from '../../platform/db/database';
import * as q from './queries';

/**
 * The spam trap of the public input form, in two parts:
 * - a honeypot field (`homepage`) hidden from people and from screen readers, so only a robot
 *   fills it in;
 * - a minimum fill time: the form carries its start time signed with a key from the database (so
 *   every instance can check it), and an answer sooner than MIN_FILL_MS after it is a robot's.
 * A trapped submission is told what a person is told, and nothing is stored.
 */
export const HONEYPOT_FIELD = 'homepage';
export const STARTED_FIELD = 'started';
/** No person reads the form and writes a title and a text in under three seconds. */
export const MIN_FILL_MS = 3_000;
/** A form left open longer than this is sent again with a fresh start, rather than trusted for ever. */
export const MAX_FORM_AGE_MS = 24 * 3600 * 1000;

export type StartCheck = 'ok' | 'tooFast' | 'expired' | 'forged';

// The key never changes once the migration has made it, so each database's is read once.
const keys = new WeakMap<object, Promise<string>>();

function formKey(db: Executor): Promise<string> {
  let key = keys.get(db);
  if (!key) {
    key = q.findFormKey(db).then((secret) => {
      if (!secret) throw new Error('The input form key is missing: has migration 20261127-03-inputs run?');
      return secret;
    });
    key.catch(() => keys.delete(db));
    keys.set(db, key);
  }
  return key;
}

const sign = (secret: string, programmeId: number, ms: number) =>
  crypto.createHmac('sha256', secret).update(`input:${programmeId}:${ms}`).digest('base64url');

/** The signed start time the form carries: `<milliseconds>.<signature>`. */
export async function signFormStart(db: Executor, programmeId: number, startedMs = Date.now()) {
  return `${startedMs}.${sign(await formKey(db), programmeId, startedMs)}`;
}

/** Whether the form's start time is genuine and the form took a person's time to fill in. */
export async function checkFormStart(
  db: Executor,
  programmeId: number,
  token: unknown,
  nowMs = Date.now(),
): Promise<StartCheck> {
  if (typeof token !== 'string') return 'forged';
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return 'forged';
  const startedMs = Number(match[1]);
  const expected = Buffer.from(sign(await formKey(db), programmeId, startedMs));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return 'forged';
  const age = nowMs - startedMs;
  if (age < MIN_FILL_MS) return 'tooFast';
  if (age > MAX_FORM_AGE_MS) return 'expired';
  return 'ok';
}

/** True when the hidden field has anything in it. */
export function honeypotFilled(body: Record<string, unknown>): boolean {
  const value = body[HONEYPOT_FIELD];
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;
}
