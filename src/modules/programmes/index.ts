import type { FastifyInstance } from 'fastify';
import type { SamlingModule } from '../../platform/module';
import { registerPersonalData } from '../../platform/personal-data';
import { followUpPersonalData } from './follow-up-personal-data';
import { followUpRoutes } from './follow-up-routes';
import { nominationPersonalData } from './nomination-personal-data';
import { migrations } from './migrations';
import { programmeRoutes } from './routes';
import './tables';

export { programmeAccess, visibleProgrammeIds } from './permissions';
export type { ProgrammeAccess } from './permissions';
export { createProgramme, updateProgramme, addPhase, addStep, movePhase, moveStep, slugify } from './service';
export type { Direction } from './service';
export { addParticipant, addContact, addAdvisor, participantKinds } from './team-service';
export { nominateToReferenceGroup, proposeNominee, decideNomination } from './nomination-service';
export {
  getProgramme,
  getProgrammeBySlug,
  getProgrammeStructure,
  listParticipants,
  listAdvisors,
  listNominations,
  listVisibleProgrammes,
  listOwnProgrammes,
} from './reads';
export { ProgrammeError } from './model';
export { addContactPerson, addAdvisorPerson, nominateCandidate } from './candidate-service';
export type { PersonDetails } from './candidate-service';
export { addApiPaths } from './openapi';
export type {
  Programme,
  ProgrammeSummary,
  ProgrammeInput,
  TextInput,
  Phase,
  Step,
  Participant,
  Contact,
  Advisor,
  Nomination,
  NomineeDetails,
} from './model';
export { contactRoles, visibilities } from './tables';
export { setStepStatus, addStepNote, giveFeedback } from './follow-up-service';
export type { StepStatusInput, StepNoteInput, FeedbackInput, FeedbackOptions } from './follow-up-service';
export {
  renamePhase,
  renameStep,
  deletePhase,
  deleteStep,
  removeParticipant,
  removeContact,
  removeAdvisor,
} from './manage-service';
export type { DeleteOptions, FollowUpCount } from './manage-service';
export {
  addPlanActivity,
  updatePlanActivity,
  deletePlanActivity,
  setOutcome,
  stakeholderGroups,
} from './follow-up-plan-service';
export type { PlanActivityInput, OutcomeInput, StakeholderGroup } from './follow-up-plan-service';
export { stepStatuses, outcomeResults } from './tables';
export type { StepStatus, OutcomeResult } from './tables';
export type { ContactRole, Visibility } from './tables';

// At load, so the accounts module's export and erasure include what people wrote in the follow-up
// and what was typed about them when nominated.
registerPersonalData(followUpPersonalData);
registerPersonalData(nominationPersonalData);

export const programmesModule: SamlingModule = {
  name: 'programmes',
  migrations,
  async routes(app: FastifyInstance) {
    await programmeRoutes(app);
    await followUpRoutes(app);
  },
};
// Part S (search): every programmes document, for a search reindex.
export { programmeSearchDocuments } from './search-document';
