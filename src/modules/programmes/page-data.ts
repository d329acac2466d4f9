import type { Executor } from '../../platform/db/database';
import { listOrganisations, type Organisation, type Person } from '../network/index';
import type { Advisor, Nomination, Participant, Phase, Programme } from './model';
import { nomineeMatch } from './nomination-service';
import type { ProgrammeAccess } from './permissions';
import { getProgrammeStructure } from './reads';
import { readTeam } from './team-reads';
import { participantKinds } from './team-service';

/** Everything the programme page shows, already cut down to what this person may see. */
export interface ProgrammePageData {
  programme: Programme;
  access: ProgrammeAccess;
  owner: Organisation | null;
  phases: Phase[];
  participants: Participant[];
  advisors: Advisor[];
  referenceGroup: Nomination[];
  /** Nominations awaiting a decision or declined: all for staff, a member's own participants' otherwise. */
  nominations: Nomination[];
  /** Contact e-mail addresses: for operators, the advisor team and the programme's own members only. */
  showContactDetails: boolean;
  /** For operators: the registry person each waiting, unlinked nomination will be linked to on accepting. */
  nomineeMatches: Map<number, Person>;
  /** For operators' forms: organisations that may be added, and those an advisor may work for. */
  organisationOptions: Organisation[];
  advisorOrganisationOptions: Organisation[];
  organisationQuery: string;
}

const OPTION_LIMIT = 200;
const advisorKinds = ['national_agency', 'county', 'education', 'ngo', 'company', 'other'] as const;

/** Loads the programme page for one person; `organisationQuery` filters the add-participant choices. */
export async function loadProgrammePage(
  db: Executor,
  programme: Programme,
  access: ProgrammeAccess,
  organisationQuery = '',
): Promise<ProgrammePageData> {
  // Two rounds of queries however large the programme: its rows in parallel, then the people and
  // organisations they name (the owner among them) in one query each.
  const [phases, team] = await Promise.all([
    getProgrammeStructure(db, programme.id),
    readTeam(db, programme.id, {
      participants: true,
      advisors: true,
      nominations: true,
      organisationIds: [programme.ownerOrganisationId],
    }),
  ]);
  const { participants, advisors, nominations: allNominations } = team;
  const owner =
    programme.ownerOrganisationId != null ? team.organisations.get(programme.ownerOrganisationId) : undefined;
  const staff = access.canManage || access.canFollowUp;
  const own = new Set(access.participantIds);
  const nominations = allNominations.filter(
    (n) =>
      n.status !== 'accepted' &&
      (staff || (n.nominatedByParticipantId != null && own.has(n.nominatedByParticipantId))),
  );
  let organisationOptions: Organisation[] = [];
  let advisorOrganisationOptions: Organisation[] = [];
  if (access.canManage) {
    const taken = new Set(participants.map((p) => p.organisationId));
    const [candidates, advisorOrgs] = await Promise.all([
      listOrganisations(db, {
        kinds: [...participantKinds],
        q: organisationQuery || undefined,
        limit: OPTION_LIMIT,
      }),
      listOrganisations(db, { kinds: [...advisorKinds], limit: OPTION_LIMIT }),
    ]);
    organisationOptions = candidates.filter((o) => !taken.has(o.id));
    advisorOrganisationOptions = advisorOrgs;
  }
  return {
    programme,
    access,
    owner: owner ?? null,
    phases,
    participants,
    advisors,
    referenceGroup: allNominations.filter((n) => n.status === 'accepted'),
    nominations,
    // Logged in is not enough: a public programme's page would show every contact's address to
    // anyone with an account.
    showContactDetails: access.canManage || access.canFollowUp || access.participantIds.length > 0,
    nomineeMatches: access.canManage ? await matchNominees(db, nominations) : new Map(),
    organisationOptions,
    advisorOrganisationOptions,
    organisationQuery,
  };
}

async function matchNominees(db: Executor, nominations: Nomination[]) {
  const matches = new Map<number, Person>();
  for (const n of nominations) {
    if (n.status !== 'nominated' || n.person) continue;
    const match = await nomineeMatch(db, n.nominee);
    if (match) matches.set(n.id, match);
  }
  return matches;
}

/** Organisations an operator may name as a programme's owner (any kind but a municipality). */
export function ownerOptions(db: Executor) {
  return listOrganisations(db, { kinds: [...advisorKinds, 'city_region'], limit: 500 });
}
