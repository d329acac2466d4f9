import type { Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import { organisationIdsOfPerson } from '../network/index';
import * as q from './queries';
import * as tq from './team-queries';

/** What one person may do with one programme. */
export interface ProgrammeAccess {
  canView: boolean;
  canManage: boolean;
  canFollowUp: boolean;
  /** The programme's participants this person belongs to (their organisation, or they are a contact). */
  participantIds: number[];
}

const none: ProgrammeAccess = { canView: false, canManage: false, canFollowUp: false, participantIds: [] };

// The rules, one line each (routes answer 404 whenever canView is false, so existence stays private):
//   operator                          → view, manage, follow up every programme
//   advisor on the programme's team   → view, follow up that programme
//   member of a participant / contact → view that programme; participantIds lists their participants
//   anyone, logged in or not          → view public programmes

/** Decides what `user` may do with the programme; all false when it does not exist. */
export async function programmeAccess(
  db: Executor,
  user: RequestUser | null,
  programmeId: number,
): Promise<ProgrammeAccess> {
  const programme = await q.findProgrammeById(db, programmeId);
  if (!programme) return none;
  const participantIds = await memberParticipantIds(db, user, programmeId);
  if (user?.role === 'operator') return { canView: true, canManage: true, canFollowUp: true, participantIds };
  const advisor =
    user?.role === 'advisor' &&
    user.personId != null &&
    (await tq.isAdvisorOn(db, programmeId, user.personId));
  return {
    canView: programme.visibility === 'public' || advisor || participantIds.length > 0,
    canManage: false,
    canFollowUp: advisor,
    participantIds,
  };
}

async function memberParticipantIds(db: Executor, user: RequestUser | null, programmeId: number) {
  if (user?.personId == null) return [];
  const organisationIds = await organisationIdsOfPerson(db, user.personId);
  return tq.participantIdsFor(db, programmeId, organisationIds, user.personId);
}

/** Ids of every programme `user` may view, by the same rules as programmeAccess. */
export async function visibleProgrammeIds(db: Executor, user: RequestUser | null): Promise<number[] | null> {
  if (user?.role === 'operator') return null; // all
  const ids = new Set(await q.publicProgrammeIds(db));
  if (user?.personId != null) {
    if (user.role === 'advisor')
      for (const id of await tq.programmeIdsOfAdvisor(db, user.personId)) ids.add(id);
    const organisationIds = await organisationIdsOfPerson(db, user.personId);
    for (const id of await tq.programmeIdsOfMember(db, organisationIds, user.personId)) ids.add(id);
  }
  return [...ids];
}

/** Programmes the person takes part in or advises (not merely public ones), for "my programmes". */
export async function ownProgrammeIds(db: Executor, user: RequestUser | null): Promise<number[]> {
  if (user?.personId == null) return [];
  const ids = new Set<number>();
  if (user.role === 'advisor' || user.role === 'operator') {
    for (const id of await tq.programmeIdsOfAdvisor(db, user.personId)) ids.add(id);
  }
  const organisationIds = await organisationIdsOfPerson(db, user.personId);
  for (const id of await tq.programmeIdsOfMember(db, organisationIds, user.personId)) ids.add(id);
  return [...ids];
}
