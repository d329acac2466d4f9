import type { Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import { programmeAccess } from '../programmes/index';

/** What one person may do with one event; it follows the event's programme. */
export interface EventAccess {
  /** Sees the event, its agenda and sessions (and registers, when registration is open). */
  canView: boolean;
  /** Edits the event and agenda, sees and exports the registration list, registers others. */
  canManage: boolean;
  /** Staff following the programme's participants: sees the registration list, not the answers. */
  canFollowUp: boolean;
  /** The programme's participants this person belongs to. */
  participantIds: number[];
}

// The rules, one line each (routes answer 404 whenever canView is false, so existence stays private):
//   anyone who may view the programme → view the event and register for it
//   whoever manages the programme (operators) → manage the event and its registrations
//   staff who follow up the programme → read the registration list

/** Decides what `user` may do with the event. */
export async function eventAccess(
  db: Executor,
  user: RequestUser | null,
  event: { programme_id: number },
): Promise<EventAccess> {
  const p = await programmeAccess(db, user, event.programme_id);
  return {
    canView: p.canView,
    canManage: p.canManage,
    canFollowUp: p.canFollowUp,
    participantIds: p.participantIds,
  };
}
