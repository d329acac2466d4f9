import type { Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import { organisationIdsOfPerson } from '../network/index';
import * as q from './queries';
import * as tq from './team-queries';

/** What one person may do with one programme. */
export interface ProgrammeAccess {
  canView: boolean;
  canManage: boolean;
  /** Opens the overview and follows up (status, feedback, outcome) the participants below. */
  canFollowUp: boolean;
  /**
   * The participants this person follows up as staff: null for all (operators, advisors on the whole
   * programme's team), else those an advisor is assigned to; empty when canFollowUp is false.
   */
  followUpParticipantIds: number[] | null;
  /** The programme's participants this person belongs to (their organisation, or they are a contact). */
  participantIds: number[];
}

const none: ProgrammeAccess = {
  canView: false,
  canManage: false,
  canFollowUp: false,
  followUpParticipantIds: [],
  participantIds: [],
};

// The rules, one line each (routes answer 404 whenever canView is false, so existence stays private):
//   operator                          → view, manage, follow up every participant of every programme
//   advisor on the whole team         → view, follow up every participant of that programme
//   advisor assigned to a participant → view that programme, follow up that participant only
//   member of a participant / contact → view that programme; participantIds lists their participants
//   anyone, logged in or not          → view public programmes

/** Decides what `user` may do with the programme; all false when it does not exist. */
export async function programmeAccess(
  db: Executor,
  user: RequestUser | null,
  programmeId: number,
): Promise<ProgrammeAccess> {
  const programme = await q.findProgrammeById(db, programmeId);
  return programme ? accessToProgramme(db, user, programme) : none;
}

/** programmeAccess for a programme already read: no query at all for a visitor who is not logged in. */
export async function accessToProgramme(
  db: Executor,
  user: RequestUser | null,
  programme: { id: number; visibility: string },
): Promise<ProgrammeAccess> {
  return (await accessToProgrammes(db, user, [programme])).get(programme.id) ?? none;
}

/** programmeAccess for several programmes with a fixed number of queries (for /me). */
export async function accessToProgrammes(
  db: Executor,
  user: RequestUser | null,
  programmes: { id: number; visibility: string }[],
): Promise<Map<number, ProgrammeAccess>> {
  const ids = programmes.map((p) => p.id);
  const personId = user?.personId ?? null;
  const [members, teams] = await Promise.all([
    personId == null
      ? []
      : organisationIdsOfPerson(db, personId).then((orgIds) =>
          tq.memberParticipants(db, ids, orgIds, personId),
        ),
    user?.role === 'advisor' && personId != null ? tq.advisorRowsOfPerson(db, personId, ids) : [],
  ]);
  const access = new Map<number, ProgrammeAccess>();
  for (const programme of programmes) {
    const participantIds = members.filter((m) => m.programme_id === programme.id).map((m) => m.id);
    if (user?.role === 'operator') {
      const all = { canView: true, canManage: true, canFollowUp: true, followUpParticipantIds: null };
      access.set(programme.id, { ...all, participantIds });
      continue;
    }
    const team = teams.filter((t) => t.programme_id === programme.id);
    const advisor = team.length > 0;
    const assigned = [...new Set(team.flatMap((t) => (t.participant_id == null ? [] : [t.participant_id])))];
    access.set(programme.id, {
      canView: programme.visibility === 'public' || advisor || participantIds.length > 0,
      canManage: false,
      canFollowUp: advisor,
      followUpParticipantIds: team.some((t) => t.participant_id == null) ? null : assigned,
      participantIds,
    });
  }
  return access;
}

/** Whether the person follows up this participant as staff (status, feedback, outcome). */
export const followsUp = (access: ProgrammeAccess, participantId: number) =>
  access.canFollowUp &&
  (access.followUpParticipantIds == null || access.followUpParticipantIds.includes(participantId));

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
