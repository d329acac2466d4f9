import { format } from '../../../platform/i18n/index';
import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { messages } from '../messages';

/** Asks for the e-mail address of the login whose password is forgotten. */
export function ForgotPage(props: { ctx: PageContext; errors?: FieldErrors; values?: FormValues }) {
  const { ctx } = props;
  const m = messages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.forgotTitle}>
      <h1 class="ds-heading" data-size="lg">
        {m.forgotTitle}
      </h1>
      <p class="ds-paragraph">{m.forgotIntro}</p>
      <ErrorSummary ctx={ctx} errors={props.errors} labels={{ email: m.email }} />
      <Form ctx={ctx} action="/forgot" class="stack narrow">
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
        <SubmitButton>{m.forgotSubmit}</SubmitButton>
      </Form>
    </Layout>
  );
}

/** The same answer whether or not the address has a login. */
export function ForgotSentPage(props: { ctx: PageContext; email: string }) {
  const { ctx } = props;
  const m = messages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.forgotSentTitle}>
      <h1 class="ds-heading" data-size="lg">
        {m.forgotSentTitle}
      </h1>
      <p class="ds-paragraph" role="status">
        {format(m.forgotSentBody, { email: props.email })}
      </p>
      <p class="ds-paragraph">
        <a class="ds-link" href="/login">
          {m.loginTitle}
        </a>
      </p>
    </Layout>
  );
}
