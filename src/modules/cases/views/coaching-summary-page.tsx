import type { FieldErrors } from '../../../platform/http/validation';
import { format, formatDateTime, pickText } from '../../../platform/i18n/index';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { coachingMessages } from '../coaching-messages';
import type { BoardGroup, CoachingBoard } from '../coaching-service';
import type { CoachingEvent } from './coaching-groups-page';

const summariesPath = (eventId: number) => `/events/${eventId}/summaries`;

/** One group writes its A3: the critical questions its cases share. */
export function CoachingSummaryPage(props: {
  ctx: PageContext;
  event: CoachingEvent;
  group: BoardGroup;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { ctx, event, group } = props;
  const m = coachingMessages(ctx.locale);
  const title = format(m.editSummaryTitle, { n: group.number, event: pickText(event.title, ctx.locale) });
  return (
    <Layout ctx={ctx} title={title}>
      <nav>
        <a class="ds-link" href={summariesPath(event.id)}>
          {m.backToSummaries}
        </a>
      </nav>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <GroupCases ctx={ctx} group={group} />
      <ErrorSummary ctx={ctx} errors={props.errors} labels={{ body: m.summaryBody }} />
      <Form ctx={ctx} action={`/coaching-groups/${group.id}/summary`} class="stack">
        <Field
          ctx={ctx}
          errors={props.errors}
          values={props.values}
          name="body"
          label={m.summaryBody}
          hint={m.summaryHint}
          multiline
          rows={12}
          required
          defaultValue={group.summary?.body}
        />
        <div class="cluster">
          <SubmitButton>{ctx.t.save}</SubmitButton>
          <a class="ds-link" href={summariesPath(event.id)}>
            {m.cancel}
          </a>
        </div>
      </Form>
    </Layout>
  );
}

function GroupCases(props: { ctx: PageContext; group: BoardGroup }) {
  return (
    <ul class="ds-list">
      {props.group.cases.map((c) => (
        <li key={c.id}>
          {c.title}
          {c.organisation ? <span class="muted"> ({c.organisation})</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** Every group's A3 of one workshop, side by side, for the next agenda and for each other. */
export function CoachingSummariesPage(props: {
  ctx: PageContext;
  event: CoachingEvent;
  board: CoachingBoard;
  editable: number[];
  saved?: boolean;
}) {
  const { ctx, event, board } = props;
  const m = coachingMessages(ctx.locale);
  const title = format(m.summariesTitle, { event: pickText(event.title, ctx.locale) });
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      {props.saved ? (
        <div class="ds-alert" data-color="success" role="status">
          <p class="ds-paragraph">{m.saved}</p>
        </div>
      ) : null}
      {board.groups.length === 0 ? <p class="ds-paragraph">{m.noGroups}</p> : null}
      <ul class="cards">
        {board.groups.map((group) => (
          <li key={group.id} class="ds-card stack">
            <h2 class="ds-heading" data-size="sm" id={`a3-${group.id}`}>
              {format(m.group, { n: group.number })}
            </h2>
            <GroupCases ctx={ctx} group={group} />
            {group.summary ? (
              <>
                <p class="ds-paragraph pre-line">{group.summary.body}</p>
                <p class="ds-paragraph muted" data-size="sm">
                  {format(m.updated, {
                    date: formatDateTime(group.summary.updatedAt, ctx.locale, event.timeZone),
                  })}
                </p>
              </>
            ) : (
              <p class="ds-paragraph muted">{m.noSummary}</p>
            )}
            {props.editable.includes(group.id) ? (
              <p class="ds-paragraph">
                <a
                  class="ds-link"
                  href={`/coaching-groups/${group.id}/summary`}
                  aria-describedby={`a3-${group.id}`}
                >
                  {m.writeSummary}
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </Layout>
  );
}
