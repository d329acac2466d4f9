import type { SamlingModule } from '../../platform/module';
import { gatheringJobs } from './jobs';
import { migrations } from './migrations';
import { gatheringRoutes } from './routes';
import './tables';

export { eventAccess } from './permissions';
export type { EventAccess } from './permissions';
export { findEvent } from './queries';
export { eventKinds, agendaKinds, eventLanguages, registrationStatuses, signupStatuses } from './tables';
export type { EventKind, AgendaKind, EventLanguage, RegistrationStatus, SignupStatus } from './tables';

export const gatheringsModule: SamlingModule = {
  name: 'gatherings',
  migrations,
  routes: gatheringRoutes,
  jobs: gatheringJobs,
};
