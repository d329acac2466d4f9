import { accountsModule } from './modules/accounts/index';
import { casesModule } from './modules/cases/index';
import { gatheringsModule } from './modules/gatherings/index';
import { inputsModule } from './modules/inputs/index';
import { libraryModule } from './modules/library/index';
import { networkModule } from './modules/network/index';
import { programmesModule } from './modules/programmes/index';
import { searchModule } from './modules/search/index';
import type { SchemaMigration } from './platform/db/migrate';
import { platformMigrations } from './platform/migrations';
import type { SamlingModule } from './platform/module';

/** Every module of the app, in the order their routes register. */
export const modules: SamlingModule[] = [
  accountsModule,
  networkModule,
  programmesModule,
  gatheringsModule,
  casesModule,
  inputsModule,
  libraryModule,
  searchModule,
];

/** All schema changes, sorted by name: names start with a date, so order follows history. */
export const allMigrations: SchemaMigration[] = [
  ...platformMigrations,
  ...modules.flatMap((m) => m.migrations),
].sort((a, b) => a.name.localeCompare(b.name));
