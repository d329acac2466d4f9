import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { messages } from '../messages';

export function LoginPage(props: {
  ctx: PageContext;
  next: string;
  failed?: boolean;
  /** Shown after a new password was saved. */
  passwordChanged?: boolean;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { ctx } = props;
  const m = messages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.loginTitle}>
      <h1 class="ds-heading" data-size="lg">
        {m.loginTitle}
      </h1>
      {props.passwordChanged ? (
        <div class="ds-alert" data-color="success" role="status">
          <p class="ds-paragraph">{m.passwordChanged}</p>
        </div>
      ) : null}
      {props.failed ? (
        <div class="ds-alert" data-color="danger" role="alert">
          <p class="ds-paragraph">{m.loginFailed}</p>
        </div>
      ) : null}
      <ErrorSummary ctx={ctx} errors={props.errors} labels={{ email: m.email, password: m.password }} />
      <Form ctx={ctx} action="/login" class="stack narrow">
        <input type="hidden" name="next" value={props.next} />
        <Field
          ctx={ctx}
          name="email"
          type="email"
          label={m.email}
          autocomplete="username"
          required
          errors={props.errors}
          values={props.values}
        />
        <Field
          ctx={ctx}
          name="password"
          type="password"
          label={m.password}
          autocomplete="current-password"
          required
          errors={props.errors}
        />
        <SubmitButton>{m.loginTitle}</SubmitButton>
      </Form>
      <p class="ds-paragraph">
        <a class="ds-link" href="/forgot">
          {m.forgotLink}
        </a>
      </p>
    </Layout>
  );
}
