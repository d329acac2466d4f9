import type { Executor } from '../../platform/db/database';
import type { RequestUser } from '../../platform/http/context';
import { getOrganisationsByIds, getPeopleByIds } from '../network/index';
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
import * as tq from './team-queries';

const byId = <T extends { id: number }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
const unique = (ids: (number | null)[]) => [...new Set(ids.filter((id): id is number => id != null))];

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

/** getProgrammeStructure for several programmes in two queries. */
export async function getProgrammeStructures(
  db: Executor,
  programmeIds: number[],
): Promise<Map<number, Phase[]>> {
  const [phases, steps] = await Promise.all([
    q.listPhaseRowsOf(db, programmeIds),
    q.listStepRowsOf(db, programmeIds),
  ]);
  const structures = new Map<number, Phase[]>(programmeIds.map((id) => [id, []]));
  for (const phase of phases) {
    structures.get(phase.programme_id)?.push({
      id: phase.id,
      programmeId: phase.programme_id,
      position: phase.position,
      title: parseLocalized(phase.title),
      description: parseLocalized(phase.description),
      steps: steps
        .filter((step) => step.phase_id === phase.id)
        .map((step) => ({
          id: step.id,
          phaseId: step.phase_id,
          position: step.position,
          title: parseLocalized(step.title),
          description: parseLocalized(step.description),
        })),
    });
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
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/** The programme's participants, each with its organisation and contact people, sorted by name. */
export async function listParticipants(db: Executor, programmeId: number): Promise<Participant[]> {
  const rows = await tq.listParticipantRows(db, programmeId);
  const contacts = await tq.listContactRows(
    db,
    rows.map((r) => r.id),
  );
  const [organisations, people] = await Promise.all([
    getOrganisationsByIds(db, unique(rows.map((r) => r.organisation_id))),
    getPeopleByIds(db, unique(contacts.map((c) => c.person_id))),
  ]);
  const orgById = byId(organisations);
  const personById = byId(people);
  const participants = rows.map((row) => ({
    id: row.id,
    programmeId: row.programme_id,
    organisationId: row.organisation_id,
    organisation: orgById.get(row.organisation_id) ?? null,
    joinedOn: row.joined_on,
    contacts: contacts.flatMap((c) => {
      const person = personById.get(c.person_id);
      return c.participant_id === row.id && person ? [{ person, role: c.role }] : [];
    }),
  }));
  return participants.sort((a, b) =>
    (a.organisation?.name ?? '').localeCompare(b.organisation?.name ?? '', 'nb'),
  );
}

/** The advisor team with each advisor's person and organisation. */
export async function listAdvisors(db: Executor, programmeId: number): Promise<Advisor[]> {
  const rows = await tq.listAdvisorRows(db, programmeId);
  const [people, organisations] = await Promise.all([
    getPeopleByIds(db, unique(rows.map((r) => r.person_id))),
    getOrganisationsByIds(db, unique(rows.map((r) => r.organisation_id))),
  ]);
  const personById = byId(people);
  const orgById = byId(organisations);
  return rows.map((row) => ({
    id: row.id,
    person: personById.get(row.person_id) ?? null,
    organisation: row.organisation_id != null ? (orgById.get(row.organisation_id) ?? null) : null,
    participantId: row.participant_id,
  }));
}

/** Every nomination to the reference group, oldest first; accepted ones are the group. */
export async function listNominations(db: Executor, programmeId: number): Promise<Nomination[]> {
  const rows = await tq.listNominationRows(db, programmeId);
  const personById = byId(await getPeopleByIds(db, unique(rows.map((r) => r.person_id))));
  return rows.map((row) => {
    const person = row.person_id != null ? (personById.get(row.person_id) ?? null) : null;
    const nominee =
      row.nominee_name != null
        ? {
            name: row.nominee_name,
            email: row.nominee_email,
            title: row.nominee_title,
            organisation: row.nominee_organisation,
          }
        : null;
    return {
      id: row.id,
      person,
      nominee,
      name: person?.name ?? nominee?.name ?? '',
      title: person ? person.title : (nominee?.title ?? null),
      nominatedByParticipantId: row.nominated_by_participant_id,
      motivation: row.motivation,
      status: row.status,
      createdAt: row.created_at,
      decidedAt: row.decided_at,
    };
  });
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
