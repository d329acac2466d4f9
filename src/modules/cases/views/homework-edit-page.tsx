import type { FieldErrors } from '../../../platform/http/validation';
import { format, pickText } from '../../../platform/i18n/index';
import { ErrorSummary, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { homeworkMessages } from '../homework-messages';
import type { HomeworkView } from '../homework-page-data';
import { homeworkDefaults, HomeworkFields, homeworkLabels } from './homework-fields';

/** The operator's form to change a homework's texts and due time, filled with what it says now. */
export function HomeworkEditPage(props: {
  ctx: PageContext;
  homework: HomeworkView;
  /** The due time as a local time of the event's zone, as the form takes it. */
  localDueAt: string;
  errors?: FieldErrors;
  values?: FormValues;
  problem?: string;
}) {
  const { ctx, homework } = props;
  const m = homeworkMessages(ctx.locale);
  const heading = format(m.editTitle, { title: pickText(homework.title, ctx.locale) });
  return (
    <Layout ctx={ctx} title={heading}>
      <p class="ds-paragraph">
        <a class="ds-link" href={`/homework/${homework.id}`}>
          {pickText(homework.title, ctx.locale)}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <p class="ds-paragraph">{pickText(homework.eventTitle, ctx.locale)}</p>
      <ErrorSummary ctx={ctx} errors={props.errors} labels={homeworkLabels(ctx)} />
      {props.problem ? (
        <div class="ds-alert" data-color="danger" role="alert">
          <p class="ds-paragraph">{props.problem}</p>
        </div>
      ) : null}
      <Form ctx={ctx} action={`/homework/${homework.id}/edit`} class="stack form-wide">
        <HomeworkFields
          ctx={ctx}
          timeZone={homework.timeZone}
          errors={props.errors}
          values={props.values}
          defaults={homeworkDefaults({ ...homework, localDueAt: props.localDueAt })}
        />
        <div class="cluster">
          <SubmitButton>{m.saveHomework}</SubmitButton>
          <a class="ds-link" href={`/homework/${homework.id}`}>
            {ctx.t.cancel}
          </a>
        </div>
      </Form>
    </Layout>
  );
}
