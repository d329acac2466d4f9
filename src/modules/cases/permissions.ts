import type { Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import { programmeAccess, type ProgrammeAccess } from '../programmes/index';
import * as q from './case-queries';

/** What one person may do with one case. */
export interface CaseAccess {
  /** Sees the case, its log and the hand-ins below. */
  canView: boolean;
  /** Edits the case, writes in its log, hands in its homework. */
  canEdit: boolean;
  /** Manages every case of the programme (creates one for any participant). */
  canManage: boolean;
  /** Reads every hand-in of the case (members, managers, staff who follow the participant). */
  readsEveryHandIn: boolean;
  /** Events at which the person's own case sat in one coaching group with this case. */
  peerEventIds: number[];
}

const none: CaseAccess = {
  canView: false,
  canEdit: false,
  canManage: false,
  readsEveryHandIn: false,
  peerEventIds: [],
};

// The rules, one line each (routes answer 404 whenever canView is false, so existence stays private):
//   whoever manages the programme (operators)           → view, edit and manage every case
//   member of the case's participant (programmeAccess)   → view and edit the case, hand in its homework
//   staff who follow up that participant                 → view the case and read all its hand-ins
//   member of a case in the same coaching group (any event) → view the case
//   member of a case in the same coaching group at a homework's event → read that homework's hand-in
//   everybody else                                       → nothing (404)

/** Decides what `user` may do with the case. */
export async function caseAccess(
  db: Executor,
  user: RequestUser | null,
  caseRow: { id: number; programme_id: number; participant_id: number },
): Promise<CaseAccess> {
  if (!user) return none;
  return caseAccessWith(db, await programmeAccess(db, user, caseRow.programme_id), caseRow);
}

/** caseAccess when the programme's access is already known (a list of the programme's cases). */
export async function caseAccessWith(
  db: Executor,
  p: ProgrammeAccess,
  caseRow: { id: number; participant_id: number },
): Promise<CaseAccess> {
  if (!p.canView) return none;
  const member = p.participantIds.includes(caseRow.participant_id);
  const follows =
    p.canFollowUp &&
    (p.followUpParticipantIds == null || p.followUpParticipantIds.includes(caseRow.participant_id));
  const edits = p.canManage || member;
  const readsEveryHandIn = edits || follows;
  let peerEventIds: number[] = [];
  if (!readsEveryHandIn && p.participantIds.length > 0) {
    const own = await q.listCasesOfParticipants(db, p.participantIds);
    peerEventIds = await q.sharedGroupEvents(
      db,
      caseRow.id,
      own.map((c) => c.id),
    );
  }
  return {
    canView: readsEveryHandIn || peerEventIds.length > 0,
    canEdit: edits,
    canManage: p.canManage,
    readsEveryHandIn,
    peerEventIds,
  };
}

/** Whether the person may read the case's hand-in of a homework given at `eventId`. */
export const readsHandIn = (access: CaseAccess, eventId: number) =>
  access.readsEveryHandIn || access.peerEventIds.includes(eventId);
