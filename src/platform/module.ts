import type { FastifyInstance } from 'fastify';
import type { SchemaMigration } from './db/migrate';
import type { Job } from './jobs';

/** What each module in src/modules/ hands to the app through its index.ts. */
export interface SamlingModule {
  name: string;
  migrations: SchemaMigration[];
  /** Registers the module's routes; every route declares `config.access`. */
  routes(app: FastifyInstance): Promise<void>;
  /** Work on a clock (reminders, clean-up); run by every instance, so each must be safe to repeat. */
  jobs?: Job[];
}
