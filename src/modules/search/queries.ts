import type { Executor } from '../../platform/db/database';

/** How many documents of each type the search index holds. */
export async function countIndexedByType(db: Executor): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('search_documents')
    .select(['type', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('type')
    .execute();
  return new Map(rows.map((row) => [row.type, Number(row.n)]));
}
