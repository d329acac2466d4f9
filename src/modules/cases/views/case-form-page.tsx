import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { caseMessages } from '../case-messages';
import { CaseTrail, casesPath, type ProgrammeRef } from './case-parts';

/** The case's fields as the form shows them (`themes` as comma-separated words). */
export interface CaseFormDefaults {
  title: string;
  goal: string;
  challenges: string;
  regionRole: string;
  stakeholders: string;
  question: string;
  themes: string;
}

/** Creates a case (choosing the participant) or edits one. */
export function CaseFormPage(props: {
  ctx: PageContext;
  programme: ProgrammeRef;
  /** The case being edited; absent for a new case. */
  kase?: { id: number; title: string };
  participants?: { id: number; name: string }[];
  defaults?: CaseFormDefaults;
  values?: FormValues;
  errors?: FieldErrors;
  problem?: string;
}) {
  const { ctx, programme, kase } = props;
  const m = caseMessages(ctx.locale);
  const heading = kase ? m.editCase : m.newCase;
  const labels: Record<string, string> = {
    participantId: m.participant,
    title: m.title,
    goal: m.goal,
    challenges: m.challenges,
    regionRole: m.regionRole,
    stakeholders: m.stakeholders,
    question: m.question,
    themes: m.themes,
  };
  const common = { ctx, errors: props.errors, values: props.values };
  const d = props.defaults;
  const noneLeft = !kase && (props.participants ?? []).length === 0;
  return (
    <Layout ctx={ctx} title={heading}>
      <CaseTrail ctx={ctx} programme={programme} kase={kase} />
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <ErrorSummary ctx={ctx} errors={props.errors} labels={labels} />
      {props.problem ? (
        <div class="ds-alert" data-color="danger" role="alert">
          <p class="ds-paragraph">{props.problem}</p>
        </div>
      ) : null}
      {noneLeft ? (
        <p class="ds-paragraph">{m.noParticipantLeft}</p>
      ) : (
        <Form ctx={ctx} action={kase ? `/cases/${kase.id}` : casesPath(programme)} class="stack form-wide">
          {kase ? null : (
            <Field
              {...common}
              name="participantId"
              label={m.participant}
              hint={m.participantHint}
              required
              options={(props.participants ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
            />
          )}
          <Field {...common} name="title" label={m.title} required defaultValue={d?.title} />
          <Field {...common} name="goal" label={m.goal} multiline defaultValue={d?.goal} />
          <Field {...common} name="challenges" label={m.challenges} multiline defaultValue={d?.challenges} />
          <Field {...common} name="regionRole" label={m.regionRole} multiline defaultValue={d?.regionRole} />
          <Field
            {...common}
            name="stakeholders"
            label={m.stakeholders}
            multiline
            defaultValue={d?.stakeholders}
          />
          <Field {...common} name="question" label={m.question} multiline defaultValue={d?.question} />
          <Field {...common} name="themes" label={m.themes} hint={m.themesHint} defaultValue={d?.themes} />
          <div class="cluster">
            <SubmitButton>{kase ? m.saveCase : m.createCase}</SubmitButton>
            <a class="ds-link" href={kase ? `/cases/${kase.id}` : casesPath(programme)}>
              {ctx.t.cancel}
            </a>
          </div>
        </Form>
      )}
    </Layout>
  );
}
