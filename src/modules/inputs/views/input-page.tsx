import { format, formatDate, formatDateTime } from '../../../platform/i18n/index';
import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { inputMessages } from '../messages';
import type { Input } from '../service';
import { inputStatuses, type InputStatus } from '../tables';
import { triageMessages } from '../triage-messages';
import { InputTrail, inputsPath, Paragraphs, StatusTag, type ProgrammeRef } from './parts';

export interface StatusChange {
  from: InputStatus;
  to: InputStatus;
  by: string | null;
  at: string;
}

/** One input for the operators: the text, the sender, the triage form and the status history. */
export function InputPage(props: {
  ctx: PageContext;
  programme: ProgrammeRef;
  input: Input;
  history: StatusChange[];
  notice?: 'saved' | 'mailed';
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { ctx, programme, input, errors, values } = props;
  const m = inputMessages(ctx.locale);
  const tm = triageMessages(ctx.locale);
  const common = { ctx, errors, values };
  const labels = { status: m.status, internalNote: tm.internalNote, answer: tm.publicAnswer };
  return (
    <Layout ctx={ctx} title={input.title}>
      <InputTrail
        ctx={ctx}
        programme={programme}
        trail={[{ href: inputsPath(programme), label: tm.triage }]}
      />
      <h1 class="ds-heading" data-size="lg">
        {input.title}
      </h1>
      {props.notice ? (
        <div class="ds-alert" data-color="success" role="status">
          <p class="ds-paragraph">
            {props.notice === 'mailed' ? `${tm.saved} ${tm.senderMailed}` : tm.saved}
          </p>
        </div>
      ) : null}
      <p class="ds-paragraph cluster">
        <StatusTag status={input.status} m={m} />
        <span>
          {tm.received}: {formatDateTime(input.createdAt, ctx.locale)}
        </span>
      </p>
      <section class="stack" aria-labelledby="the-input">
        <h2 class="ds-heading" data-size="md" id="the-input">
          {tm.input}
        </h2>
        <Paragraphs text={input.body} />
      </section>
      <section class="stack" aria-labelledby="sender">
        <h2 class="ds-heading" data-size="md" id="sender">
          {tm.senderDetails}
        </h2>
        <ul class="plain-list">
          <li>{input.senderKind === 'member' ? tm.member : tm.resident}</li>
          <li>{input.senderName ?? tm.noName}</li>
          <li>{input.senderEmail ?? tm.noEmail}</li>
          <li>{input.showName ? tm.nameShown : tm.nameHidden}</li>
        </ul>
      </section>
      <section class="stack" aria-labelledby="handle">
        <h2 class="ds-heading" data-size="md" id="handle">
          {tm.handle}
        </h2>
        <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
        <Form ctx={ctx} action={`/inputs/${input.id}`} class="stack form-wide">
          <Field
            {...common}
            name="status"
            label={m.status}
            hint={tm.statusHint}
            required
            defaultValue={input.status}
            options={inputStatuses.map((s) => ({ value: s, label: m[`status.${s}`] }))}
          />
          <Field
            {...common}
            name="internalNote"
            label={tm.internalNote}
            hint={tm.internalNoteHint}
            multiline
            defaultValue={input.internalNote}
          />
          <Field
            {...common}
            name="answer"
            label={tm.publicAnswer}
            hint={tm.publicAnswerHint}
            multiline
            rows={6}
            defaultValue={input.answer}
          />
          {input.answeredAt ? (
            <p class="ds-paragraph muted" data-size="sm">
              {format(tm.publishedOn, { date: formatDate(input.answeredAt, ctx.locale) })}
            </p>
          ) : null}
          <SubmitButton>{tm.save}</SubmitButton>
        </Form>
      </section>
      <section class="stack" aria-labelledby="history">
        <h2 class="ds-heading" data-size="md" id="history">
          {tm.history}
        </h2>
        {props.history.length === 0 ? (
          <p class="ds-paragraph muted">{tm.noHistory}</p>
        ) : (
          <div class="table-scroll">
            <table class="ds-table" data-border>
              <caption class="ds-heading" data-size="xs">
                {tm.historyCaption}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{tm.when}</th>
                  <th scope="col">{tm.from}</th>
                  <th scope="col">{tm.to}</th>
                  <th scope="col">{tm.by}</th>
                </tr>
              </thead>
              <tbody>
                {props.history.map((change, i) => (
                  <tr key={i}>
                    <td>{formatDateTime(change.at, ctx.locale)}</td>
                    <td>{m[`status.${change.from}`]}</td>
                    <td>{m[`status.${change.to}`]}</td>
                    <td>{change.by ?? tm.unknownPerson}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Layout>
  );
}
