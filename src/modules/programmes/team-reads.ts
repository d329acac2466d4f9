import type { Executor } from '../../platform/db/database';
import { getOrganisationsByIds, getPeopleByIds, type Organisation } from '../network/index';
import type { Advisor, Nomination, Participant } from './model';
import * as tq from './team-queries';

/** Which parts of a programme's team to read; `organisationIds` are read along with the team's own. */
export interface TeamParts {
  participants?: boolean;
  advisors?: boolean;
  nominations?: boolean;
  organisationIds?: (number | null)[];
}

export interface Team {
  participants: Participant[];
  advisors: Advisor[];
  nominations: Nomination[];
  /** Every organisation named by the parts read, and those asked for in `organisationIds`. */
  organisations: Map<number, Organisation>;
}

type ParticipantRow = Awaited<ReturnType<typeof tq.listParticipantRows>>[number];
type ContactRow = Awaited<ReturnType<typeof tq.listContactRowsOfProgramme>>[number];
type AdvisorRow = Awaited<ReturnType<typeof tq.listAdvisorRows>>[number];
type NominationRow = Awaited<ReturnType<typeof tq.listNominationRows>>[number];

const skip = <T>(): Promise<T[]> => Promise.resolve([]);
const byId = <T extends { id: number }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
const unique = (ids: (number | null)[]) => [...new Set(ids.filter((id): id is number => id != null))];
// One collator for all sorts: localeCompare(…, 'nb') looks the locale up on every call.
const norwegian = new Intl.Collator('nb');

/**
 * Reads the parts of a programme's team asked for: their rows in parallel, then the people and the
 * organisations they name in one query each, however many participants, contacts and advisors.
 */
export async function readTeam(db: Executor, programmeId: number, parts: TeamParts): Promise<Team> {
  const [participantRows, contactRows, advisorRows, nominationRows] = await Promise.all([
    parts.participants ? tq.listParticipantRows(db, programmeId) : skip<ParticipantRow>(),
    parts.participants ? tq.listContactRowsOfProgramme(db, programmeId) : skip<ContactRow>(),
    parts.advisors ? tq.listAdvisorRows(db, programmeId) : skip<AdvisorRow>(),
    parts.nominations ? tq.listNominationRows(db, programmeId) : skip<NominationRow>(),
  ]);
  const [organisations, people] = await Promise.all([
    getOrganisationsByIds(
      db,
      unique([
        ...participantRows.map((r) => r.organisation_id),
        ...advisorRows.map((r) => r.organisation_id),
        ...(parts.organisationIds ?? []),
      ]),
    ),
    getPeopleByIds(
      db,
      unique([
        ...contactRows.map((c) => c.person_id),
        ...advisorRows.map((r) => r.person_id),
        ...nominationRows.map((r) => r.person_id),
      ]),
    ),
  ]);
  const orgById = byId(organisations);
  const personById = byId(people);
  return {
    participants: toParticipants(participantRows, contactRows, orgById, personById),
    advisors: advisorRows.map((row) => ({
      id: row.id,
      person: personById.get(row.person_id) ?? null,
      organisation: row.organisation_id != null ? (orgById.get(row.organisation_id) ?? null) : null,
      participantId: row.participant_id,
    })),
    nominations: nominationRows.map((row) => toNomination(row, personById)),
    organisations: orgById,
  };
}

function toParticipants(
  rows: ParticipantRow[],
  contactRows: ContactRow[],
  orgById: Map<number, Organisation>,
  personById: Map<number, Participant['contacts'][number]['person']>,
): Participant[] {
  const contactsOf = new Map<number, Participant['contacts']>();
  for (const c of contactRows) {
    const person = personById.get(c.person_id);
    if (!person) continue;
    const list = contactsOf.get(c.participant_id) ?? [];
    list.push({ person, role: c.role });
    contactsOf.set(c.participant_id, list);
  }
  const participants = rows.map((row) => ({
    id: row.id,
    programmeId: row.programme_id,
    organisationId: row.organisation_id,
    organisation: orgById.get(row.organisation_id) ?? null,
    joinedOn: row.joined_on,
    contacts: contactsOf.get(row.id) ?? [],
  }));
  return participants.sort((a, b) =>
    norwegian.compare(a.organisation?.name ?? '', b.organisation?.name ?? ''),
  );
}

function toNomination(
  row: NominationRow,
  personById: Map<number, Nomination['person'] & object>,
): Nomination {
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
}
