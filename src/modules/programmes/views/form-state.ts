import type { FieldErrors } from '../../../platform/http/validation';
import type { FormValues } from '../../../platform/views/form';

/** The forms on the programme page. */
export type ProgrammeFormName =
  'phase' | 'step' | 'participant' | 'contact' | 'advisor' | 'nomination' | 'decision';

/** A form on the programme page sent back with its errors, so only that form shows them. */
export interface FormState {
  form: ProgrammeFormName;
  errors?: FieldErrors;
  values?: FormValues;
  /** A broken domain rule in words (e.g. "Grue already takes part in this programme."). */
  problem?: string;
}
