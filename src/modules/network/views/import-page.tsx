import { Fragment } from 'preact';
import { format, formatNumber } from '../../../platform/i18n/index';
import { Form, SubmitButton } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import type { ImportReport } from '../import-service';
import { messages } from '../messages';
import type { ImportFileErrorCode } from '../registry-formats';

export interface ImportPageProps {
  ctx: PageContext;
  report?: { filename: string; result: ImportReport };
  /** Why the whole file was refused; `missing` when no file was sent. */
  fileError?: { code: ImportFileErrorCode | 'missing'; detail: string };
}

function Report(props: { ctx: PageContext; filename: string; result: ImportReport }) {
  const { ctx, result } = props;
  const m = messages(ctx.locale);
  const counts: [string, number][] = [
    [m.created, result.created],
    [m.updated, result.updated],
    [m.unchanged, result.unchanged],
    // Only a county list links municipalities, so the line shows only when it did.
    ...(result.linked > 0 ? [[m.linked, result.linked] as [string, number]] : []),
    [m.rejectedCount, result.rejected.length],
  ];
  return (
    <section class="stack" aria-labelledby="report-heading">
      <h2 class="ds-heading" data-size="md" id="report-heading" tabIndex={-1} data-autofocus="true">
        {format(m.reportTitle, { filename: props.filename })}
      </h2>
      <dl>
        {counts.map(([label, n]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{formatNumber(n, ctx.locale)}</dd>
          </Fragment>
        ))}
      </dl>
      {result.rejected.length > 0 ? (
        <div class="table-scroll">
          <table class="ds-table">
            <caption>{m.rejectedTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{m.line}</th>
                <th scope="col">{m.field}</th>
                <th scope="col">{m.reason}</th>
              </tr>
            </thead>
            <tbody>
              {result.rejected.map((r) => (
                <tr key={`${r.line}-${r.field}`}>
                  <td>{r.line}</td>
                  <td>
                    <code>{r.field}</code>
                  </td>
                  <td>{m[`reason.${r.reason}`]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** Upload an official municipality or county list and see what the import did. */
export function ImportPage(props: ImportPageProps) {
  const { ctx, fileError } = props;
  const m = messages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.importTitle}>
      <p class="ds-paragraph">
        <a class="ds-link" href="/organisations">
          {ctx.t.back}: {m.organisationsTitle}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {m.importTitle}
      </h1>
      {props.report ? (
        <Report ctx={ctx} filename={props.report.filename} result={props.report.result} />
      ) : null}
      <Form ctx={ctx} action="/organisations/import" enctype="multipart/form-data" class="stack narrow">
        <div class="ds-field field">
          <label class="ds-label" for="f-file">
            {m.file}
          </label>
          <p class="ds-paragraph field__hint" data-size="sm" id="f-file-hint">
            {m.importHint}
          </p>
          <input
            class="ds-input"
            type="file"
            id="f-file"
            name="file"
            accept=".json,.csv,application/json,text/csv"
            required
            aria-describedby={fileError ? 'f-file-hint f-file-error' : 'f-file-hint'}
            aria-invalid={fileError ? 'true' : undefined}
          />
          {fileError ? (
            <p class="ds-validation-message" data-color="danger" id="f-file-error" role="alert">
              {format(m[`file.${fileError.code}`], { detail: fileError.detail })}
            </p>
          ) : null}
        </div>
        <SubmitButton>{m.importButton}</SubmitButton>
      </Form>
    </Layout>
  );
}
