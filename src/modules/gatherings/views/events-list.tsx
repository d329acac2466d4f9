import { formatTimeRange, type LocalizedText } from '../../../platform/i18n/index';
import type { PageContext } from '../../../platform/views/page-context';
import type { GatheringEvent } from '../event-model';
import { eventMessages } from '../event-messages';
import { kindLabel, seriesText, Text } from './event-parts';

/** An event in a list, with the programme it belongs to when the list mixes programmes. */
export interface ListedEvent {
  event: GatheringEvent;
  programme?: { slug: string; title: LocalizedText };
}

/** Events as a list of cards (a list rather than a table, so it reads well on a phone). */
export function EventList(props: {
  ctx: PageContext;
  items: ListedEvent[];
  empty: string;
  headingLevel: 3 | 4;
}) {
  const { ctx } = props;
  const m = eventMessages(ctx.locale);
  if (props.items.length === 0) return <p class="ds-paragraph">{props.empty}</p>;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul class="event-list plain-list">
      {props.items.map(({ event, programme }) => {
        const series = seriesText(event, ctx.locale, m);
        return (
          <li key={event.id} class="ds-card event-list__item">
            <Heading class="ds-heading" data-size="xs">
              <a class="ds-link" href={`/events/${event.id}`}>
                <Text text={event.title} ctx={ctx} />
              </a>
            </Heading>
            <p class="ds-paragraph">
              <strong>
                {formatTimeRange(event.startsAt, event.endsAt, ctx.locale, event.timeZone, 'long')}
              </strong>
              {event.place ? <span> · {event.place}</span> : null}
            </p>
            <p class="ds-paragraph cluster" data-size="sm">
              <span class="ds-tag" data-size="sm" data-color="neutral">
                {kindLabel(event.kind, m)}
              </span>
              {series ? <span>{series}</span> : null}
              {programme ? (
                <span>
                  {m.colProgramme}:{' '}
                  <a class="ds-link" href={`/programmes/${encodeURIComponent(programme.slug)}/events`}>
                    <Text text={programme.title} ctx={ctx} />
                  </a>
                </span>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
