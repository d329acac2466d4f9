import { format } from '../../../platform/i18n/index';
import type { PageContext } from '../../../platform/views/page-context';
import { zonedDate } from '../../../platform/time';
import { placesLeft, type PlaceCount } from '../counts';
import type { AgendaItem, Speaker } from '../event-model';
import { eventMessages, type EventMessages } from '../event-messages';
import {
  agendaKindLabel,
  dayText,
  languageLabel,
  localText,
  Paragraphs,
  Text,
  timeRange,
} from './event-parts';

/** A row of the agenda: one item, or the parallel sessions that start at the same time. */
type Slot = { kind: 'item'; item: AgendaItem } | { kind: 'sessions'; items: AgendaItem[] };

/** Groups a day's items into rows; sessions starting together share one row (a time slot). */
export function slotsOf(items: AgendaItem[]): Slot[] {
  const slots: Slot[] = [];
  for (const item of items) {
    const last = slots[slots.length - 1];
    if (item.kind === 'session' && last?.kind === 'sessions' && last.items[0]!.startsAt === item.startsAt)
      last.items.push(item);
    else if (item.kind === 'session') slots.push({ kind: 'sessions', items: [item] });
    else slots.push({ kind: 'item', item });
  }
  return slots;
}

/** "10:00–11:30", breaking after the dash on a narrow screen and never inside a time. */
function TimeRange(props: { start: string; end: string | null }) {
  return (
    <>
      <span class="nowrap">{props.start}</span>
      {props.end ? (
        <>
          –<wbr />
          <span class="nowrap">{props.end}</span>
        </>
      ) : null}
    </>
  );
}

const speakerText = (speakers: Speaker[]) =>
  speakers.map((s) => (s.organisation ? `${s.name}, ${s.organisation}` : s.name)).join('; ');

interface AgendaProps {
  ctx: PageContext;
  items: AgendaItem[];
  timeZone: string;
  eventLanguage: string;
  sessionCounts: Map<number, PlaceCount>;
  /** Where managers edit and delete items; absent for everyone else. */
  manageBase?: string;
}

function ManageLinks(props: { ctx: PageContext; item: AgendaItem; base: string; m: EventMessages }) {
  const { ctx, item, m } = props;
  const title = localText(item.title, ctx.locale).value;
  return (
    <p class="ds-paragraph cluster no-print" data-size="sm">
      <a class="ds-link" href={`${props.base}/${item.id}/edit`}>
        {ctx.t.edit}
        <span class="visually-hidden"> {format(m.editItem, { title }, ctx.locale)}</span>
      </a>
      <a class="ds-link" href={`${props.base}/${item.id}/delete`}>
        {ctx.t.delete}
        <span class="visually-hidden"> {format(m.deleteItem, { title }, ctx.locale)}</span>
      </a>
    </p>
  );
}

function ItemBody(props: AgendaProps & { item: AgendaItem; m: EventMessages; headingLevel: 'h3' | 'h4' }) {
  const { ctx, item, m } = props;
  const Heading = props.headingLevel;
  const count = props.sessionCounts.get(item.id) ?? { confirmed: 0, waitlisted: 0 };
  const left = placesLeft(item.capacity, count);
  const otherLanguage = item.language && item.language !== props.eventLanguage;
  return (
    <>
      <Heading class="ds-heading agenda-item__title" data-size="2xs">
        <Text text={item.title} ctx={ctx} />
      </Heading>
      <p class="ds-paragraph cluster" data-size="sm">
        {item.kind !== 'talk' && item.kind !== 'session' ? (
          <span class="ds-tag" data-size="sm" data-color="neutral">
            {agendaKindLabel(item.kind, m)}
          </span>
        ) : null}
        {otherLanguage ? (
          <span class="ds-tag" data-size="sm" data-color="info" lang={ctx.locale}>
            {format(m.inLanguage, { language: languageLabel(item.language!, m) }, ctx.locale)}
          </span>
        ) : null}
        {item.room ? <span>{`${m.room}: ${item.room}`}</span> : null}
        {item.track ? <span>{`${m.track}: ${item.track}`}</span> : null}
      </p>
      {item.speakers.length > 0 ? (
        <p class="ds-paragraph agenda-item__speakers">
          <span class="visually-hidden">{m.speakers}: </span>
          {speakerText(item.speakers)}
        </p>
      ) : null}
      <Paragraphs text={item.description} ctx={ctx} />
      {item.kind === 'session' ? (
        <p class="ds-paragraph agenda-item__places" data-size="sm">
          {left == null
            ? m.noLimit
            : left > 0
              ? format(m.placesLeft, { left, capacity: item.capacity! }, ctx.locale)
              : m.fullWaitlist}
          {count.waitlisted > 0 ? ` · ${format(m.waiting, { n: count.waitlisted }, ctx.locale)}` : ''}
        </p>
      ) : null}
      {props.manageBase ? <ManageLinks ctx={ctx} item={item} base={props.manageBase} m={m} /> : null}
    </>
  );
}

/**
 * The agenda, one table per day (captioned with the day), times in the event's zone. Parallel
 * sessions of one time slot sit side by side on a wide screen and one under another on a phone
 * or on paper, each with its abstract, presenters, language and places left.
 */
export function AgendaTables(props: AgendaProps) {
  const { ctx, items, timeZone } = props;
  const m = eventMessages(ctx.locale);
  const days = new Map<string, AgendaItem[]>();
  for (const item of items) {
    const day = zonedDate(item.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return (
    <>
      {[...days.values()].map((dayItems) => (
        <table class="ds-table agenda-table" data-size="sm" key={dayItems[0]!.id}>
          <caption>{dayText(dayItems[0]!.startsAt, timeZone, ctx.locale)}</caption>
          <thead>
            <tr>
              <th scope="col" class="agenda-table__time">
                {m.time}
              </th>
              <th scope="col">{m.what}</th>
            </tr>
          </thead>
          <tbody>
            {slotsOf(dayItems).map((slot) => {
              const slotItems = slot.kind === 'item' ? [slot.item] : slot.items;
              const end = slotItems
                .map((i) => i.endsAt)
                .sort()
                .pop()!;
              return (
                <tr key={slotItems[0]!.id} class={slot.kind === 'sessions' ? 'agenda-slot' : undefined}>
                  <th scope="row" class="agenda-table__time">
                    <TimeRange {...timeRange(slotItems[0]!.startsAt, end, timeZone, ctx.locale)} />
                  </th>
                  <td>
                    {slot.kind === 'item' ? (
                      <ItemBody {...props} item={slot.item} m={m} headingLevel="h3" />
                    ) : (
                      <>
                        <h3 class="ds-heading" data-size="2xs">
                          {m.parallelSessions}
                        </h3>
                        <ul class="session-grid plain-list">
                          {slot.items.map((item) => (
                            <li key={item.id} class="session-card">
                              <ItemBody {...props} item={item} m={m} headingLevel="h4" />
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ))}
    </>
  );
}
