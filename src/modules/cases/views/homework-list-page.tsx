import type { FieldErrors } from '../../../platform/http/validation';
import { format, formatDateTime, localeNames, locales, pickText } from '../../../platform/i18n/index';
import type { LocalizedText } from '../../../platform/i18n/index';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { homeworkMessages } from '../homework-messages';

export interface HomeworkListItem {
  id: number;
  title: LocalizedText;
  dueAt: string;
}

const suffix = { nb: 'Nb', sv: 'Sv', en: 'En' } as const;

/** An event's homework, and for those who manage the event a form to add some. */
export function HomeworkListPage(props: {
  ctx: PageContext;
  event: { id: number; title: LocalizedText; timeZone: string };
  items: HomeworkListItem[];
  canManage: boolean;
  errors?: FieldErrors;
  values?: FormValues;
  problem?: string;
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
  const common = { ctx, errors: props.errors, values: props.values };
  const labels: Record<string, string> = { dueAt: m.dueAt };
  for (const l of locales) {
    labels[`title${suffix[l]}`] = format(m.inLanguage, { field: m.title, language: localeNames[l] });
    labels[`instructions${suffix[l]}`] = format(m.inLanguage, {
      field: m.instructions,
      language: localeNames[l],
    });
  }
  return (
    <section aria-labelledby="new-homework" class="stack follow-up-section">
      <h2 class="ds-heading" data-size="md" id="new-homework">
        {m.newHomework}
      </h2>
      <ErrorSummary ctx={ctx} errors={props.errors} labels={labels} />
      {props.problem ? (
        <div class="ds-alert" data-color="danger" role="alert">
          <p class="ds-paragraph">{props.problem}</p>
        </div>
      ) : null}
      <Form ctx={ctx} action={`/events/${props.event.id}/homework`} class="stack form-wide">
        <p class="ds-paragraph">{m.oneLanguageHint}</p>
        {locales.map((l) => (
          <Field key={`t${l}`} {...common} name={`title${suffix[l]}`} label={labels[`title${suffix[l]}`]!} />
        ))}
        {locales.map((l) => (
          <Field
            key={`i${l}`}
            {...common}
            name={`instructions${suffix[l]}`}
            label={labels[`instructions${suffix[l]}`]!}
            multiline
            rows={5}
          />
        ))}
        <Field
          {...common}
          name="dueAt"
          label={m.dueAt}
          hint={format(m.dueAtHint, { zone: props.event.timeZone })}
          type="datetime-local"
          required
        />
        <div>
          <SubmitButton>{m.createHomework}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}
