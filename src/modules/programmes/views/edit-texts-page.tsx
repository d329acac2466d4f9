import type { FieldErrors } from '../../../platform/http/validation';
import { localeNames, locales, type LocalizedText } from '../../../platform/i18n/index';
import { ErrorSummary, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { messages } from '../messages';
import type { Programme } from '../model';
import { Trail } from './follow-up-parts';
import { LocalizedFields } from './parts';

/** Renames a phase or a step: its title and description in each language. */
export function EditTextsPage(props: {
  ctx: PageContext;
  programme: Programme;
  kind: 'phase' | 'step';
  defaults: { title: LocalizedText; description: LocalizedText };
  action: string;
  cancelHref: string;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { ctx, kind } = props;
  const m = messages(ctx.locale);
  const heading = kind === 'phase' ? m.editPhaseTitle : m.editStepTitle;
  const prefix = `${kind}_`;
  const labels: Record<string, string> = {};
  for (const l of locales) {
    labels[`${prefix}title_${l}`] = `${m.title} (${localeNames[l]})`;
    labels[`${prefix}description_${l}`] = `${m.description} (${localeNames[l]})`;
  }
  return (
    <Layout ctx={ctx} title={heading}>
      <Trail ctx={ctx} programme={props.programme} />
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <p class="ds-paragraph">{m.editIntro}</p>
      <ErrorSummary ctx={ctx} errors={props.errors} labels={labels} />
      <Form ctx={ctx} action={props.action} class="stack form-wide">
        <LocalizedFields
          ctx={ctx}
          m={m}
          prefix={prefix}
          rows={3}
          errors={props.errors}
          values={props.values}
          defaults={props.defaults}
        />
        <div class="cluster">
          <SubmitButton>{ctx.t.save}</SubmitButton>
          <a class="ds-link" href={props.cancelHref}>
            {ctx.t.cancel}
          </a>
        </div>
      </Form>
    </Layout>
  );
}
