import type { FastifyInstance } from 'fastify';
import type { SamlingModule } from '../../platform/module';
import { reindexSearch } from './reindex-service';
import { searchRoutes } from './routes';

// Part S: the search page and API over the platform's search index, and the reindex.
export { reindexSearch } from './reindex-service';
export { runSearch } from './service';
export type { SearchOutcome, LabelledFacets, LabelledFacetValue } from './service';

export const searchModule: SamlingModule = {
  name: 'search',
  migrations: [],
  async routes(app: FastifyInstance) {
    await searchRoutes(app);
    // Data written before its module indexed it (an older database) is indexed once at start-up.
    app.addHook('onReady', async () => {
      try {
        const done = await reindexSearch(app.database.db, { onlyMissing: true });
        if (Object.keys(done).length > 0) app.log.info({ indexed: done }, 'search index filled');
      } catch (error) {
        // Another instance filling it at the same moment wins; the next start looks again.
        app.log.warn({ err: error }, 'search index could not be filled at start-up');
      }
    });
  },
};
