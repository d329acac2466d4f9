import { createUser } from '../modules/accounts/index';
import {
  createOrganisation,
  createPerson,
  findOrganisationByNumber,
  setGroupMembers,
} from '../modules/network/index';
import type { Executor } from '../platform/db/database';
import type { DemoAccount, DemoOrganisation, DemoPerson } from './data/index';
import type { DemoIds } from './keys';

/**
 * Creates the organisations, counties first so municipalities can point to them. One that already
 * has its official number (say, from an earlier registry import) is reused rather than duplicated.
 */
export async function loadOrganisations(db: Executor, organisations: DemoOrganisation[], ids: DemoIds) {
  for (const o of organisations) {
    const existing = o.number ? await findOrganisationByNumber(db, o.country, o.kind, o.number) : undefined;
    const id =
      existing?.id ??
      (await createOrganisation(
        db,
        {
          kind: o.kind,
          name: o.name,
          country: o.country,
          number: o.number ?? null,
          parentId: o.parent ? ids.organisation(o.parent) : null,
          website: o.website ?? null,
        },
        null,
      ));
    ids.organisations.set(o.key, id);
  }
  for (const o of organisations) {
    if (o.members) {
      await setGroupMembers(
        db,
        ids.organisation(o.key),
        o.members.map((m) => ids.organisation(m)),
        null,
      );
    }
  }
}

/** Creates the fictional people with their organisations. */
export async function loadPeople(db: Executor, people: DemoPerson[], ids: DemoIds) {
  for (const p of people) {
    const id = await createPerson(
      db,
      {
        name: p.name,
        email: p.email,
        title: p.title ?? null,
        organisations: p.organisations.map((o) => ({
          organisationId: ids.organisation(o.organisation),
          role: o.role ?? null,
        })),
      },
      null,
    );
    ids.people.set(p.key, id);
  }
}

/** Creates the demo logins, verified, each tied to its person in the network. */
export async function loadAccounts(db: Executor, accounts: DemoAccount[], ids: DemoIds) {
  for (const a of accounts) {
    const id = await createUser(
      db,
      {
        email: a.email,
        name: a.name,
        password: a.password,
        role: a.role,
        personId: ids.person(a.person),
        verified: true,
      },
      null,
    );
    ids.users.set(a.email, id);
    ids.usersByPerson.set(a.person, id);
  }
}
