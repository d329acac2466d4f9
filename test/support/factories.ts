import crypto from 'node:crypto';
import { createUser } from '../../src/modules/accounts/index';
import type { Executor } from '../../src/platform/db/database';
import type { Role } from '../../src/platform/http/context';

export const TEST_PASSWORD = 'correct horse battery';

const unique = () => crypto.randomBytes(4).toString('hex');

/** A login with a known password; pass `personId` to tie it to a person in the network. */
export async function buildUser(
  db: Executor,
  overrides: { role?: Role; email?: string; name?: string; personId?: number | null } = {},
) {
  const email = overrides.email ?? `user-${unique()}@example.no`;
  const id = await createUser(db, {
    email,
    name: overrides.name ?? 'Test Person',
    password: TEST_PASSWORD,
    role: overrides.role ?? 'participant',
    personId: overrides.personId ?? null,
    verified: true,
  });
  return { id, email, password: TEST_PASSWORD };
}
