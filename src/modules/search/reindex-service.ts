import { inTransaction, type Executor } from '../../platform/db/database';
import { indexDocuments, type DocumentType, type SearchDocument } from '../../platform/search/index';
import { eventSearchDocuments } from '../gatherings/index';
import { inputSearchDocuments } from '../inputs/index';
import { organisationSearchDocuments } from '../network/index';
import { programmeSearchDocuments } from '../programmes/index';
import { countIndexedByType } from './queries';

/**
 * The modules whose things were written before their services indexed them. Library items and
 * attachments are left out: the library module indexed them from its first version.
 */
const sources: [DocumentType, (db: Executor) => Promise<SearchDocument[]>][] = [
  ['programme', programmeSearchDocuments],
  ['event', eventSearchDocuments],
  ['organisation', organisationSearchDocuments],
  ['input', inputSearchDocuments],
];

/**
 * Indexes every programme, event, organisation and answered input again, in one transaction
 * (indexing a document again replaces it). `onlyMissing` skips types the index already holds, as
 * at start-up. Returns how many documents of each type were indexed.
 */
export async function reindexSearch(
  db: Executor,
  options: { onlyMissing?: boolean } = {},
): Promise<Partial<Record<DocumentType, number>>> {
  return inTransaction(db, async (tx) => {
    const indexed = options.onlyMissing ? await countIndexedByType(tx) : new Map<string, number>();
    const done: Partial<Record<DocumentType, number>> = {};
    for (const [type, list] of sources) {
      if ((indexed.get(type) ?? 0) > 0) continue;
      const docs = await list(tx);
      if (docs.length === 0) continue;
      await indexDocuments(tx, docs);
      done[type] = docs.length;
    }
    return done;
  });
}
