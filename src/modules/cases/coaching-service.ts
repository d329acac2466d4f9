import { audit } from '../../platform/audit/audit';
import { nowIso } from '../../platform/db/columns';
import { inTransaction, type Executor } from '../../platform/db/database';
import { findEvent } from '../gatherings/index';
import { listParticipants } from '../programmes/index';
import type { PersonalDataHandler } from '../../platform/personal-data';
import { parseThemes } from './case-service';
import * as q from './coaching-queries';
import { formGroups, pairKey, type GroupingCase } from './grouping';

/** A rule the coaching groups keep: the thing does not exist, or a group with cases cannot go. */
export class CoachingError extends Error {
  constructor(public code: 'notFound' | 'notEmpty') {
    super(code);
    this.name = 'CoachingError';
  }

  /** What the error page reads if one escapes a route's handling: a 4xx, never 500. */
  get statusCode(): number {
    return this.code === 'notFound' ? 404 : 409;
  }
}

export interface BoardCase {
  id: number;
  participantId: number;
  title: string;
  question: string;
  organisation: string;
  organisationId: number;
  /** The county/region of the case's organisation (its parent), else the organisation itself. */
  regionId: number | null;
  themes: string[];
}

export interface BoardGroup {
  id: number;
  number: number;
  cases: BoardCase[];
  summary: { body: string; updatedAt: string } | null;
}

/** The coaching groups of one event, and the programme's cases not (yet) in any of them. */
export interface CoachingBoard {
  groups: BoardGroup[];
  unassigned: BoardCase[];
}

/** The programme's cases with their organisation and region (read through the programmes index). */
export async function casesOfProgramme(db: Executor, programmeId: number): Promise<BoardCase[]> {
  const [rows, participants] = await Promise.all([
    q.programmeCases(db, programmeId),
    listParticipants(db, programmeId),
  ]);
  const byId = new Map(participants.map((p) => [p.id, p]));
  return rows.map((row) => {
    const p = byId.get(row.participant_id);
    return {
      id: row.id,
      participantId: row.participant_id,
      title: row.title,
      question: row.question,
      organisation: p?.organisation?.name ?? '',
      organisationId: p?.organisationId ?? -row.participant_id,
      regionId: p?.organisation?.parentId ?? p?.organisationId ?? null,
      themes: parseThemes(row.themes),
    };
  });
}

/** One coaching group (id, event_id, number), or undefined. */
export function findCoachingGroup(db: Executor, groupId: number) {
  return q.findGroup(db, groupId);
}

async function eventOf(db: Executor, eventId: number) {
  const event = await findEvent(db, eventId);
  if (!event) throw new CoachingError('notFound');
  return event;
}

/** The event's groups with their cases and A3 summaries. */
export async function loadCoachingBoard(db: Executor, event: { id: number; programme_id: number }) {
  const [cases, groups, members, summaries] = await Promise.all([
    casesOfProgramme(db, event.programme_id),
    q.groupsOfEvent(db, event.id),
    q.membersOfEvent(db, event.id),
    q.summariesOfEvent(db, event.id),
  ]);
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const placed = new Set(members.map((m) => m.case_id));
  const board: CoachingBoard = {
    groups: groups.map((g) => {
      const summary = summaries.find((s) => s.group_id === g.id);
      return {
        id: g.id,
        number: g.number,
        cases: members.filter((m) => m.group_id === g.id).flatMap((m) => caseById.get(m.case_id) ?? []),
        summary: summary ? { body: summary.body, updatedAt: summary.updated_at } : null,
      };
    }),
    unassigned: cases.filter((c) => !placed.has(c.id)),
  };
  return board;
}

/** Pairs of these cases that sat in one group at an event that started before this one. */
async function metBefore(db: Executor, caseIds: number[], event: { id: number; starts_at: string }) {
  const rows = await q.membershipsElsewhere(db, caseIds, event.id);
  const earlier = new Set<number>();
  for (const eventId of new Set(rows.map((r) => r.event_id))) {
    const other = await findEvent(db, eventId);
    if (other && other.starts_at < event.starts_at) earlier.add(eventId);
  }
  const byGroup = new Map<number, number[]>();
  for (const r of rows) {
    if (!earlier.has(r.event_id)) continue;
    byGroup.set(r.group_id, [...(byGroup.get(r.group_id) ?? []), r.case_id]);
  }
  const pairs = new Set<string>();
  for (const members of byGroup.values())
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) pairs.add(pairKey(members[i]!, members[j]!));
  return pairs;
}

/**
 * Forms the event's coaching groups from all the programme's cases (see grouping.ts), replacing any
 * groups the event had (and their summaries). Returns the new group ids in number order.
 */
export async function formCoachingGroups(
  db: Executor,
  eventId: number,
  actorUserId: number | null,
  seed?: number,
): Promise<number[]> {
  const event = await eventOf(db, eventId);
  const cases = await casesOfProgramme(db, event.programme_id);
  const input: GroupingCase[] = cases.map((c) => ({
    id: c.id,
    organisationId: c.organisationId,
    regionId: c.regionId,
    themes: c.themes,
  }));
  const met = await metBefore(
    db,
    cases.map((c) => c.id),
    event,
  );
  const groups = formGroups(input, met, seed ?? eventId);
  return inTransaction(db, async (tx) => {
    const at = nowIso();
    await q.deleteGroupsOfEvent(tx, eventId);
    const ids: number[] = [];
    for (const [index, caseIds] of groups.entries()) {
      const groupId = await q.insertGroup(tx, eventId, index + 1, at);
      for (const caseId of caseIds) await q.placeCase(tx, eventId, groupId, caseId);
      ids.push(groupId);
    }
    await audit(tx, {
      actorUserId,
      action: 'coaching.groups.formed',
      subjectType: 'event',
      subjectId: eventId,
      details: { groups, avoidedPairs: met.size },
    });
    return ids;
  });
}

async function caseOfProgramme(db: Executor, programmeId: number, caseId: number) {
  const cases = await q.programmeCases(db, programmeId);
  if (!cases.some((c) => c.id === caseId)) throw new CoachingError('notFound');
}

/** Adds a group with the next number, holding these cases (taken out of their groups); [] for an empty one. */
export async function createCoachingGroup(
  db: Executor,
  eventId: number,
  caseIds: number[],
  actorUserId: number | null,
): Promise<number> {
  const event = await eventOf(db, eventId);
  const own = new Set((await q.programmeCases(db, event.programme_id)).map((c) => c.id));
  if (caseIds.some((id) => !own.has(id))) throw new CoachingError('notFound');
  return inTransaction(db, async (tx) => {
    const number = await q.nextGroupNumber(tx, eventId);
    const groupId = await q.insertGroup(tx, eventId, number, nowIso());
    for (const caseId of caseIds) await q.placeCase(tx, eventId, groupId, caseId);
    await audit(tx, {
      actorUserId,
      action: 'coaching.group.created',
      subjectType: 'coaching_group',
      subjectId: groupId,
      details: { eventId, number, caseIds },
    });
    return groupId;
  });
}

/** Moves a case of the event's programme into another group of the same event. */
export async function moveCaseToGroup(
  db: Executor,
  input: { eventId: number; caseId: number; groupId: number },
  actorUserId: number | null,
) {
  const event = await eventOf(db, input.eventId);
  const group = await q.findGroup(db, input.groupId);
  if (!group || group.event_id !== event.id) throw new CoachingError('notFound');
  await caseOfProgramme(db, event.programme_id, input.caseId);
  await inTransaction(db, async (tx) => {
    await q.placeCase(tx, event.id, group.id, input.caseId);
    await audit(tx, {
      actorUserId,
      action: 'coaching.case.moved',
      subjectType: 'case',
      subjectId: input.caseId,
      details: { eventId: event.id, groupId: group.id, number: group.number },
    });
  });
}

/** Removes a group of the event that has no cases left. */
export async function removeEmptyGroup(
  db: Executor,
  input: { eventId: number; groupId: number },
  actorUserId: number | null,
) {
  const group = await q.findGroup(db, input.groupId);
  if (!group || group.event_id !== input.eventId) throw new CoachingError('notFound');
  await inTransaction(db, async (tx) => {
    if ((await q.countMembers(tx, group.id)) > 0) throw new CoachingError('notEmpty');
    await q.deleteGroup(tx, group.id);
    await audit(tx, {
      actorUserId,
      action: 'coaching.group.removed',
      subjectType: 'coaching_group',
      subjectId: group.id,
      details: { eventId: group.event_id, number: group.number },
    });
  });
}

/** Writes the group's A3 summary of shared critical questions, dated `now`. */
export async function saveGroupSummary(
  db: Executor,
  input: { groupId: number; body: string },
  actorUserId: number | null,
  now: Date = new Date(),
) {
  const group = await q.findGroup(db, input.groupId);
  if (!group) throw new CoachingError('notFound');
  await inTransaction(db, async (tx) => {
    await q.upsertSummary(tx, group.id, input.body, actorUserId, now.toISOString());
    await audit(tx, {
      actorUserId,
      action: 'coaching.summary.saved',
      subjectType: 'coaching_group',
      subjectId: group.id,
      details: { eventId: group.event_id, length: input.body.length },
    });
  });
}

/**
 * What the coaching groups hold about a login: the A3 summaries they saved last. Erasure keeps the
 * text, which belongs to the whole group, but no longer ties it to the person.
 */
export const coachingPersonalData: PersonalDataHandler = {
  name: 'coachingGroups',
  async export(db, who) {
    if (who.userId == null) return null;
    const rows = await q.summariesUpdatedBy(db, who.userId);
    return rows.map((r) => ({
      eventId: r.event_id,
      group: r.number,
      summary: r.body,
      updatedAt: r.updated_at,
    }));
  },
  async erase(db, who) {
    if (who.userId != null) await q.unlinkSummaryAuthor(db, who.userId);
  },
};
