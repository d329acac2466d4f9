import type { FieldErrors } from '../../../platform/http/validation';
import { format, formatDateTime, pickText } from '../../../platform/i18n/index';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import type { CasePageData, HandInItem } from '../case-page-data';
import { caseMessages } from '../case-messages';
import { homeworkMessages } from '../homework-messages';
import { CaseTrail, FileList, HandInStatusTag } from './case-parts';

/** A case: what it is about, its log from workshop to workshop, and the hand-ins the reader may read. */
export function CasePage(props: {
  ctx: PageContext;
  data: CasePageData;
  canEdit: boolean;
  saved?: boolean;
  errors?: FieldErrors;
  values?: FormValues;
  problem?: string;
}) {
  const { ctx, data, canEdit } = props;
  const m = caseMessages(ctx.locale);
  const { kase } = data;
  const about: [string, string][] = [
    [m.goal, kase.goal],
    [m.challenges, kase.challenges],
    [m.regionRole, kase.regionRole],
    [m.stakeholders, kase.stakeholders],
    [m.question, kase.question],
  ];
  return (
    <Layout ctx={ctx} title={kase.title}>
      <CaseTrail ctx={ctx} programme={data.programme} />
      <h1 class="ds-heading follow-up-title" data-size="lg">
        {kase.title}
      </h1>
      <p class="ds-paragraph">{format(m.caseOf, { organisation: kase.organisationName })}</p>
      {props.saved ? (
        <div class="ds-alert" data-color="success" role="status">
          <p class="ds-paragraph">{m.saved}</p>
        </div>
      ) : null}
      <ul class="cluster plain-list" aria-label={m.themes}>
        {kase.themes.length === 0 ? <li class="muted">{m.noThemes}</li> : null}
        {kase.themes.map((theme) => (
          <li key={theme}>
            <span class="ds-tag" data-color="neutral">
              {theme}
            </span>
          </li>
        ))}
      </ul>
      <dl class="case-about">
        {about.map(([label, text]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd class="pre-line">{text || <span class="muted">{m.notFilledIn}</span>}</dd>
          </div>
        ))}
      </dl>
      {canEdit ? (
        <p class="ds-paragraph">
          <a class="ds-button" data-variant="secondary" href={`/cases/${kase.id}/edit`}>
            {m.editCase}
          </a>
        </p>
      ) : null}

      <section aria-labelledby="log" class="stack follow-up-section">
        <h2 class="ds-heading" data-size="md" id="log">
          {m.log}
        </h2>
        <p class="ds-paragraph">{m.logIntro}</p>
        {canEdit ? <LogForm {...props} /> : null}
        {data.log.length === 0 ? <p class="ds-paragraph muted">{m.noLog}</p> : null}
        <ol class="plain-list case-log">
          {data.log.map((entry) => (
            <li key={entry.id} class="ds-card case-log__entry">
              <p class="ds-paragraph" data-size="sm">
                <time dateTime={entry.createdAt}>
                  {formatDateTime(entry.createdAt, ctx.locale, entry.timeZone)}
                </time>
                {entry.event ? ` · ${pickText(entry.event.title, ctx.locale)}` : ''}
              </p>
              <p class="ds-paragraph pre-line">{entry.body}</p>
              <p class="ds-paragraph muted" data-size="sm">
                {entry.authorName ? format(m.entryBy, { name: entry.authorName }) : m.entryByUnknown}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="hand-ins" class="stack follow-up-section">
        <h2 class="ds-heading" data-size="md" id="hand-ins">
          {m.handIns}
        </h2>
        {data.handIns.length === 0 ? <p class="ds-paragraph muted">{m.noHandIns}</p> : null}
        {data.handIns.map((h) => (
          <HandIn key={h.submissionId} ctx={ctx} handIn={h} />
        ))}
      </section>
    </Layout>
  );
}

function LogForm(props: {
  ctx: PageContext;
  data: CasePageData;
  errors?: FieldErrors;
  values?: FormValues;
  problem?: string;
}) {
  const { ctx, data } = props;
  const m = caseMessages(ctx.locale);
  const options = [
    { value: '', label: m.noEvent },
    ...data.events.map((e) => ({
      value: String(e.id),
      label: `${pickText(e.title, ctx.locale)} (${formatDateTime(e.startsAt, ctx.locale, e.timeZone)})`,
    })),
  ];
  return (
    <Form ctx={ctx} action={`/cases/${data.kase.id}/log`} class="stack" aria-label={m.addEntry}>
      <h3 class="ds-heading" data-size="xs">
        {m.addEntry}
      </h3>
      <ErrorSummary ctx={ctx} errors={props.errors} labels={{ body: m.entry, eventId: m.entryEvent }} />
      {props.problem ? (
        <div class="ds-alert" data-color="danger" role="alert">
          <p class="ds-paragraph">{props.problem}</p>
        </div>
      ) : null}
      <Field
        ctx={ctx}
        name="eventId"
        label={m.entryEvent}
        hint={m.entryEventHint}
        options={options}
        errors={props.errors}
        values={props.values}
      />
      <Field
        ctx={ctx}
        name="body"
        label={m.entry}
        multiline
        required
        errors={props.errors}
        values={props.values}
      />
      <div>
        <SubmitButton>{m.saveEntry}</SubmitButton>
      </div>
    </Form>
  );
}

function HandIn(props: { ctx: PageContext; handIn: HandInItem }) {
  const { ctx, handIn: h } = props;
  const hm = homeworkMessages(ctx.locale);
  return (
    <article
      class="ds-card stack"
      id={`hand-in-${h.homeworkId}`}
      aria-labelledby={`hand-in-${h.homeworkId}-t`}
    >
      <h3 class="ds-heading" data-size="xs" id={`hand-in-${h.homeworkId}-t`}>
        <a class="ds-link" href={`/homework/${h.homeworkId}`}>
          {pickText(h.title, ctx.locale)}
        </a>
      </h3>
      <p class="ds-paragraph" data-size="sm">
        <HandInStatusTag ctx={ctx} status={h.status} />{' '}
        {format(hm.due, { date: formatDateTime(h.dueAt, ctx.locale, h.timeZone) })} ·{' '}
        {format(hm.lastChangedAt, { date: formatDateTime(h.updatedAt, ctx.locale, h.timeZone) })}
      </p>
      {h.body ? <p class="ds-paragraph pre-line">{h.body}</p> : null}
      <FileList ctx={ctx} submissionId={h.submissionId} files={h.files} />
    </article>
  );
}
