import { format, pickText } from '../../../platform/i18n/index';
import { Form, SubmitButton } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { coachingMessages } from '../coaching-messages';
import { groupsPath, type CoachingEvent } from './coaching-groups-page';

/** Asks before forming groups anew replaces the ones the workshop has. */
export function CoachingConfirmPage(props: { ctx: PageContext; event: CoachingEvent; groupCount: number }) {
  const { ctx, event } = props;
  const m = coachingMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={`${m.confirmTitle} – ${pickText(event.title, ctx.locale)}`}>
      <h1 class="ds-heading" data-size="lg">
        {m.confirmTitle}
      </h1>
      <p class="ds-paragraph">{format(m.confirmBody, { n: props.groupCount }, ctx.locale)}</p>
      <Form ctx={ctx} action={`${groupsPath(event.id)}/form`} class="cluster">
        <input type="hidden" name="confirm" value="1" />
        <SubmitButton>{m.confirmReplace}</SubmitButton>
        <a class="ds-link" href={groupsPath(event.id)}>
          {m.cancel}
        </a>
      </Form>
    </Layout>
  );
}
