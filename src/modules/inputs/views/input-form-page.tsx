import { format } from '../../../platform/i18n/index';
import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { inputMessages } from '../messages';
import { HONEYPOT_FIELD, STARTED_FIELD } from '../spam-trap';
import { InputTrail, inputsPath, type ProgrammeRef } from './parts';

/** The input form: title and text, name and e-mail for the public, consent, and the spam trap. */
export function InputFormPage(props: {
  ctx: PageContext;
  programme: ProgrammeRef;
  /** The signed start time of this form (see spam-trap.ts). */
  started: string;
  values?: FormValues;
  errors?: FieldErrors;
  problem?: string;
}) {
  const { ctx, programme, errors, values } = props;
  const m = inputMessages(ctx.locale);
  const user = ctx.user;
  const labels: Record<string, string> = {
    title: m.title,
    body: m.body,
    name: m.name,
    email: m.email,
    consent: m.consentHeading,
  };
  const common = { ctx, errors, values };
  const checked = (name: string) => values?.[name] === 'on';
  const consentError = errors?.consent;
  return (
    <Layout ctx={ctx} title={m.newInput}>
      <InputTrail ctx={ctx} programme={programme} />
      <h1 class="ds-heading" data-size="lg">
        {m.newInput}
      </h1>
      <p class="ds-paragraph">{m.newInputIntro}</p>
      <p class="ds-paragraph">
        <a class="ds-link" href={`${inputsPath(programme)}/public`}>
          {m.publicInputs}
        </a>
      </p>
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      {props.problem ? (
        <div class="ds-alert" data-color="warning" role="alert">
          <p class="ds-paragraph">{props.problem}</p>
        </div>
      ) : null}
      <Form ctx={ctx} action={`${inputsPath(programme)}/new`} class="stack form-wide">
        <input type="hidden" name={STARTED_FIELD} value={props.started} />
        <Field {...common} name="title" label={m.title} hint={m.titleHint} required />
        <Field {...common} name="body" label={m.body} hint={m.bodyHint} required multiline rows={8} />
        {user ? (
          <p class="ds-paragraph">{format(m.sendingAs, { name: user.name, email: user.email })}</p>
        ) : (
          <>
            <Field {...common} name="name" label={m.name} hint={m.nameHint} autocomplete="name" />
            <Field
              {...common}
              name="email"
              type="email"
              label={m.email}
              hint={m.emailHint}
              autocomplete="email"
            />
          </>
        )}
        <div class="ds-field field field--checkbox">
          <input
            class="ds-input"
            type="checkbox"
            id="f-showName"
            name="showName"
            value="on"
            checked={checked('showName')}
          />
          <label class="ds-label" for="f-showName">
            {m.showName}
          </label>
        </div>
        <fieldset class="ds-fieldset stack">
          <legend class="ds-label">{m.consentHeading}</legend>
          <div class="ds-field field field--checkbox input-consent">
            <input
              class="ds-input"
              type="checkbox"
              id="f-consent"
              name="consent"
              value="on"
              checked={checked('consent')}
              required
              aria-invalid={consentError ? 'true' : undefined}
              aria-describedby={consentError ? 'f-consent-error' : undefined}
            />
            <label class="ds-label" for="f-consent">
              {m.consent}
            </label>
          </div>
          {consentError ? (
            <p class="ds-validation-message" data-color="danger" id="f-consent-error">
              {ctx.t[`error.${consentError}`]}
            </p>
          ) : null}
        </fieldset>
        {/* A trap for robots: hidden from people (and screen readers), so only a robot fills it in. */}
        <div class="input-trap" aria-hidden="true">
          <label for={`f-${HONEYPOT_FIELD}`}>{m.honeypot}</label>
          <input
            id={`f-${HONEYPOT_FIELD}`}
            name={HONEYPOT_FIELD}
            type="text"
            tabIndex={-1}
            autocomplete="off"
          />
        </div>
        <SubmitButton>{m.send}</SubmitButton>
      </Form>
    </Layout>
  );
}
