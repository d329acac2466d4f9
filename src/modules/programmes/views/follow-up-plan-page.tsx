import type { FieldErrors } from '../../../platform/http/validation';
import { format } from '../../../platform/i18n/index';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { followUpMessages } from '../follow-up-messages';
import type { ActivityView } from '../follow-up-read';
import { stakeholderGroups } from '../follow-up-plan-service';
import type { Programme } from '../model';
import { participantPath } from './follow-up-parts';

export interface PlanPageProps {
  ctx: PageContext;
  programme: Programme;
  participant: { id: number; name: string };
  /** Absent when adding a new activity. */
  activity?: ActivityView;
  errors?: FieldErrors;
  values?: FormValues;
}

function checkedGroups(props: PlanPageProps): string[] {
  const sent = props.values?.stakeholderGroups;
  if (props.values) return sent === undefined ? [] : [sent].flat().map(String);
  return props.activity?.stakeholderGroups ?? [];
}

/** Adds or edits one activity of a participant's process plan. */
export function FollowUpPlanPage(props: PlanPageProps) {
  const { ctx, activity } = props;
  const m = followUpMessages(ctx.locale);
  const base = participantPath(props.programme, props.participant.id);
  const title = activity ? m.editActivity : m.addActivity;
  const action = activity ? `${base}/plan/${activity.id}` : `${base}/plan`;
  const common = { ctx, errors: props.errors, values: props.values };
  const checked = checkedGroups(props);
  const groupError = props.errors?.stakeholderGroups;
  return (
    <Layout ctx={ctx} title={`${title} – ${props.participant.name}`}>
      <nav class="follow-up-back">
        <a class="ds-link" href={`${base}#plan`}>
          {format(m.backTo, { name: props.participant.name })}
        </a>
      </nav>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">
        {m.processPlan} · {props.participant.name}
      </p>
      <ErrorSummary
        ctx={ctx}
        errors={props.errors}
        labels={{
          title: m.activityTitle,
          startsOn: m.startsOn,
          endsOn: m.endsOn,
          responsible: m.responsible,
          stakeholderGroups: m.stakeholderGroups,
          planningLink: m.planningLink,
        }}
      />
      <Form ctx={ctx} action={action} class="stack narrow">
        <Field {...common} name="title" label={m.activityTitle} required defaultValue={activity?.title} />
        <div class="cluster">
          <Field
            {...common}
            name="startsOn"
            type="date"
            label={m.startsOn}
            hint={m.dateHint}
            defaultValue={activity?.startsOn}
          />
          <Field
            {...common}
            name="endsOn"
            type="date"
            label={m.endsOn}
            hint={m.dateHint}
            defaultValue={activity?.endsOn}
          />
        </div>
        <Field {...common} name="responsible" label={m.responsible} defaultValue={activity?.responsible} />
        <fieldset
          class="ds-fieldset"
          id="f-stakeholderGroups"
          aria-describedby={groupError ? 'f-stakeholderGroups-error' : undefined}
        >
          <legend class="ds-label">
            {m.stakeholderGroups} <span class="field__optional">({ctx.t.optional})</span>
          </legend>
          {stakeholderGroups.map((group) => (
            <div class="ds-field" key={group}>
              <input
                class="ds-input"
                type="checkbox"
                id={`f-group-${group}`}
                name="stakeholderGroups"
                value={group}
                checked={checked.includes(group)}
              />
              <label class="ds-label" for={`f-group-${group}`}>
                {m[`group.${group}`]}
              </label>
            </div>
          ))}
          {groupError ? (
            <p class="ds-validation-message" data-color="danger" id="f-stakeholderGroups-error">
              {ctx.t[`error.${groupError}`]}
            </p>
          ) : null}
        </fieldset>
        <Field
          {...common}
          name="planningLink"
          label={m.planningLink}
          hint={m.planningLinkHint}
          defaultValue={activity?.planningLink}
        />
        <div class="cluster">
          <SubmitButton>{ctx.t.save}</SubmitButton>
          <a class="ds-link" href={`${base}#plan`}>
            {ctx.t.cancel}
          </a>
        </div>
      </Form>
      {activity ? (
        <Form ctx={ctx} action={`${base}/plan/${activity.id}/delete`} class="follow-up-delete">
          <SubmitButton variant="tertiary">{m.deleteActivity}</SubmitButton>
        </Form>
      ) : null}
    </Layout>
  );
}
