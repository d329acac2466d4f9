import { format, formatDateTime, pickText } from '../../../platform/i18n/index';
import { Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { homeworkMessages } from '../homework-messages';
import type { CaseHandIn, HomeworkPageData } from '../homework-page-data';
import { FileList, HandInStatusTag } from './case-parts';

/** A failed hand-in, shown at the form of the case it was for. */
export interface HandInProblem {
  caseId: number;
  message: string;
  /** The problem is with the files (shown at the file field), else with the text. */
  field: 'files' | 'body';
  values: FormValues;
}

/** A homework: its instructions; the status per case for staff; the hand-in form for a case's members. */
export function HomeworkPage(props: {
  ctx: PageContext;
  data: HomeworkPageData;
  thanks?: boolean;
  /** The operator just saved changes; `rearmed`: the reminder goes out again before the new due time. */
  updated?: 'saved' | 'rearmed';
  problem?: HandInProblem;
}) {
  const { ctx, data } = props;
  const { homework } = data;
  const m = homeworkMessages(ctx.locale);
  const title = pickText(homework.title, ctx.locale);
  const instructions = pickText(homework.instructions, ctx.locale);
  return (
    <Layout ctx={ctx} title={title}>
      <p class="ds-paragraph">
        <a class="ds-link" href={`/events/${homework.eventId}/homework`}>
          {m.toHomeworkList}
        </a>
      </p>
      <h1 class="ds-heading follow-up-title" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">
        {pickText(homework.eventTitle, ctx.locale)} ·{' '}
        <strong>
          {format(m.due, { date: formatDateTime(homework.dueAt, ctx.locale, homework.timeZone) })}
        </strong>
      </p>
      {data.canManage ? (
        <p class="ds-paragraph cluster">
          <a class="ds-link" href={`/homework/${homework.id}/edit`}>
            {m.editHomework}
          </a>
          <a class="ds-link" href={`/homework/${homework.id}/delete`}>
            {m.deleteHomework}
          </a>
        </p>
      ) : null}
      {props.updated ? (
        <div class="ds-alert" data-color="success" role="status">
          <p class="ds-paragraph">{props.updated === 'rearmed' ? m.updatedRearmed : m.updated}</p>
        </div>
      ) : null}
      {props.thanks ? (
        <div class="ds-alert" data-color="success" role="status">
          <p class="ds-paragraph">{m.thanks}</p>
        </div>
      ) : null}
      {instructions ? (
        <section aria-labelledby="instructions" class="stack">
          <h2 class="ds-heading" data-size="sm" id="instructions">
            {m.instructions}
          </h2>
          <p class="ds-paragraph pre-line">{instructions}</p>
        </section>
      ) : null}

      {data.statusRows ? <StatusTable ctx={ctx} data={data} /> : null}

      {data.ownCases.map((c) => (
        <HandInSection key={c.caseId} ctx={ctx} data={data} own={c} problem={props.problem} />
      ))}
      {data.isMember && data.ownCases.length === 0 ? <p class="ds-paragraph">{m.noCase}</p> : null}

      {data.ownCases.length > 0 ? (
        <section aria-labelledby="group-hand-ins" class="stack follow-up-section">
          <h2 class="ds-heading" data-size="md" id="group-hand-ins">
            {m.groupHandIns}
          </h2>
          {data.groupHandIns.length === 0 ? <p class="ds-paragraph muted">{m.noGroupHandIns}</p> : null}
          {data.groupHandIns.map((c) => (
            <article key={c.caseId} class="ds-card stack" aria-labelledby={`peer-${c.caseId}`}>
              <h3 class="ds-heading" data-size="xs" id={`peer-${c.caseId}`}>
                <a class="ds-link" href={`/cases/${c.caseId}`}>
                  {c.caseTitle}
                </a>{' '}
                ({c.organisationName})
              </h3>
              <HandInBody ctx={ctx} entry={c} timeZone={homework.timeZone} />
            </article>
          ))}
        </section>
      ) : null}
    </Layout>
  );
}

function StatusTable(props: { ctx: PageContext; data: HomeworkPageData }) {
  const { ctx, data } = props;
  const m = homeworkMessages(ctx.locale);
  const rows = data.statusRows ?? [];
  return (
    <section aria-labelledby="status" class="stack follow-up-section">
      <h2 class="ds-heading" data-size="md" id="status">
        {m.statusTable}
      </h2>
      {rows.length === 0 ? (
        <p class="ds-paragraph muted">{m.noCasesYet}</p>
      ) : (
        <div class="table-scroll">
          <table class="ds-table" data-border>
            <caption class="ds-heading" data-size="xs">
              {m.statusTable}
            </caption>
            <thead>
              <tr>
                <th scope="col">{m.case}</th>
                <th scope="col">{m.status}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.caseId}>
                  <th scope="row">
                    <a class="ds-link" href={`/cases/${r.caseId}#hand-in-${data.homework.id}`}>
                      {r.caseTitle}
                    </a>
                    <br />
                    <span class="muted">{r.organisationName}</span>
                  </th>
                  <td>
                    <HandInStatusTag ctx={ctx} status={r.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function HandInBody(props: { ctx: PageContext; entry: CaseHandIn; timeZone: string }) {
  const { ctx, entry } = props;
  const m = homeworkMessages(ctx.locale);
  const h = entry.handIn;
  if (!h) return null;
  return (
    <>
      <p class="ds-paragraph" data-size="sm">
        <HandInStatusTag ctx={ctx} status={h.status} />{' '}
        {format(m.lastChangedAt, { date: formatDateTime(h.updatedAt, ctx.locale, props.timeZone) })}
      </p>
      {h.body ? <p class="ds-paragraph pre-line">{h.body}</p> : null}
      <FileList ctx={ctx} submissionId={h.submissionId} files={h.files} />
    </>
  );
}

function HandInSection(props: {
  ctx: PageContext;
  data: HomeworkPageData;
  own: CaseHandIn;
  problem?: HandInProblem;
}) {
  const { ctx, data, own } = props;
  const m = homeworkMessages(ctx.locale);
  const problem = props.problem?.caseId === own.caseId ? props.problem : undefined;
  const headingId = `hand-in-${own.caseId}`;
  const fileError = problem?.field === 'files';
  return (
    <section aria-labelledby={headingId} class="stack follow-up-section">
      <h2 class="ds-heading" data-size="md" id={headingId}>
        {format(m.handInFor, { case: own.caseTitle })}
      </h2>
      {own.handIn ? (
        <div class="ds-card stack">
          <h3 class="ds-heading" data-size="xs">
            {m.yourHandIn}
          </h3>
          <HandInBody ctx={ctx} entry={own} timeZone={data.homework.timeZone} />
        </div>
      ) : (
        <p class="ds-paragraph">
          <HandInStatusTag ctx={ctx} status={own.status} />
        </p>
      )}
      {problem ? (
        <div class="ds-alert" data-color="danger" role="alert" tabIndex={-1} data-autofocus="true">
          <p class="ds-paragraph">{problem.message}</p>
        </div>
      ) : null}
      <Form
        ctx={ctx}
        action={`/homework/${data.homework.id}/submissions`}
        enctype="multipart/form-data"
        class="stack form-wide"
        aria-label={format(m.handInFor, { case: own.caseTitle })}
      >
        <input type="hidden" name="caseId" value={String(own.caseId)} />
        <Field
          ctx={ctx}
          name="body"
          label={m.text}
          hint={m.textHint}
          multiline
          rows={8}
          values={problem?.values}
          defaultValue={own.handIn?.body ?? ''}
        />
        <div class="ds-field field">
          <label class="ds-label" for={`files-${own.caseId}`}>
            {m.files} <span class="field__optional">({ctx.t.optional})</span>
          </label>
          <p class="ds-paragraph field__hint" data-size="sm" id={`files-${own.caseId}-hint`}>
            {m.filesHint}
          </p>
          <input
            class="ds-input"
            type="file"
            multiple
            id={`files-${own.caseId}`}
            name="files"
            aria-describedby={`files-${own.caseId}-hint${fileError ? ` files-${own.caseId}-error` : ''}`}
            aria-invalid={fileError ? 'true' : undefined}
          />
          {fileError ? (
            <p class="ds-validation-message" data-color="danger" id={`files-${own.caseId}-error`}>
              {problem.message}
            </p>
          ) : null}
        </div>
        <div>
          <SubmitButton>{own.handIn ? m.handInAgain : m.handIn}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}
