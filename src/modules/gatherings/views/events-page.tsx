import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { eventMessages } from '../event-messages';
import { EventList, type ListedEvent } from './events-list';

/** /events: the events the reader may see, upcoming first (soonest first), then past (latest first). */
export function EventsPage(props: { ctx: PageContext; upcoming: ListedEvent[]; past: ListedEvent[] }) {
  const { ctx } = props;
  const m = eventMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={ctx.t.events}>
      <h1 class="ds-heading" data-size="lg">
        {ctx.t.events}
      </h1>
      <section aria-labelledby="upcoming" class="stack event-section">
        <h2 class="ds-heading" data-size="md" id="upcoming">
          {m.upcoming}
        </h2>
        <EventList ctx={ctx} items={props.upcoming} empty={m.noUpcoming} headingLevel={3} />
      </section>
      <section aria-labelledby="past" class="stack event-section">
        <h2 class="ds-heading" data-size="md" id="past">
          {m.past}
        </h2>
        <EventList ctx={ctx} items={props.past} empty={m.noPast} headingLevel={3} />
      </section>
    </Layout>
  );
}
