import type { ProgrammeAccess } from '../programmes/index';

// The rules, one line each (routes answer 404 whenever the programme may not be viewed, so a
// members-only programme's existence stays private):
//   anyone who may view the programme, logged in or not → send input, read the answered inputs
//   whoever manages the programme (operators)           → triage: status, internal note, public answer
//   the sender (logged in)                              → sees their own inputs and statuses on /me/inputs

/** Sends input to the programme. */
export const maySend = (access: ProgrammeAccess) => access.canView;

/** Reads the programme's inputs that have a public answer. */
export const mayReadAnswers = (access: ProgrammeAccess) => access.canView;

/** Lists every input of the programme, changes their status, notes and answers them. */
export const mayTriage = (access: ProgrammeAccess) => access.canManage;
