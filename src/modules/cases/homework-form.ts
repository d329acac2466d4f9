import { z } from 'zod';
import { fields, type FieldErrors } from '../../platform/http/validation';
import type { Locale } from '../../platform/i18n/index';
import { homeworkMessages } from './homework-messages';
import type { HomeworkError, HomeworkInput } from './homework-service';

/** The homework form, for a new homework and for editing one: texts per language and a local due time. */
export const homeworkFormSchema = z.object({
  titleNb: fields.optionalText(200),
  titleSv: fields.optionalText(200),
  titleEn: fields.optionalText(200),
  instructionsNb: fields.optionalText(10_000),
  instructionsSv: fields.optionalText(10_000),
  instructionsEn: fields.optionalText(10_000),
  dueAt: fields.text(30),
});

/** The service's input from the parsed form. */
export function homeworkInput(d: z.infer<typeof homeworkFormSchema>): HomeworkInput {
  return {
    title: { nb: d.titleNb ?? '', sv: d.titleSv ?? '', en: d.titleEn ?? '' },
    instructions: { nb: d.instructionsNb ?? '', sv: d.instructionsSv ?? '', en: d.instructionsEn ?? '' },
    dueAt: d.dueAt,
  };
}

/** The field errors and the message a form shows when the service refused its input. */
export function homeworkRefusal(error: HomeworkError, locale: Locale) {
  const m = homeworkMessages(locale);
  const errors: FieldErrors = error.code === 'dueAt' ? { dueAt: 'invalid' } : { titleNb: 'required' };
  const problem = error.code === 'dueAt' ? m['problem.dueAt'] : m['problem.title'];
  return { errors, problem };
}
