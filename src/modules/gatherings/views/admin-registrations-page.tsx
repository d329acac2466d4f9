import type { ComponentChildren } from 'preact';
import { format, formatDateTime, pickText, type LocalizedText } from '../../../platform/i18n/index';
import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { adminMessages } from '../admin-messages';
import type { RegistrationFilter, RegistrationList, RegistrationRow } from '../admin-service';
import { registrationStatuses } from '../tables';

export interface AdminEvent {
  id: number;
  title: LocalizedText;
  timeZone: string;
  capacity: number | null;
}

export interface RegistrationsPageProps {
  ctx: PageContext;
  event: AdminEvent;
  list: RegistrationList;
  shown: RegistrationRow[];
  filter: RegistrationFilter;
  canManage: boolean;
  notice?: string;
  /** The register-on-behalf form after a failed attempt. */
  errors?: FieldErrors;
  values?: FormValues;
  problem?: string;
  /** Why a cancellation from the list was refused. */
  refusal?: string;
}

function StatusText(props: { ctx: PageContext; row: RegistrationRow }) {
  const m = adminMessages(props.ctx.locale);
  const { row } = props;
  if (row.waitlistNumber) return <>{format(m.waitlistNumber, { n: row.waitlistNumber }, props.ctx.locale)}</>;
  return <>{m[`status.${row.status}`]}</>;
}

/** A filter field: a GET form's field is never required, so it is written without Field's marks. */
function FilterField(props: { id: string; label: string; children: ComponentChildren }) {
  return (
    <div class="ds-field field">
      <label class="ds-label" for={props.id}>
        {props.label}
      </label>
      {props.children}
    </div>
  );
}

function FilterForm(props: RegistrationsPageProps) {
  const { ctx, list, filter, event } = props;
  const m = adminMessages(ctx.locale);
  return (
    <form
      method="get"
      action={`/events/${event.id}/registrations`}
      class="registration-filter"
      aria-labelledby="filter-title"
    >
      <h2 class="ds-heading" data-size="xs" id="filter-title">
        {m.filterTitle}
      </h2>
      <div class="cluster">
        <FilterField id="filter-status" label={m.status}>
          <select class="ds-input" id="filter-status" name="status">
            <option value="">{m.allStatuses}</option>
            {registrationStatuses.map((s) => (
              <option key={s} value={s} selected={filter.status === s}>
                {m[`status.${s}`]}
              </option>
            ))}
          </select>
        </FilterField>
        {list.sessions.length ? (
          <FilterField id="filter-session" label={m.session}>
            <select class="ds-input" id="filter-session" name="session">
              <option value="">{m.allSessions}</option>
              {list.sessions.map((s) => (
                <option key={s.id} value={String(s.id)} selected={filter.sessionId === s.id}>
                  {pickText(s.title, ctx.locale)}
                </option>
              ))}
            </select>
          </FilterField>
        ) : null}
        <FilterField id="filter-q" label={m.searchText}>
          <input class="ds-input" id="filter-q" name="q" type="search" value={filter.text} />
        </FilterField>
        <SubmitButton variant="secondary">{ctx.t.filter}</SubmitButton>
      </div>
    </form>
  );
}

function RegistrationTable(props: RegistrationsPageProps) {
  const { ctx, event, list, shown, canManage } = props;
  const m = adminMessages(ctx.locale);
  const title = pickText(event.title, ctx.locale);
  if (shown.length === 0) return <p class="ds-paragraph">{m.none}</p>;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="registrations-caption">
      <table class="ds-table" data-size="sm">
        <caption id="registrations-caption">{format(m.caption, { title }, ctx.locale)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.name}</th>
            <th scope="col">{m.organisation}</th>
            <th scope="col">{m.status}</th>
            <th scope="col">{m.registeredAt}</th>
            {list.sessions.length ? <th scope="col">{m.sessions}</th> : null}
            {canManage && list.questions.length ? <th scope="col">{m.answers}</th> : null}
            {canManage ? <th scope="col">{m.actions}</th> : null}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.id} id={`registration-${r.id}`}>
              <th scope="row">
                {r.name}
                <span class="registration-meta">{r.email}</span>
                {r.onBehalf ? <span class="registration-meta">{m.byOperator}</span> : null}
              </th>
              <td>{r.organisation}</td>
              <td>
                <StatusText ctx={ctx} row={r} />
              </td>
              <td>{formatDateTime(r.createdAt, ctx.locale, event.timeZone)}</td>
              {list.sessions.length ? (
                <td>
                  <ul class="plain-list">
                    {r.sessions.map((s) => {
                      const t = pickText(s.title, ctx.locale);
                      return (
                        <li key={s.id}>
                          {s.status === 'waitlisted' ? format(m.waitlistedSession, { title: t }) : t}
                        </li>
                      );
                    })}
                  </ul>
                </td>
              ) : null}
              {canManage && list.questions.length ? (
                <td>
                  <dl class="registration-answers">
                    {list.questions
                      .filter((q) => r.answers[q.id])
                      .map((q) => (
                        <div key={q.id}>
                          <dt>{pickText(q.label, ctx.locale)}</dt>
                          <dd>{r.answers[q.id]}</dd>
                        </div>
                      ))}
                  </dl>
                </td>
              ) : null}
              {canManage ? (
                <td>
                  {r.status !== 'cancelled' ? (
                    <Form ctx={ctx} action={`/events/${event.id}/registrations/${r.id}/cancel`}>
                      <button
                        type="submit"
                        class="ds-button"
                        data-variant="tertiary"
                        data-color="danger"
                        data-size="sm"
                        aria-label={format(m.cancelNamed, { name: r.name })}
                      >
                        {m.cancel}
                      </button>
                    </Form>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OnBehalfForm(props: RegistrationsPageProps) {
  const { ctx, event, list, errors, values } = props;
  const m = adminMessages(ctx.locale);
  const labels: Record<string, string> = { name: m.name, email: m.email, organisation: m.organisation };
  for (const q of list.questions) labels[`answer_${q.id}`] = pickText(q.label, ctx.locale);
  return (
    <section aria-labelledby="on-behalf" class="stack registration-section">
      <h2 class="ds-heading" data-size="sm" id="on-behalf">
        {m.registerTitle}
      </h2>
      <p class="ds-paragraph">{m.registerHint}</p>
      {props.problem ? (
        <div class="ds-alert" data-color="danger" role="alert">
          <p class="ds-paragraph">{props.problem}</p>
        </div>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <Form ctx={ctx} action={`/events/${event.id}/registrations/on-behalf`} class="form-wide">
        <Field
          ctx={ctx}
          name="name"
          label={m.name}
          required
          autocomplete="off"
          errors={errors}
          values={values}
        />
        <Field
          ctx={ctx}
          name="email"
          type="email"
          label={m.email}
          required
          autocomplete="off"
          errors={errors}
          values={values}
        />
        <Field ctx={ctx} name="organisation" label={m.organisation} errors={errors} values={values} />
        {list.questions.map((q) => (
          <Field
            key={q.id}
            ctx={ctx}
            name={`answer_${q.id}`}
            label={pickText(q.label, ctx.locale)}
            multiline
            rows={2}
            errors={errors}
            values={values}
          />
        ))}
        <SubmitButton>{m.register}</SubmitButton>
      </Form>
    </section>
  );
}

/** The organisers' registration list: counts, filter, table, exports and registering on someone's behalf. */
export function AdminRegistrationsPage(props: RegistrationsPageProps) {
  const { ctx, event, list, shown, canManage } = props;
  const m = adminMessages(ctx.locale);
  const title = pickText(event.title, ctx.locale);
  const base = `/events/${event.id}`;
  return (
    <Layout ctx={ctx} title={`${m.title}: ${title}`} wide>
      <p class="ds-paragraph">
        <a class="ds-link" href={base}>
          {m.backToEvent}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {m.title}: {title}
      </h1>
      {props.notice ? (
        <div class="ds-alert" data-color="success" role="status">
          <p class="ds-paragraph">{props.notice}</p>
        </div>
      ) : null}
      {props.refusal ? (
        <div class="ds-alert" data-color="danger" role="alert">
          <p class="ds-paragraph">{props.refusal}</p>
        </div>
      ) : null}
      <section aria-labelledby="counts">
        <h2 class="ds-heading" data-size="sm" id="counts">
          {m.counts}
        </h2>
        <ul class="cluster plain-list registration-counts">
          {registrationStatuses.map((s) => (
            <li key={s}>
              {m[`status.${s}`]}: <strong>{list.counts[s]}</strong>
            </li>
          ))}
        </ul>
        {event.capacity != null ? (
          <p class="ds-paragraph">
            {format(m.capacityOf, { n: list.counts.confirmed, capacity: event.capacity }, ctx.locale)}
          </p>
        ) : null}
      </section>
      {canManage ? (
        <nav aria-label={m.export} class="cluster registration-section">
          <span>{m.export}:</span>
          <a class="ds-link" href={`${base}/registrations.csv`} download>
            {m.exportCsv}
          </a>
          <a class="ds-link" href={`${base}/registrations.xlsx`} download>
            {m.exportXlsx}
          </a>
          <a class="ds-link" href={`${base}/questions`}>
            {m.questions}
          </a>
        </nav>
      ) : null}
      <FilterForm {...props} />
      <p class="ds-paragraph" role="status">
        {format(m.shown, { n: shown.length, total: list.rows.length }, ctx.locale)}
      </p>
      <RegistrationTable {...props} />
      {canManage ? <OnBehalfForm {...props} /> : null}
    </Layout>
  );
}
