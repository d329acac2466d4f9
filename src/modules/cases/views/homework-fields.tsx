import type { FieldErrors } from '../../../platform/http/validation';
import { format, localeNames, locales, type LocalizedText } from '../../../platform/i18n/index';
import { Field, type FormValues } from '../../../platform/views/form';
import type { PageContext } from '../../../platform/views/page-context';
import { homeworkMessages } from '../homework-messages';

const suffix = { nb: 'Nb', sv: 'Sv', en: 'En' } as const;

/** The labels of the homework form's fields by name, for the fields and the error summary. */
export function homeworkLabels(ctx: PageContext): Record<string, string> {
  const m = homeworkMessages(ctx.locale);
  const labels: Record<string, string> = { dueAt: m.dueAt };
  for (const l of locales) {
    labels[`title${suffix[l]}`] = format(m.inLanguage, { field: m.title, language: localeNames[l] });
    labels[`instructions${suffix[l]}`] = format(m.inLanguage, {
      field: m.instructions,
      language: localeNames[l],
    });
  }
  return labels;
}

/** What an existing homework fills the form with: its texts, and its due time as the event's local time. */
export function homeworkDefaults(h: {
  title: LocalizedText;
  instructions: LocalizedText;
  localDueAt: string;
}): Record<string, string> {
  const out: Record<string, string> = { dueAt: h.localDueAt };
  for (const l of locales) {
    out[`title${suffix[l]}`] = h.title[l] ?? '';
    out[`instructions${suffix[l]}`] = h.instructions[l] ?? '';
  }
  return out;
}

/** The fields of the homework form (new or edit): title and instructions per language, and the due time. */
export function HomeworkFields(props: {
  ctx: PageContext;
  timeZone: string;
  errors?: FieldErrors;
  values?: FormValues;
  defaults?: Record<string, string>;
}) {
  const { ctx } = props;
  const m = homeworkMessages(ctx.locale);
  const labels = homeworkLabels(ctx);
  const field = (name: string) => ({
    ctx,
    errors: props.errors,
    values: props.values,
    name,
    label: labels[name]!,
    defaultValue: props.defaults?.[name],
  });
  return (
    <>
      <p class="ds-paragraph">{m.oneLanguageHint}</p>
      {locales.map((l) => (
        <Field key={`t${l}`} {...field(`title${suffix[l]}`)} />
      ))}
      {locales.map((l) => (
        <Field key={`i${l}`} {...field(`instructions${suffix[l]}`)} multiline rows={5} />
      ))}
      <Field
        {...field('dueAt')}
        hint={format(m.dueAtHint, { zone: props.timeZone })}
        type="datetime-local"
        required
      />
    </>
  );
}
