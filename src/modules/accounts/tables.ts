import type { Generated } from 'kysely';
import type { Role } from '../../platform/http/context';

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string | null;
  role: Role;
  /** The person in the network registry this login belongs to, if any. */
  person_id: number | null;
  email_verified_at: string | null;
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

export interface UserTokenTable {
  token_hash: string;
  user_id: number;
  purpose: 'verify' | 'reset';
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
