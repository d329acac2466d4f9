import { format, formatDateTime, pickText } from '../../../platform/i18n/index';
import { Form } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { homeworkMessages } from '../homework-messages';
import type { HomeworkView } from '../homework-page-data';

/** Asks before deleting a homework, saying how many hand-ins (and files) go with it. */
export function HomeworkDeletePage(props: {
  ctx: PageContext;
  homework: HomeworkView;
  handIns: number;
  files: number;
  /** More hand-ins came in after the operator was first asked. */
  changed?: boolean;
}) {
  const { ctx, homework, handIns } = props;
  const m = homeworkMessages(ctx.locale);
  const title = pickText(homework.title, ctx.locale);
  const heading = format(m.deleteTitle, { title });
  const handInText =
    handIns === 0
      ? m.deleteNoHandIns
      : handIns === 1
        ? m.deleteHandInOne
        : format(m.deleteHandInsMany, { n: handIns }, ctx.locale);
  return (
    <Layout ctx={ctx} title={heading}>
      <p class="ds-paragraph">
        <a class="ds-link" href={`/homework/${homework.id}`}>
          {title}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      {props.changed ? (
        <div class="ds-alert" data-color="danger" role="alert" tabIndex={-1} data-autofocus="true">
          <p class="ds-paragraph">{m.deleteChanged}</p>
        </div>
      ) : null}
      <p class="ds-paragraph">
        {pickText(homework.eventTitle, ctx.locale)} ·{' '}
        {format(m.due, { date: formatDateTime(homework.dueAt, ctx.locale, homework.timeZone) })}
      </p>
      <p class="ds-paragraph">{m.deleteIntro}</p>
      <div class="ds-alert" data-color={handIns > 0 ? 'warning' : 'info'}>
        <p class="ds-paragraph">{handInText}</p>
        {props.files > 0 ? (
          <p class="ds-paragraph">{format(m.deleteFiles, { files: props.files }, ctx.locale)}</p>
        ) : null}
      </div>
      <Form ctx={ctx} action={`/homework/${homework.id}/delete`} class="stack">
        {/* The number the operator saw: if more hand-ins come in meanwhile, they are asked again. */}
        <input type="hidden" name="handIns" value={String(handIns)} />
        <div class="cluster">
          <button type="submit" class="ds-button" data-variant="primary" data-color="danger">
            {m.deleteHomework}
          </button>
          <a class="ds-link" href={`/homework/${homework.id}`}>
            {ctx.t.cancel}
          </a>
        </div>
      </Form>
    </Layout>
  );
}
