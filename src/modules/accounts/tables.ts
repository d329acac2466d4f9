import type { Generated } from 'kysely';
import type { Role } from '../../platform/http/context';
import type { Locale } from '../../platform/i18n/index';

export type TokenPurpose = 'verify' | 'reset' | 'invite';

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string | null;
  role: Role;
  /** The person in the network registry this login belongs to, if any. */
  person_id: number | null;
  email_verified_at: string | null;
  /** The language the person last chose; their mail is written in it. Null until they log in. */
  locale: Locale | null;
  created_at: string;
  /** Set when an operator erased the person: the row stays so history keeps its shape. */
  erased_at: string | null;
}

export interface SessionTable {
  /** SHA-256 of the cookie value: a leaked database does not leak live sessions. */
  id: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string;
  ip: string;
}

/**
 * A single-use link sent by mail. `verify` confirms the e-mail address; `reset` sets a new password;
 * `invite` is a new login's first password (and proves the address, like `verify`).
 */
export interface UserTokenTable {
  /** SHA-256 of the token in the link: the database never holds a usable link. */
  token_hash: string;
  user_id: number;
  purpose: TokenPurpose;
  expires_at: string;
  used_at: string | null;
}

export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}

declare module '../../platform/db/schema' {
  interface Schema {
    users: UserTable;
    sessions: SessionTable;
    user_tokens: UserTokenTable;
    api_tokens: ApiTokenTable;
  }
}
