import type { Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import { getOrganisationsByIds } from '../network/index';
import {
  parseLocalized,
  toProgramme,
  type Advisor,
  type Nomination,
  type Participant,
  type Phase,
  type Programme,
  type ProgrammeSummary,
} from './model';
import { ownProgrammeIds, visibleProgrammeIds } from './permissions';
import * as q from './queries';
import { readTeam } from './team-reads';
import * as tq from './team-queries';

const byId = <T extends { id: number }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
const unique = (ids: (number | null)[]) => [...new Set(ids.filter((id): id is number => id != null))];
const norwegian = new Intl.Collator('nb');

/** The programme with this id, or undefined. */
export async function getProgramme(db: Executor, id: number): Promise<Programme | undefined> {
  const row = await q.findProgrammeById(db, id);
  return row ? toProgramme(row) : undefined;
}

/** The programme with this slug, or undefined. */
export async function getProgrammeBySlug(db: Executor, slug: string): Promise<Programme | undefined> {
  const row = await q.findProgrammeBySlug(db, slug);
  return row ? toProgramme(row) : undefined;
}

/** The programme's phases in order, each with its steps in order. */
export async function getProgrammeStructure(db: Executor, programmeId: number): Promise<Phase[]> {
  return (await getProgrammeStructures(db, [programmeId])).get(programmeId) ?? [];
}

/** getProgrammeStructure for several programmes in one query. */
export async function getProgrammeStructures(
  db: Executor,
  programmeIds: number[],
): Promise<Map<number, Phase[]>> {
  const rows = await q.listStructureRowsOf(db, programmeIds);
  const structures = new Map<number, Phase[]>(programmeIds.map((id) => [id, []]));
  let phase: Phase | undefined;
  for (const row of rows) {
    if (phase?.id !== row.phase_id) {
      phase = {
        id: row.phase_id,
        programmeId: row.programme_id,
        position: row.phase_position,
        title: parseLocalized(row.phase_title),
        description: parseLocalized(row.phase_description),
        steps: [],
      };
      structures.get(row.programme_id)?.push(phase);
    }
    if (row.step_id != null) {
      phase.steps.push({
        id: row.step_id,
        phaseId: row.phase_id,
        position: row.step_position ?? 0,
        title: parseLocalized(row.step_title),
        description: parseLocalized(row.step_description),
      });
    }
  }
  return structures;
}

/** The participants of several programmes with their organisation's name, sorted by name (no contacts). */
export async function listParticipantNames(db: Executor, programmeIds: number[]) {
  const rows = await tq.listParticipantRowsOf(db, programmeIds);
  const orgById = byId(await getOrganisationsByIds(db, unique(rows.map((r) => r.organisation_id))));
  return rows
    .map((row) => ({
      id: row.id,
      programmeId: row.programme_id,
      name: orgById.get(row.organisation_id)?.name ?? '',
    }))
    .sort((a, b) => norwegian.compare(a.name, b.name));
}

/** The programme's participants, each with its organisation and contact people, sorted by name. */
export async function listParticipants(db: Executor, programmeId: number): Promise<Participant[]> {
  return (await readTeam(db, programmeId, { participants: true })).participants;
}

/** The advisor team with each advisor's person and organisation. */
export async function listAdvisors(db: Executor, programmeId: number): Promise<Advisor[]> {
  return (await readTeam(db, programmeId, { advisors: true })).advisors;
}

/** Every nomination to the reference group, oldest first; accepted ones are the group. */
export async function listNominations(db: Executor, programmeId: number): Promise<Nomination[]> {
  return (await readTeam(db, programmeId, { nominations: true })).nominations;
}

async function summaries(db: Executor, ids: number[] | null): Promise<ProgrammeSummary[]> {
  const rows = await q.listProgrammeRows(db, ids);
  return rows.map((row) => ({ ...toProgramme(row), participantCount: Number(row.participant_count ?? 0) }));
}

/** The programmes `user` may view (programmeAccess's rules), newest first, with participant counts. */
export async function listVisibleProgrammes(db: Executor, user: RequestUser | null) {
  return summaries(db, await visibleProgrammeIds(db, user));
}

/** The programmes the person takes part in or advises, newest first. */
export async function listOwnProgrammes(db: Executor, user: RequestUser | null) {
  const ids = await ownProgrammeIds(db, user);
  return ids.length > 0 ? summaries(db, ids) : [];
}
