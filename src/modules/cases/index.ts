import type { SamlingModule } from '../../platform/module';
import { registerPersonalData } from '../../platform/personal-data';
import { casePersonalData } from './case-personal-data';
import { coachingPersonalData } from './coaching-service';
import { caseJobs } from './jobs';
import { migrations } from './migrations';
import { casesRoutes } from './routes';
import './tables';

// Part D: cases, the case log, homework and hand-ins.
export {
  createCase,
  updateCase,
  addCaseLogEntry,
  listProgrammeCases,
  getCase,
  CaseError,
} from './case-service';
export type { Case, CaseInput, ProgrammeCase } from './case-service';
export { createHomework, submitHomework, homeworkForUser, HomeworkError } from './homework-service';
export type { HomeworkForUser, HomeworkInput, HandInFile, HandInStatus } from './homework-service';
export { updateHomework, deleteHomework } from './homework-manage-service';
export type { HomeworkUpdate, HomeworkDeletion } from './homework-manage-service';
export { caseAccess } from './permissions';
export type { CaseAccess } from './permissions';
// At load, so the accounts module's export and erasure include case log entries and hand-ins.
registerPersonalData(casePersonalData);

// Part E: coaching groups (the demo loader builds seed 001's groups with these).
export {
  formCoachingGroups,
  createCoachingGroup,
  moveCaseToGroup,
  saveGroupSummary,
  removeEmptyGroup,
  loadCoachingBoard,
  CoachingError,
} from './coaching-service';
export type { CoachingBoard, BoardGroup, BoardCase } from './coaching-service';
export { formGroups } from './grouping';
export type { GroupingCase } from './grouping';
export { loadNextSteps } from './next-steps-data';
export type { NextStep } from './next-steps-data';
// At load, so the accounts module's export and erasure include the A3 summaries a person saved.
registerPersonalData(coachingPersonalData);

export const casesModule: SamlingModule = {
  name: 'cases',
  migrations,
  routes: casesRoutes,
  jobs: caseJobs,
};
