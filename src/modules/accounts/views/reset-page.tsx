import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, SubmitButton } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { messages } from '../messages';

/** The form behind a reset or invitation link: one new password. */
export function ResetPage(props: { ctx: PageContext; token: string; invite: boolean; errors?: FieldErrors }) {
  const { ctx } = props;
  const m = messages(ctx.locale);
  const title = props.invite ? m.inviteTitle : m.resetTitle;
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <ErrorSummary ctx={ctx} errors={props.errors} labels={{ password: m.newPassword }} />
      <Form ctx={ctx} action={`/reset/${props.token}`} class="stack narrow">
        <Field
          ctx={ctx}
          name="password"
          type="password"
          label={m.newPassword}
          hint={m.newPasswordHint}
          autocomplete="new-password"
          required
          errors={props.errors}
        />
        <SubmitButton>{m.savePassword}</SubmitButton>
      </Form>
    </Layout>
  );
}
