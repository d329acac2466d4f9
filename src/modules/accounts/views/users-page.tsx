import { format, formatDateTime, localeNames, locales } from '../../../platform/i18n/index';
import type { Role } from '../../../platform/http/context';
import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { accountMessages } from '../account-messages';
import { adminMessages } from '../admin-messages';

export const roles: readonly Role[] = ['operator', 'advisor', 'participant'];

export interface LoginRow {
  id: number;
  name: string;
  email: string;
  role: Role;
  email_verified_at: string | null;
  sessionCount: number;
}

export type UsersNotice =
  | { kind: 'created'; email: string }
  | { kind: 'sessions-ended'; count: number }
  | { kind: 'erased' }
  | { kind: 'erase-refused' };

/** Operators' list of logins, with ending sessions, erasure, and creating a login for a person. */
export function UsersPage(props: {
  ctx: PageContext;
  logins: LoginRow[];
  notice?: UsersNotice | null;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { ctx } = props;
  const m = adminMessages(ctx.locale);
  const a = accountMessages(ctx.locale);
  const notice = props.notice ? noticeText(m, props.notice, ctx.locale) : null;
  return (
    <Layout ctx={ctx} title={m.usersTitle} wide>
      <h1 class="ds-heading" data-size="lg">
        {m.usersTitle}
      </h1>
      {notice ? (
        <div
          class="ds-alert"
          data-color={props.notice?.kind === 'erase-refused' ? 'danger' : 'success'}
          role="status"
        >
          <p class="ds-paragraph">{notice}</p>
        </div>
      ) : null}
      <div class="table-scroll">
        <table class="ds-table" data-size="sm">
          <thead>
            <tr>
              <th scope="col">{m.name}</th>
              <th scope="col">{m.email}</th>
              <th scope="col">{m.role}</th>
              <th scope="col">{m.verified}</th>
              <th scope="col">{m.sessions}</th>
              <th scope="col">{m.actions}</th>
            </tr>
          </thead>
          <tbody>
            {props.logins.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>{a[`role.${u.role}`]}</td>
                <td>{u.email_verified_at ? formatDateTime(u.email_verified_at, ctx.locale) : ctx.t.no}</td>
                <td>{u.sessionCount}</td>
                <td>
                  <div class="cluster">
                    <Form ctx={ctx} action={`/admin/users/${u.id}/sessions/end`} class="inline-form">
                      <button
                        type="submit"
                        class="ds-button"
                        data-variant="secondary"
                        data-size="sm"
                        aria-label={`${m.endAllSessions}: ${u.name}`}
                      >
                        {m.endAllSessions}
                      </button>
                    </Form>
                    <a
                      class="ds-link"
                      href={`/admin/users/${u.id}/erase`}
                      aria-label={`${m.erase} ${u.name}`}
                    >
                      {m.erase}
                    </a>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CreateLoginForm ctx={ctx} errors={props.errors} values={props.values} />
    </Layout>
  );
}

function CreateLoginForm(props: { ctx: PageContext; errors?: FieldErrors; values?: FormValues }) {
  const { ctx, errors, values } = props;
  const m = adminMessages(ctx.locale);
  const a = accountMessages(ctx.locale);
  const labels = { name: m.name, email: m.email, role: m.role, personId: m.personId, locale: m.mailLanguage };
  return (
    <section aria-labelledby="create-login-heading">
      <h2 class="ds-heading" data-size="md" id="create-login-heading">
        {m.createLoginTitle}
      </h2>
      <p class="ds-paragraph">{m.createLoginIntro}</p>
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <Form ctx={ctx} action="/admin/users" class="stack narrow">
        <Field ctx={ctx} name="name" label={m.name} required errors={errors} values={values} />
        <Field ctx={ctx} name="email" type="email" label={m.email} required errors={errors} values={values} />
        <Field
          ctx={ctx}
          name="role"
          label={m.role}
          required
          errors={errors}
          values={values}
          defaultValue="participant"
          options={roles.map((r) => ({ value: r, label: a[`role.${r}`] }))}
        />
        <Field
          ctx={ctx}
          name="personId"
          type="number"
          label={m.personId}
          hint={m.personIdHint}
          errors={errors}
          values={values}
        />
        <Field
          ctx={ctx}
          name="locale"
          label={m.mailLanguage}
          required
          errors={errors}
          values={values}
          defaultValue={ctx.locale}
          options={locales.map((l) => ({ value: l, label: localeNames[l] }))}
        />
        <button type="submit" class="ds-button" data-variant="primary">
          {m.createLogin}
        </button>
      </Form>
    </section>
  );
}

function noticeText(m: ReturnType<typeof adminMessages>, notice: UsersNotice, locale: PageContext['locale']) {
  switch (notice.kind) {
    case 'created':
      return format(m.loginCreated, { email: notice.email });
    case 'sessions-ended':
      return format(m.sessionsEnded, { count: notice.count }, locale);
    case 'erased':
      return m.erased;
    case 'erase-refused':
      return m.eraseRefused;
  }
}
