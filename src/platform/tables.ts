import type { Generated } from 'kysely';

export interface RateLimitTable {
  key: string;
  window_start: string;
  count: number;
}

export interface OutboxTable {
  id: Generated<number>;
  recipient: string;
  subject: string;
  body: string;
  created_at: string;
  sent_at: string | null;
  attempts: Generated<number>;
  last_error: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_user_id: number | null;
  action: string;
  subject_type: string;
  subject_id: string;
  details: string;
}

/** One row (id 1): see db/data-version.ts. */
export interface DataVersionTable {
  id: number;
  version: number;
}

declare module './db/schema' {
  interface Schema {
    data_version: DataVersionTable;
    rate_limits: RateLimitTable;
    outbox: OutboxTable;
    audit_log: AuditLogTable;
  }
}
