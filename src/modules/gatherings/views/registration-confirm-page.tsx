import { format, pickText } from '../../../platform/i18n/index';
import { Form, SubmitButton } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { registrationMessages } from '../registration-messages';
import type { RegistrationEvent } from '../registration-reads';
import { EventSummary } from './registration-parts';

/**
 * The page an e-mailed confirmation link opens. Confirming takes a button press (a POST), so a mail
 * program that follows links to scan them does not use up the single-use link.
 */
export function RegistrationConfirmPage(props: {
  ctx: PageContext;
  event: RegistrationEvent;
  token: string;
}) {
  const { ctx, event } = props;
  const m = registrationMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.confirmTitle}>
      <h1 class="ds-heading" data-size="lg">
        {m.confirmTitle}
      </h1>
      <p class="ds-paragraph">{format(m.confirmIntro, { event: pickText(event.title, ctx.locale) })}</p>
      <EventSummary ctx={ctx} event={event} />
      <Form ctx={ctx} action={`/registrations/confirm/${props.token}`}>
        <SubmitButton>{m.confirmButton}</SubmitButton>
      </Form>
    </Layout>
  );
}
