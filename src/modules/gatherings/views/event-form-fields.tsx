import { localeNames, locales, type LocalizedText } from '../../../platform/i18n/index';
import type { FieldErrors } from '../../../platform/http/validation';
import { Field, type FormValues } from '../../../platform/views/form';
import type { PageContext } from '../../../platform/views/page-context';

/** Title and description in nb, sv and en: one fieldset per language, so each pair says its language. */
export function LanguageFields(props: {
  ctx: PageContext;
  titleLabel: string;
  descriptionLabel: string;
  errors?: FieldErrors;
  values?: FormValues;
  defaults?: { title: LocalizedText; description: LocalizedText };
}) {
  const { ctx } = props;
  return (
    <>
      {locales.map((l) => (
        <fieldset class="ds-fieldset language-fieldset" key={l}>
          <legend class="ds-label">{localeNames[l]}</legend>
          <Field
            ctx={ctx}
            name={`title_${l}`}
            label={`${props.titleLabel} (${localeNames[l]})`}
            errors={props.errors}
            values={props.values}
            defaultValue={props.defaults?.title[l]}
            required={l === ctx.locale}
          />
          <Field
            ctx={ctx}
            name={`description_${l}`}
            label={`${props.descriptionLabel} (${localeNames[l]})`}
            multiline
            rows={4}
            errors={props.errors}
            values={props.values}
            defaultValue={props.defaults?.description[l]}
          />
        </fieldset>
      ))}
    </>
  );
}

/** Labels of the language fields, for the error summary. */
export function languageLabels(titleLabel: string, descriptionLabel: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const l of locales) {
    labels[`title_${l}`] = `${titleLabel} (${localeNames[l]})`;
    labels[`description_${l}`] = `${descriptionLabel} (${localeNames[l]})`;
  }
  return labels;
}
