import type { Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import * as fq from './follow-up-queries';
import { collectChanges, loadRows, type Change } from './follow-up-overview';
import { buildPhases, nextSteps, type NextSteps } from './follow-up-read';
import type { Programme } from './model';
import { accessToProgrammes } from './permissions';
import { getProgrammeStructures, listParticipantNames, listVisibleProgrammes } from './reads';

export interface MemberProgramme {
  programme: Programme;
  participants: { id: number; name: string; next: NextSteps }[];
}

export interface FollowedProgramme {
  programme: Programme;
  /** The participants the person follows up: all, or an advisor's own. */
  participantCount: number;
  /** Changes by others since the person last opened the overview. */
  newCount: number;
  lastVisit: string | null;
}

export interface MyPageData {
  member: MemberProgramme[];
  followed: FollowedProgramme[];
  /** The latest changes by others across the followed programmes. */
  recent: (Change & { programme: Programme })[];
}

/**
 * For /me: the participants the person belongs to with their next steps, and the programmes they
 * follow up. Access, participants, structures and follow-up are each read once for all programmes,
 * so the page costs the same number of queries for one programme as for twenty.
 */
export async function loadMyPage(db: Executor, user: RequestUser): Promise<MyPageData> {
  const visible = await listVisibleProgrammes(db, user);
  const access = await accessToProgrammes(db, user, visible);
  const programmes = visible.filter((p) => {
    const a = access.get(p.id);
    return !!a && (a.canFollowUp || a.participantIds.length > 0);
  });
  const ids = programmes.map((p) => p.id);
  const [structures, participants, visitRows] = await Promise.all([
    getProgrammeStructures(db, ids),
    listParticipantNames(db, ids),
    fq.listVisits(db, user.id),
  ]);
  const visits = new Map(visitRows.map((v) => [v.programme_id, v.visited_at]));

  // Whose follow-up each programme shows this person: those they follow up and those they belong to.
  const shown = new Map<number, { followed: typeof participants; own: typeof participants }>();
  for (const programme of programmes) {
    const a = access.get(programme.id)!;
    const all = participants.filter((p) => p.programmeId === programme.id);
    const assigned = a.followUpParticipantIds;
    const followed = !a.canFollowUp
      ? []
      : assigned == null
        ? all
        : all.filter((p) => assigned.includes(p.id));
    shown.set(programme.id, { followed, own: all.filter((p) => a.participantIds.includes(p.id)) });
  }
  const wanted = [...shown.values()].flatMap((s) => [...s.followed, ...s.own].map((p) => p.id));
  const rows = await loadRows(db, [...new Set(wanted)]);

  const data: MyPageData = { member: [], followed: [], recent: [] };
  for (const programme of programmes) {
    const a = access.get(programme.id)!;
    const structure = structures.get(programme.id) ?? [];
    const { followed, own } = shown.get(programme.id)!;
    if (own.length > 0) {
      data.member.push({
        programme,
        participants: own.map((p) => ({
          id: p.id,
          name: p.name,
          next: nextSteps(buildPhases(structure, p.id, rows)),
        })),
      });
    }
    if (a.canFollowUp) {
      const lastVisit = visits.get(programme.id) ?? null;
      const names = new Map(followed.map((p) => [p.id, p.name]));
      const all = collectChanges(names, structure, rows, null, user.id);
      data.followed.push({
        programme,
        participantCount: followed.length,
        newCount: lastVisit == null ? all.length : all.filter((c) => c.at > lastVisit).length,
        lastVisit,
      });
      data.recent.push(...all.slice(0, 10).map((c) => ({ ...c, programme })));
    }
  }
  data.recent = data.recent.sort((a, b) => b.at.localeCompare(a.at)).slice(0, 10);
  return data;
}
