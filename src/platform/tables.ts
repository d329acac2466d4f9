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

/** One searchable thing (search engine, issue 4): what filters and facets read, kept narrow. */
export interface SearchDocumentTable {
  id: Generated<number>;
  type: string;
  ref_id: number;
  language: string;
  audience: string;
  programme_id: number | null;
  kind: string | null;
  year: number | null;
  date: string | null;
  /** JSON array of the themes, sorted (the same as in search_document_themes). */
  themes: string;
}

/** A search document's text; `*_terms` hold the analysed words the full-text index covers. */
export interface SearchTextTable {
  document_id: number;
  title: string;
  body: string;
  url: string;
  title_terms: string;
  body_terms: string;
}

export interface SearchDocumentThemeTable {
  document_id: number;
  theme: string;
}

/** The search vocabulary: analysed terms with how many documents (all, public) hold them. */
export interface SearchTermTable {
  term: string;
  doc_count: number;
  public_count: number;
  sample: string;
}

declare module './db/schema' {
  interface Schema {
    search_documents: SearchDocumentTable;
    search_texts: SearchTextTable;
    search_document_themes: SearchDocumentThemeTable;
    search_terms: SearchTermTable;
  }
}
