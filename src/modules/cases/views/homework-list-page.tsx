import type { FieldErrors } from '../../../platform/http/validation';
import { format, formatDateTime, pickText } from '../../../platform/i18n/index';
import type { LocalizedText } from '../../../platform/i18n/index';
import { ErrorSummary, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { homeworkMessages } from '../homework-messages';
import { HomeworkFields, homeworkLabels } from './homework-fields';

export interface HomeworkListItem {
  id: number;
  title: LocalizedText;
  dueAt: string;
}

/** An event's homework, and for those who manage the event a form to add some. */
export function HomeworkListPage(props: {
  ctx: PageContext;
  event: { id: number; title: LocalizedText; timeZone: string };
  items: HomeworkListItem[];
  canManage: boolean;
  errors?: FieldErrors;
  values?: FormValues;
  problem?: string;
  /** Says the homework the operator came from was deleted. */
  deleted?: boolean;
}) {
  const { ctx, event } = props;
  const m = homeworkMessages(ctx.locale);
  const eventTitle = pickText(event.title, ctx.locale);
  const heading = format(m.homeworkFor, { event: eventTitle });
  return (
    <Layout ctx={ctx} title={heading}>
      <p class="ds-paragraph">
        <a class="ds-link" href={`/events/${event.id}`}>
          {m.toEvent}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      {props.deleted ? (
        <div class="ds-alert" data-color="success" role="status">
          <p class="ds-paragraph">{m.deleted}</p>
        </div>
      ) : null}
      {props.items.length === 0 ? (
        <p class="ds-paragraph muted">{m.noHomework}</p>
      ) : (
        <ul class="ds-list">
          {props.items.map((h) => (
            <li key={h.id}>
              <a class="ds-link" href={`/homework/${h.id}`}>
                {pickText(h.title, ctx.locale)}
              </a>{' '}
              – {format(m.due, { date: formatDateTime(h.dueAt, ctx.locale, event.timeZone) })}
            </li>
          ))}
        </ul>
      )}
      {props.canManage ? <NewHomeworkForm {...props} /> : null}
    </Layout>
  );
}

function NewHomeworkForm(props: {
  ctx: PageContext;
  event: { id: number; timeZone: string };
  errors?: FieldErrors;
  values?: FormValues;
  problem?: string;
}) {
  const { ctx } = props;
  const m = homeworkMessages(ctx.locale);
  return (
    <section aria-labelledby="new-homework" class="stack follow-up-section">
      <h2 class="ds-heading" data-size="md" id="new-homework">
        {m.newHomework}
      </h2>
      <ErrorSummary ctx={ctx} errors={props.errors} labels={homeworkLabels(ctx)} />
      {props.problem ? (
        <div class="ds-alert" data-color="danger" role="alert">
          <p class="ds-paragraph">{props.problem}</p>
        </div>
      ) : null}
      <Form ctx={ctx} action={`/events/${props.event.id}/homework`} class="stack form-wide">
        <HomeworkFields
          ctx={ctx}
          timeZone={props.event.timeZone}
          errors={props.errors}
          values={props.values}
        />
        <div>
          <SubmitButton>{m.createHomework}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}
