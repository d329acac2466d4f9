import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { retrospectiveMessages } from '../retrospective-messages';

/** A participant's Backspegel for one event: the two questions, or why they cannot answer yet. */
export function RetrospectiveFormPage(props: {
  ctx: PageContext;
  eventId: number;
  eventTitle: string;
  state: 'notStarted' | 'notRegistered' | 'open';
  own?: { takeWith: string; hearMore: string };
  saved?: boolean;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { ctx, eventId, state, errors } = props;
  const m = retrospectiveMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={`${m.title}: ${props.eventTitle}`}>
      <p class="ds-paragraph">
        <a class="ds-link" href={`/events/${eventId}`}>
          {m.backToEvent}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {m.title}: {props.eventTitle}
      </h1>
      {props.saved ? (
        <div class="ds-alert" data-color="success" role="status">
          <p class="ds-paragraph">{m.saved}</p>
        </div>
      ) : null}
      {state === 'open' ? (
        <>
          <p class="ds-paragraph">{m.intro}</p>
          {errors?.take_with ? (
            <div class="ds-error-summary" tabIndex={-1} data-autofocus="true" role="alert">
              <h2 class="ds-heading" data-size="xs">
                {ctx.t.errorSummary}
              </h2>
              <p class="ds-paragraph">
                <a class="ds-link" href="#f-take_with">
                  {m.answerOne}
                </a>
              </p>
            </div>
          ) : (
            <ErrorSummary
              ctx={ctx}
              errors={errors}
              labels={{ take_with: m.takeWith, hear_more: m.hearMore }}
            />
          )}
          <Form ctx={ctx} action={`/events/${eventId}/retrospective`} class="form-wide">
            <Field
              ctx={ctx}
              name="take_with"
              label={m.takeWith}
              multiline
              rows={5}
              errors={errors}
              values={props.values}
              defaultValue={props.own?.takeWith}
            />
            <Field
              ctx={ctx}
              name="hear_more"
              label={m.hearMore}
              multiline
              rows={5}
              errors={errors}
              values={props.values}
              defaultValue={props.own?.hearMore}
            />
            <SubmitButton>{m.save}</SubmitButton>
          </Form>
        </>
      ) : (
        <p class="ds-paragraph">{state === 'notStarted' ? m.notStarted : m.notRegistered}</p>
      )}
    </Layout>
  );
}
