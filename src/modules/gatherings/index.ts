import type { SamlingModule } from '../../platform/module';
import { registerPersonalData } from '../../platform/personal-data';
import { gatheringJobs } from './jobs';
import { eventPersonalData } from './event-personal-data';
import { migrations } from './migrations';
import { registrationPersonalData } from './registration-personal-data';
import { retrospectivePersonalData } from './retrospective-service';
import { gatheringRoutes } from './routes';
import './tables';

export { eventAccess } from './permissions';
export type { EventAccess } from './permissions';
export { findEvent } from './queries';
export { eventKinds, agendaKinds, eventLanguages, registrationStatuses, signupStatuses } from './tables';
export type { EventKind, AgendaKind, EventLanguage, RegistrationStatus, SignupStatus } from './tables';
// Part B: registration and session sign-up.
export {
  register,
  confirmRegistration,
  cancelRegistration,
  promoteFromWaitlist,
  registrationsOfUser,
} from './registration-service';
export type { RegisterInput, RegisterResult } from './registration-service';
export { chooseSession, leaveSession, promoteSessionWaitlist } from './signup-service';
export {
  RegistrationError,
  registrationWindow,
  registrationClosesAt,
  sessionsCloseAt,
  eventTimes,
} from './registration-rules';
export type { RegistrationErrorKey, RegistrationWindow, EventTimes } from './registration-rules';
// Part E: reads for the cases module's "my next steps" page.
export {
  nextStepEvents,
  eventsWithSessions,
  nextStepAgendaItems,
  retrospectivesAnsweredBy,
} from './next-steps-queries';
export { openEventsOfProgrammes } from './registration-reads';

// Part A: events, series and agendas.
export { createSeries, createEvent, updateEvent } from './event-service';
export { addAgendaItem, updateAgendaItem, deleteAgendaItem } from './event-agenda-service';
export {
  getEvent,
  listProgrammeEvents,
  listVisibleEvents,
  listSeries,
  eventsOfProgrammes,
} from './event-reads';
export { eventPlaceCounts, sessionPlaceCounts } from './counts';
export type { PlaceCount } from './counts';
export { EventError } from './event-model';
export type {
  EventInput,
  EventUpdate,
  AgendaItemInput,
  SpeakerInput,
  GatheringEvent,
  EventWithAgenda,
  AgendaItem,
  Speaker,
  EventSeries,
} from './event-model';

// Part C: registration questions, calendars, retrospectives (Backspegel).
export { addQuestion, updateQuestion, deleteQuestion, moveQuestion } from './question-service';
export type { QuestionInput, QuestionResult } from './question-service';
export { buildCalendar } from './calendar';
export type { CalendarEntry } from './calendar';
export { saveRetrospective } from './retrospective-service';
export type { RetrospectiveInput } from './retrospective-service';
// At load, so the accounts module's export and erasure include retrospectives and calendar feeds.
registerPersonalData(retrospectivePersonalData);
registerPersonalData(registrationPersonalData);
// Part A: speakers linked to a registered person.
registerPersonalData(eventPersonalData);

export const gatheringsModule: SamlingModule = {
  name: 'gatherings',
  migrations,
  routes: gatheringRoutes,
  jobs: gatheringJobs,
};
// Part S (search): every gatherings document, for a search reindex.
export { eventSearchDocuments } from './event-search-document';
