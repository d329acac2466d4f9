import type { Executor } from '../../platform/db/database';
import { promoteFromWaitlist } from './registration-service';
import { promoteSessionWaitlist } from './signup-service';

// When an organiser raises a capacity, the people waiting get the new places in arrival order, in
// the organiser's transaction. The waitlists belong to the registration part (part B); these call it.

/** Promotes the event's waitlist into places freed by a raised capacity; how many were promoted. */
export function raisedEventCapacity(tx: Executor, eventId: number, now: Date): Promise<number> {
  return promoteFromWaitlist(tx, eventId, now);
}

/** The same for one parallel session's waitlist. */
export function raisedSessionCapacity(tx: Executor, itemId: number, now: Date): Promise<number> {
  return promoteSessionWaitlist(tx, itemId, now);
}
