import { format, localeNames, locales } from '../../../platform/i18n/index';
import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import type { Programme } from '../../programmes/index';
import type { EventSeries, GatheringEvent } from '../event-model';
import { eventFormMessages } from '../event-form-messages';
import { eventMessages } from '../event-messages';
import { retrospectiveMessages } from '../retrospective-messages';
import { localText, Problem, Text, Trail } from './event-parts';
import { EventList } from './events-list';

/**
 * /programmes/:slug/events: the programme's events, each series (WS1…WS4) under its own heading in
 * number order, then the rest in time order. Managers get "new event" and a form for a new series.
 */
export function ProgrammeEventsPage(props: {
  ctx: PageContext;
  programme: Programme;
  events: GatheringEvent[];
  series: EventSeries[];
  canManage: boolean;
  /** Managers and the advisors who follow the programme up read the series' retrospective answers. */
  canReadAnswers?: boolean;
  errors?: FieldErrors;
  values?: FormValues;
  problem?: string;
}) {
  const { ctx, programme, events } = props;
  const m = eventMessages(ctx.locale);
  const f = eventFormMessages(ctx.locale);
  const heading = format(m.programmeEvents, { programme: localText(programme.title, ctx.locale).value });
  const bySeries = props.series.map((s) => ({
    series: s,
    events: events
      .filter((e) => e.seriesId === s.id)
      .sort((a, b) => (a.seriesNumber ?? 0) - (b.seriesNumber ?? 0) || a.startsAt.localeCompare(b.startsAt)),
  }));
  const others = events.filter((e) => e.seriesId == null);
  const labels: Record<string, string> = {};
  for (const l of locales) labels[`series_title_${l}`] = `${f.seriesTitle} (${localeNames[l]})`;
  return (
    <Layout ctx={ctx} title={heading}>
      <Trail ctx={ctx} programme={programme} current />
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      {props.canManage ? (
        <p class="ds-paragraph cluster no-print">
          <a class="ds-button" data-variant="primary" href={`/programmes/${programme.slug}/events/new`}>
            {m.newEvent}
          </a>
        </p>
      ) : null}
      {events.length === 0 ? <p class="ds-paragraph">{m.noEvents}</p> : null}
      {bySeries
        .filter((g) => g.events.length > 0 || props.canManage)
        .map((g) => (
          <section key={g.series.id} aria-labelledby={`series-${g.series.id}`} class="stack event-section">
            <h2 class="ds-heading" data-size="md" id={`series-${g.series.id}`}>
              <Text text={g.series.title} ctx={ctx} />
            </h2>
            {props.canReadAnswers ? (
              <p class="ds-paragraph no-print">
                <a class="ds-link" href={`/series/${g.series.id}/retrospectives`}>
                  {retrospectiveMessages(ctx.locale).seriesTitle}
                </a>
              </p>
            ) : null}
            <EventList
              ctx={ctx}
              items={g.events.map((event) => ({ event }))}
              empty={m.noEvents}
              headingLevel={3}
            />
          </section>
        ))}
      {others.length > 0 ? (
        <section aria-labelledby="other-events" class="stack event-section">
          <h2 class="ds-heading" data-size="md" id="other-events">
            {props.series.length > 0 ? m.otherEvents : ctx.t.events}
          </h2>
          <EventList
            ctx={ctx}
            items={others.map((event) => ({ event }))}
            empty={m.noEvents}
            headingLevel={3}
          />
        </section>
      ) : null}
      {props.canManage ? (
        <section aria-labelledby="new-series" class="stack event-section no-print">
          <h2 class="ds-heading" data-size="sm" id="new-series">
            {f.newSeries}
          </h2>
          <ErrorSummary ctx={ctx} errors={props.errors} labels={labels} />
          <Problem message={props.problem} />
          <Form ctx={ctx} action={`/programmes/${programme.slug}/series`} class="stack form-wide">
            {locales.map((l) => (
              <Field
                key={l}
                ctx={ctx}
                name={`series_title_${l}`}
                label={`${f.seriesTitle} (${localeNames[l]})`}
                errors={props.errors}
                values={props.values}
              />
            ))}
            <SubmitButton variant="secondary">{f.createSeries}</SubmitButton>
          </Form>
        </section>
      ) : null}
    </Layout>
  );
}
