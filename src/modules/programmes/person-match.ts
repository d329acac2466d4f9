import type { Executor } from '../../platform/db/database';
import { createPerson, listPeople, type Person } from '../network/index';

// Finding people in the network registry by what a form says about them. Only operators' actions
// come here: a participant's nomination never looks anyone up (it would show them other people's
// names and titles), and never creates anyone (see nomination-service.ts).

export interface PersonDetails {
  name: string;
  email?: string | null;
  title?: string | null;
}

/** The registry person with exactly this e-mail (addresses are stored in lower case), if any. */
export async function findPersonByExactEmail(db: Executor, email: string): Promise<Person | undefined> {
  const wanted = email.trim().toLowerCase();
  if (!wanted) return undefined;
  // The network's index has no lookup by e-mail: its search matches parts of names and addresses,
  // so only the exact address is kept.
  return (await listPeople(db, { q: wanted })).find((p) => p.email?.toLowerCase() === wanted);
}

/**
 * The registered person with this e-mail, or without one the person of that exact name in the
 * organisation; otherwise a new person, linked to the organisation when given.
 */
export async function resolvePerson(
  db: Executor,
  details: PersonDetails,
  organisationId: number | null,
  actorUserId: number | null,
): Promise<number> {
  const email = details.email?.trim().toLowerCase() || null;
  const name = details.name.trim();
  if (email) {
    const match = await findPersonByExactEmail(db, email);
    if (match) return match.id;
  } else if (organisationId != null) {
    const match = (await listPeople(db, { q: name, organisationId })).find(
      (p) => p.name.toLowerCase() === name.toLowerCase(),
    );
    if (match) return match.id;
  }
  return createPerson(
    db,
    {
      name,
      email,
      title: details.title ?? null,
      organisations: organisationId != null ? [{ organisationId }] : [],
    },
    actorUserId,
  );
}
