import crypto from 'node:crypto';
import { audit } from '../../platform/audit/audit';
import { inTransaction, isConstraintViolation, type Executor } from '../../platform/db/database';
import { queueEventMail } from './registration-mail';
import * as q from './registration-queries';
import * as sq from './signup-queries';
import {
  CONFIRM_LINK_MS,
  cancellationClosesAt,
  isPast,
  RegistrationError,
  registrationWindow,
  registrationClosesAt,
  tokenHash,
} from './registration-rules';
import { cancelSignupsOf } from './signup-service';
import type { RegistrationStatus } from './tables';

// Registration for an event. Places are decided only while the event's row is locked (PostgreSQL:
// select … for update; SQLite runs one transaction at a time): count the confirmed, then insert or
// promote. So confirmed never exceeds capacity, and queue numbers follow the order of decisions.

export interface RegisterInput {
  eventId: number;
  userId?: number | null;
  personId?: number | null;
  name: string;
  email: string;
  organisation?: string;
  /** Answers by question id. */
  answers?: Record<number, string>;
  /** Who registered someone on their behalf; such registrations skip the opening hours and required answers. */
  registeredBy?: number | null;
  /** False: a pending registration and an e-mail with a confirmation link. */
  confirmed: boolean;
}

export interface RegisterResult {
  registrationId: number;
  status: RegistrationStatus;
  /** The confirmation link's token (only when pending); the e-mail carries it, tests read it here. */
  confirmToken: string | null;
}

type Event = NonNullable<Awaited<ReturnType<typeof q.lockEvent>>>;

/** Promotes the first waiting into free places; returns the confirmed count afterwards. */
async function fillPlaces(tx: Executor, event: Event, now: Date) {
  const confirmed = await q.countRegistrations(tx, event.id, 'confirmed');
  const free = event.capacity === null ? Number.MAX_SAFE_INTEGER : event.capacity - confirmed;
  if (free <= 0) return { confirmed, promoted: 0 };
  const waiting = await q.firstWaiting(tx, event.id, Math.min(free, 100_000));
  for (const w of waiting) {
    await q.updateRegistration(tx, w.id, { status: 'confirmed', promoted_at: now.toISOString() });
    await queueEventMail(tx, 'promoted', event, w);
  }
  return { confirmed: confirmed + waiting.length, promoted: waiting.length };
}

/**
 * Fills places freed at an event (a cancellation or a raised capacity) from its waitlist, in
 * arrival order, e-mailing each one promoted. Returns how many were promoted.
 */
export async function promoteFromWaitlist(tx: Executor, eventId: number, now: Date): Promise<number> {
  return inTransaction(tx, async (t) => {
    const event = await q.lockEvent(t, eventId);
    return event ? (await fillPlaces(t, event, now)).promoted : 0;
  });
}

/** Gives a confirmed registration its place or its place in line (the event is locked). */
async function takePlace(tx: Executor, event: Event, now: Date) {
  const { confirmed } = await fillPlaces(tx, event, now);
  const status: RegistrationStatus =
    event.capacity === null || confirmed < event.capacity ? 'confirmed' : 'waitlisted';
  return { status, queue_number: await q.nextQueueNumber(tx, event.id) };
}

/** Tells the person where they stand: a place, or their number in line. */
async function mailOutcome(tx: Executor, event: Event, registrationId: number) {
  const r = await q.findRegistration(tx, registrationId);
  if (!r) return;
  if (r.status === 'confirmed') await queueEventMail(tx, 'confirmed', event, r);
  else if (r.status === 'waitlisted')
    await queueEventMail(tx, 'waitlisted', event, r, {
      position: (await q.waitlistPosition(tx, r.id)) ?? undefined,
    });
}

function checkAnswers(questions: { id: number; required: number }[], answers: Record<number, string>) {
  for (const question of questions) {
    if (question.required && !(answers[question.id] ?? '').trim())
      throw new RegistrationError('answerRequired', 400);
  }
}

/**
 * Registers someone for an event: confirmed (a place, or the waitlist when full) or, for someone
 * without an account, pending until they open the e-mailed link. One live registration per address.
 */
export async function register(
  db: Executor,
  input: RegisterInput,
  now = new Date(),
): Promise<RegisterResult> {
  try {
    return await inTransaction(db, async (tx) => {
      const event = await q.lockEvent(tx, input.eventId);
      if (!event) throw new RegistrationError('notFound', 404);
      const onBehalf = input.registeredBy != null;
      const window = registrationWindow(event, now);
      if (!onBehalf && window === 'notOpen')
        throw new RegistrationError('notOpen', 409, {
          at: event.registration_opens_at!,
          timeZone: event.time_zone,
        });
      if (!onBehalf && window === 'closed')
        throw new RegistrationError('closed', 409, {
          at: registrationClosesAt(event),
          timeZone: event.time_zone,
        });
      const questions = await q.eventQuestions(tx, event.id);
      const answers = input.answers ?? {};
      if (!onBehalf) checkAnswers(questions, answers);

      const emailKey = input.email.trim().toLowerCase();
      // One live registration per address, and per login: an unconfirmed earlier attempt (a lost or
      // expired link) gives way to this one; anything else is a duplicate.
      const earlier = [await q.findLiveRegistration(tx, event.id, { emailKey })];
      if (input.userId != null)
        earlier.push(await q.findLiveRegistration(tx, event.id, { userId: input.userId }));
      for (const existing of earlier) {
        if (existing && existing.status !== 'pending') throw new RegistrationError('duplicate', 409);
      }
      for (const existing of earlier) {
        if (existing?.status === 'pending')
          await q.updateRegistration(tx, existing.id, {
            status: 'cancelled',
            cancelled_at: now.toISOString(),
            confirm_token_hash: null,
          });
      }

      const token = input.confirmed ? null : crypto.randomBytes(32).toString('base64url');
      const place = input.confirmed ? await takePlace(tx, event, now) : null;
      const registrationId = await q.insertRegistration(tx, {
        event_id: event.id,
        person_id: input.personId ?? null,
        user_id: input.userId ?? null,
        name: input.name.trim(),
        email: input.email.trim(),
        email_key: emailKey,
        organisation: (input.organisation ?? '').trim(),
        status: place?.status ?? 'pending',
        confirm_token_hash: token ? tokenHash(token) : null,
        registered_by: input.registeredBy ?? null,
        created_at: now.toISOString(),
        confirmed_at: place ? now.toISOString() : null,
        queue_number: place?.queue_number ?? null,
      });
      const known = new Set(questions.map((x) => x.id));
      await q.insertAnswers(
        tx,
        registrationId,
        Object.entries(answers)
          .map(([id, answer]) => ({ questionId: Number(id), answer: answer.trim() }))
          .filter((a) => known.has(a.questionId) && a.answer !== ''),
      );
      if (token) await queueEventMail(tx, 'confirmLink', event, input, { token });
      else await mailOutcome(tx, event, registrationId);
      await audit(tx, {
        actorUserId: input.registeredBy ?? input.userId ?? null,
        action: 'registration.create',
        subjectType: 'registration',
        subjectId: registrationId,
        details: { eventId: event.id, status: place?.status ?? 'pending', onBehalf },
      });
      return { registrationId, status: place?.status ?? 'pending', confirmToken: token };
    });
  } catch (error) {
    // The live-address index is the last word if someone got past the check above.
    if (isConstraintViolation(error)) throw new RegistrationError('duplicate', 409);
    throw error;
  }
}

/**
 * Confirms a pending registration from its e-mailed link (single use, 7 days, not after the event
 * has started): it now gets a place, or a place in line behind everyone already waiting.
 */
export async function confirmRegistration(db: Executor, token: string, now = new Date()) {
  const found = await q.findRegistrationByToken(db, tokenHash(token));
  if (!found) throw new RegistrationError('invalidToken', 404);
  return inTransaction(db, async (tx) => {
    const event = await q.lockEvent(tx, found.event_id);
    const r = await q.lockRegistration(tx, found.id);
    if (
      !event ||
      !r ||
      r.status !== 'pending' ||
      r.confirm_token_hash !== tokenHash(token) ||
      now.getTime() - Date.parse(r.created_at) > CONFIRM_LINK_MS ||
      isPast(event.starts_at, now)
    )
      throw new RegistrationError('invalidToken', 404);
    const place = await takePlace(tx, event, now);
    await q.updateRegistration(tx, r.id, {
      status: place.status,
      queue_number: place.queue_number,
      confirm_token_hash: null,
      confirmed_at: now.toISOString(),
    });
    await mailOutcome(tx, event, r.id);
    await audit(tx, {
      actorUserId: r.user_id,
      action: 'registration.confirm',
      subjectType: 'registration',
      subjectId: r.id,
      details: { eventId: event.id, status: place.status },
    });
    const waitlistPosition = await q.waitlistPosition(tx, r.id);
    return { registrationId: r.id, eventId: event.id, status: place.status, waitlistPosition };
  });
}

/**
 * Cancels a registration and its session choices; the places freed go to the first waiting. The
 * person themself may cancel until the cut-off; others at any time. `asOrganiser`: the actor acts
 * from the organisers' list, so the cut-off does not apply even to their own registration.
 */
export async function cancelRegistration(
  db: Executor,
  registrationId: number,
  actorUserId: number | null,
  now = new Date(),
  options: { asOrganiser?: boolean } = {},
): Promise<{ promoted: number }> {
  const found = await q.findRegistration(db, registrationId);
  if (!found) throw new RegistrationError('notRegistered', 404);
  return inTransaction(db, async (tx) => {
    const event = await q.lockEvent(tx, found.event_id);
    const r = await q.lockRegistration(tx, found.id);
    if (!event || !r) throw new RegistrationError('notRegistered', 404);
    if (r.status === 'cancelled') return { promoted: 0 };
    const byThemself = !options.asOrganiser && (actorUserId === null || actorUserId === r.user_id);
    const cutOff = cancellationClosesAt(event);
    if (byThemself && isPast(cutOff, now))
      throw new RegistrationError('cancellationClosed', 409, { at: cutOff, timeZone: event.time_zone });
    await q.updateRegistration(tx, r.id, {
      status: 'cancelled',
      cancelled_at: now.toISOString(),
      confirm_token_hash: null,
    });
    // Registrations before sessions: the lock order is event, registrations, sessions everywhere.
    const promoted = r.status === 'confirmed' ? (await fillPlaces(tx, event, now)).promoted : 0;
    await cancelSignupsOf(tx, r.id, now);
    if (r.status !== 'pending') await queueEventMail(tx, 'cancelled', event, r);
    await audit(tx, {
      actorUserId,
      action: 'registration.cancel',
      subjectType: 'registration',
      subjectId: r.id,
      details: { eventId: event.id, was: r.status, promoted },
    });
    return { promoted };
  });
}

/** A user's live registrations, with their place in line and their session choices (for "next steps"). */
export async function registrationsOfUser(db: Executor, userId: number) {
  const rows = await q.registrationsOfUserRows(db, userId);
  const signups = await sq.liveSignupsOfMany(
    db,
    rows.map((r) => r.id),
  );
  const result = [];
  for (const r of rows) {
    result.push({
      registrationId: r.id,
      eventId: r.event_id,
      status: r.status,
      waitlistPosition: r.status === 'waitlisted' ? await q.waitlistPosition(db, r.id) : null,
      sessions: signups
        .filter((s) => s.registration_id === r.id)
        .map((s) => ({ agendaItemId: s.agenda_item_id, status: s.status })),
    });
  }
  return result;
}
