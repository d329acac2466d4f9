import type { FieldErrors } from '../../../platform/http/validation';
import { format } from '../../../platform/i18n/index';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { followUpMessages } from '../follow-up-messages';
import type { OutcomeView } from '../follow-up-read';
import type { Programme } from '../model';
import { outcomeResults } from '../tables';
import { participantPath } from './follow-up-parts';

/** Staff record whether the participant reached the desired result, partly or not, and why (seed 003). */
export function FollowUpOutcomePage(props: {
  ctx: PageContext;
  programme: Programme;
  participant: { id: number; name: string };
  outcome: OutcomeView | null;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { ctx } = props;
  const m = followUpMessages(ctx.locale);
  const base = participantPath(props.programme, props.participant.id);
  const common = { ctx, errors: props.errors, values: props.values };
  return (
    <Layout ctx={ctx} title={`${m.recordOutcome} – ${props.participant.name}`}>
      <nav class="follow-up-back">
        <a class="ds-link" href={`${base}#outcome`}>
          {format(m.backTo, { name: props.participant.name })}
        </a>
      </nav>
      <h1 class="ds-heading" data-size="lg">
        {m.recordOutcome}
      </h1>
      <p class="ds-paragraph">{props.participant.name}</p>
      <ErrorSummary ctx={ctx} errors={props.errors} labels={{ result: m.result, reasons: m.reasons }} />
      <Form ctx={ctx} action={`${base}/outcome`} class="stack narrow">
        <Field
          {...common}
          name="result"
          label={m.result}
          required
          defaultValue={props.outcome?.result ?? 'reached'}
          options={outcomeResults.map((r) => ({ value: r, label: m[`result.${r}`] }))}
        />
        <Field
          {...common}
          name="reasons"
          label={m.reasons}
          hint={m.reasonsHint}
          multiline
          rows={6}
          required
          defaultValue={props.outcome?.reasons}
        />
        <div class="cluster">
          <SubmitButton>{ctx.t.save}</SubmitButton>
          <a class="ds-link" href={`${base}#outcome`}>
            {ctx.t.cancel}
          </a>
        </div>
      </Form>
    </Layout>
  );
}
