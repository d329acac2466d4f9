import type { Compilable, CompiledQuery } from 'kysely';
import type { Executor } from './database';

/**
 * A query built and compiled once per database, then run with new parameters: on a hot path
 * (the registration rush), building and compiling a Kysely query costs more than SQLite running it.
 * `build` receives a stand-in for each argument and must use them only as plain values (`=`, `<`,
 * `values`, `limit`), never to choose the query's shape (`in` lists, `is null`, branches), since it
 * runs once. A transaction shares its database's compiled queries (they are keyed on the adapter).
 */
export function prepared<A extends unknown[], R>(build: (db: Executor, ...args: A) => Compilable<R>) {
  const compiled = new WeakMap<object, { query: CompiledQuery<R>; slots: Slot[] }>();
  return async (db: Executor, ...args: A): Promise<R[]> => {
    const key = db.getExecutor().adapter;
    let entry = compiled.get(key);
    if (!entry) {
      const standIns = args.map((_, i) => `\u0000arg${i}\u0000`) as unknown as A;
      const query = build(db, ...standIns).compile();
      const slots = query.parameters.map((p): Slot => {
        const i = typeof p === 'string' ? standIns.indexOf(p as never) : -1;
        return i >= 0 ? i : { value: p };
      });
      entry = { query, slots };
      compiled.set(key, entry);
    }
    const parameters = entry.slots.map((s) => (typeof s === 'number' ? args[s] : s.value));
    const { rows } = await db.executeQuery<R>({ ...entry.query, parameters });
    return rows;
  };
}

/** Where a compiled parameter comes from: the argument at this index, or a constant of the query. */
type Slot = number | { value: unknown };
