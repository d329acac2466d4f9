/**
 * The whole database as Kysely sees it. Each module adds its own tables to this interface from its
 * `tables.ts` by declaration merging, so the platform never imports a module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Schema {}
