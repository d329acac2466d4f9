import { format } from '../../../platform/i18n/index';
import { Form } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import type { Programme } from '../../programmes/index';
import type { AgendaItem, GatheringEvent } from '../event-model';
import { eventFormMessages } from '../event-form-messages';
import { localText, Trail } from './event-parts';

/** Asks before deleting an agenda item, saying how many people lose their choice of it. */
export function AgendaDeletePage(props: {
  ctx: PageContext;
  programme: Programme;
  event: GatheringEvent;
  item: AgendaItem;
  signups: number;
}) {
  const { ctx, event, item } = props;
  const f = eventFormMessages(ctx.locale);
  const heading = format(f.deleteTitle, { title: localText(item.title, ctx.locale).value });
  return (
    <Layout ctx={ctx} title={heading}>
      <Trail ctx={ctx} programme={props.programme} event={event} />
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <p class="ds-paragraph">{f.deleteIntro}</p>
      {props.signups > 0 ? (
        <div class="ds-alert" data-color="warning">
          <p class="ds-paragraph">{format(f.deleteSignups, { n: props.signups }, ctx.locale)}</p>
        </div>
      ) : null}
      <Form ctx={ctx} action={`/events/${event.id}/agenda/${item.id}/delete`} class="stack">
        <div class="cluster">
          <button type="submit" class="ds-button" data-variant="primary" data-color="danger">
            {f.confirmDelete}
          </button>
          <a class="ds-link" href={`/events/${event.id}#agenda`}>
            {ctx.t.cancel}
          </a>
        </div>
      </Form>
    </Layout>
  );
}
