import type { SamlingModule } from '../../platform/module';
import { registerPersonalData } from '../../platform/personal-data';
import { migrations } from './migrations';
import { inputPersonalData } from './personal-data';
import { inputRoutes } from './routes';
import './tables';

// Part K: input (innspill) to a programme, its triage and public answers.
export { sendInput, triageInput, listPublicInputs, getInput, MAX_INPUT_LENGTH } from './service';
export type { Input, PublicInput, NewInput, Triage, TriageResult } from './service';
export { inputStatuses, senderKinds } from './tables';
/** The spam trap's minimum fill time for the public form (browser tests wait for it). */
export { MIN_FILL_MS } from './spam-trap';
export type { InputStatus, SenderKind } from './tables';
// At load, so the accounts module's export and erasure include the inputs a person sent.
registerPersonalData(inputPersonalData);

export const inputsModule: SamlingModule = {
  name: 'inputs',
  migrations,
  routes: inputRoutes,
};
// Part S (search): every inputs document, for a search reindex.
export { inputSearchDocuments } from './search-document';
