import { inTransaction, type Executor } from '../../platform/db/database';
import { findEvent } from './queries';
import { queueSessionPromotedMail } from './registration-mail';
import type * as q from './registration-queries';
import * as sq from './signup-queries';
import { isPast, overlaps, RegistrationError, sessionsCloseAt } from './registration-rules';

// Session sign-up. Every decision about a seat is made inside one transaction after locking, in this
// order, the registration row (one person's choices, so two clashing choices cannot both pass the
// clash check) and then the session's row (its seats). Cancelling a registration locks the event
// first and then the same rows in the same order, so no two transactions wait for each other in a
// circle. SQLite runs one transaction at a time on its one connection, so the locks are PostgreSQL's.

type Item = NonNullable<Awaited<ReturnType<typeof q.lockAgendaItem>>>;

/** Gives free seats (after a cancellation or a raised capacity) to the first waiting; returns the confirmed count. */
async function fillSeats(tx: Executor, item: Item, now: Date) {
  const { confirmed, firstWaitingId } = await sq.seatCounts(tx, item.id);
  const free = item.capacity === null ? Number.MAX_SAFE_INTEGER : item.capacity - confirmed;
  // Nobody waits (the usual case): no need to look for whom to promote.
  if (free <= 0 || firstWaitingId === null) return { confirmed, promoted: 0 };
  const waiting = await sq.firstWaitingForSession(tx, item.id, Math.min(free, 100_000));
  if (waiting.length === 0) return { confirmed, promoted: 0 };
  await sq.promoteSignups(
    tx,
    waiting.map((w) => w.id),
    now.toISOString(),
  );
  const event = await findEvent(tx, item.event_id);
  if (event) {
    for (const w of waiting) await queueSessionPromotedMail(tx, event, item, w);
  }
  return { confirmed: confirmed + waiting.length, promoted: waiting.length };
}

/**
 * Fills places freed in a session (by a cancellation or a raised capacity) from its waitlist, in
 * arrival order, and e-mails each one promoted. Returns how many were promoted.
 */
export async function promoteSessionWaitlist(tx: Executor, agendaItemId: number, now: Date): Promise<number> {
  return inTransaction(tx, async (t) => {
    const [item] = await sq.lockSession(t, agendaItemId);
    if (!item) return 0;
    return (await fillSeats(t, item, now)).promoted;
  });
}

/** Whose choices: a registration by id, or a user's live registration for an event (the pages). */
type Chooser = number | { eventId: number; userId: number };

/**
 * Locks the registration (read together with its event's times, in one statement) and checks that
 * it may change its session choices now. Not found is 404 by id, 409 for a user (as the pages say).
 */
async function lockForChoices(tx: Executor, who: Chooser, now: Date) {
  const [registration] =
    typeof who === 'number'
      ? await sq.lockRegistrationWithEvent(tx, who)
      : await sq.lockLiveRegistrationOfUser(tx, who.eventId, who.userId);
  if (!registration || registration.status === 'cancelled')
    throw new RegistrationError('notRegistered', typeof who === 'number' ? 404 : 409);
  if (registration.status !== 'confirmed') throw new RegistrationError('notConfirmed', 409);
  const closes = sessionsCloseAt(registration);
  if (isPast(closes, now))
    throw new RegistrationError('sessionsClosed', 409, { at: closes, timeZone: registration.time_zone });
  return registration;
}

/**
 * Signs a confirmed registration up for a parallel session: a seat while there are any, else the
 * session's waitlist. A session overlapping one the person holds is refused, naming that session.
 */
export function chooseSession(db: Executor, registrationId: number, agendaItemId: number, now = new Date()) {
  return choose(db, registrationId, agendaItemId, now);
}

/** chooseSession for the user's own live registration for the event (the sessions page). */
export function chooseSessionAs(db: Executor, eventId: number, userId: number, agendaItemId: number) {
  return choose(db, { eventId, userId }, agendaItemId, new Date());
}

// Five statements: the registration's lock, its live sign-ups, the session's lock, the session's
// counts, the insert. The person's sign-ups are read before the session is locked (the
// registration's lock already keeps them), so the session — the row everyone in a rush queues
// for on PostgreSQL — is held only for counting and inserting.
async function choose(
  db: Executor,
  who: Chooser,
  agendaItemId: number,
  now: Date,
): Promise<{ status: 'confirmed' | 'waitlisted' }> {
  return inTransaction(db, async (tx) => {
    const registration = await lockForChoices(tx, who, now);
    const mine = await sq.liveSignupsOf(tx, registration.id);
    const [item] = await sq.lockSession(tx, agendaItemId);
    if (!item || item.event_id !== registration.event_id || item.kind !== 'session')
      throw new RegistrationError('notSession', 404);
    const already = mine.find((s) => s.agenda_item_id === item.id);
    if (already) return { status: already.status === 'confirmed' ? 'confirmed' : 'waitlisted' };
    // A waitlisted place clashes too: a person is in one place at a time, and a promotion there
    // would give them two seats at once. The message says which kind of place it is.
    const clash = mine.find((s) => overlaps(s, item));
    if (clash)
      throw new RegistrationError('clash', 409, {
        timeZone: registration.time_zone,
        clash: {
          title: clash.title,
          startsAt: clash.starts_at,
          endsAt: clash.ends_at,
          waitlisted: clash.status === 'waitlisted',
        },
      });
    // Those already waiting come first: a seat freed without promotion is theirs, not a newcomer's.
    const { confirmed } = await fillSeats(tx, item, now);
    const status = item.capacity === null || confirmed < item.capacity ? 'confirmed' : 'waitlisted';
    await sq.insertSignup(tx, {
      agenda_item_id: item.id,
      registration_id: registration.id,
      status,
      created_at: now.toISOString(),
    });
    return { status };
  });
}

/** Leaves a session; a seat freed goes to the first waiting for it, who is e-mailed. */
export function leaveSession(db: Executor, registrationId: number, agendaItemId: number, now = new Date()) {
  return leave(db, registrationId, agendaItemId, now);
}

/** leaveSession for the user's own live registration for the event (the sessions page). */
export function leaveSessionAs(db: Executor, eventId: number, userId: number, agendaItemId: number) {
  return leave(db, { eventId, userId }, agendaItemId, new Date());
}

async function leave(
  db: Executor,
  who: Chooser,
  agendaItemId: number,
  now: Date,
): Promise<{ promoted: number }> {
  return inTransaction(db, async (tx) => {
    const registration = await lockForChoices(tx, who, now);
    const [item] = await sq.lockSession(tx, agendaItemId);
    if (!item || item.event_id !== registration.event_id) throw new RegistrationError('notSession', 404);
    const signup = (await sq.liveSignupsOf(tx, registration.id)).find((s) => s.agenda_item_id === item.id);
    if (!signup) return { promoted: 0 };
    await sq.cancelSignup(tx, signup.id, now.toISOString());
    return { promoted: (await fillSeats(tx, item, now)).promoted };
  });
}

/**
 * Cancels every session choice of a registration (when the registration itself is cancelled) and
 * promotes those waiting behind them. The caller holds the registration's lock.
 */
export async function cancelSignupsOf(tx: Executor, registrationId: number, now: Date) {
  const signups = (await sq.liveSignupsOf(tx, registrationId)).sort(
    (a, b) => a.agenda_item_id - b.agenda_item_id,
  );
  let promoted = 0;
  for (const signup of signups) {
    const [item] = await sq.lockSession(tx, signup.agenda_item_id);
    await sq.cancelSignup(tx, signup.id, now.toISOString());
    if (item && signup.status === 'confirmed') promoted += (await fillSeats(tx, item, now)).promoted;
  }
  return promoted;
}
