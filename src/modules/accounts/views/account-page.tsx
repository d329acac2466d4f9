import { format, formatDateTime } from '../../../platform/i18n/index';
import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { accountMessages } from '../account-messages';
import type { AccountView, ApiTokenView, SessionView } from '../account-service';

export type AccountNotice = 'verification-sent' | 'session-ended' | 'token-revoked';

type M = ReturnType<typeof accountMessages>;

/** The person's own account: who they are, where they are logged in, API tokens, their data. */
export function AccountPage(props: {
  ctx: PageContext;
  account: AccountView;
  notice?: AccountNotice | null;
  /** A token just created: shown this once. */
  newToken?: string;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { ctx, account } = props;
  const m = accountMessages(ctx.locale);
  const notices: Record<AccountNotice, string> = {
    'verification-sent': format(m.verificationSent, { email: account.email }),
    'session-ended': m.sessionEnded,
    'token-revoked': m.tokenRevoked,
  };
  return (
    <Layout ctx={ctx} title={m.accountTitle}>
      <h1 class="ds-heading" data-size="lg">
        {m.accountTitle}
      </h1>
      {props.notice ? (
        <div class="ds-alert" data-color="success" role="status">
          <p class="ds-paragraph">{notices[props.notice]}</p>
        </div>
      ) : null}
      {props.newToken ? (
        <div class="ds-alert" data-color="warning" role="status">
          <h2 class="ds-heading" data-size="xs">
            {m.newTokenTitle}
          </h2>
          <p class="ds-paragraph" id="new-token-hint">
            {m.newTokenOnce}
          </p>
          <input
            class="ds-input"
            readOnly
            value={props.newToken}
            aria-label={m.newTokenTitle}
            aria-describedby="new-token-hint"
          />
        </div>
      ) : null}
      <dl class="facts">
        <dt>{m.name}</dt>
        <dd>{account.name}</dd>
        <dt>{m.email}</dt>
        <dd>{account.email}</dd>
        <dt>{m.role}</dt>
        <dd>{m[`role.${account.role}`]}</dd>
        <dt>{m.emailStatus}</dt>
        <dd>
          {account.emailVerifiedAt ? (
            format(m.verifiedOn, { date: formatDateTime(account.emailVerifiedAt, ctx.locale) })
          ) : (
            <Form ctx={ctx} action="/account/verify" class="inline-form">
              <span class="ds-tag" data-color="warning">
                {m.notVerified}
              </span>
              <SubmitButton variant="secondary">{m.sendVerification}</SubmitButton>
            </Form>
          )}
        </dd>
      </dl>
      <Sessions ctx={ctx} m={m} sessions={account.sessions} />
      <Tokens ctx={ctx} m={m} tokens={account.apiTokens} errors={props.errors} values={props.values} />
      <h2 class="ds-heading" data-size="md">
        {m.dataTitle}
      </h2>
      <p class="ds-paragraph">{m.dataIntro}</p>
      <p class="ds-paragraph">
        <a class="ds-link" href="/account/export" download>
          {m.downloadData}
        </a>
      </p>
      {account.role === 'operator' ? (
        <p class="ds-paragraph">
          <a class="ds-link" href="/admin/users">
            {m.manageLogins}
          </a>
        </p>
      ) : null}
    </Layout>
  );
}

function Sessions(props: { ctx: PageContext; m: M; sessions: SessionView[] }) {
  const { ctx, m } = props;
  return (
    <section aria-labelledby="sessions-heading">
      <h2 class="ds-heading" data-size="md" id="sessions-heading">
        {m.sessionsTitle}
      </h2>
      <p class="ds-paragraph">{m.sessionsIntro}</p>
      <div class="table-scroll">
        <table class="ds-table" data-size="sm">
          <thead>
            <tr>
              <th scope="col">{m.device}</th>
              <th scope="col">{m.ip}</th>
              <th scope="col">{m.loggedInAt}</th>
              <th scope="col">{m.lastSeen}</th>
              <th scope="col">{m.actions}</th>
            </tr>
          </thead>
          <tbody>
            {props.sessions.map((s) => (
              <tr key={s.ref} aria-current={s.current ? 'true' : undefined}>
                <td>
                  {s.userAgent || m.unknownDevice}
                  {s.current ? (
                    <>
                      {' '}
                      <span class="ds-tag" data-color="success">
                        {m.thisSession}
                      </span>
                    </>
                  ) : null}
                </td>
                <td>{s.ip}</td>
                <td>{formatDateTime(s.createdAt, ctx.locale)}</td>
                <td>{formatDateTime(s.lastSeenAt, ctx.locale)}</td>
                <td>
                  <Form ctx={ctx} action="/account/sessions/end" class="inline-form">
                    <input type="hidden" name="session" value={s.ref} />
                    <RowButton label={m.endSession} context={s.userAgent || m.unknownDevice} />
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Tokens(props: {
  ctx: PageContext;
  m: M;
  tokens: ApiTokenView[];
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { ctx, m } = props;
  return (
    <section aria-labelledby="tokens-heading">
      <h2 class="ds-heading" data-size="md" id="tokens-heading">
        {m.tokensTitle}
      </h2>
      <p class="ds-paragraph">{m.tokensIntro}</p>
      {props.tokens.length === 0 ? (
        <p class="ds-paragraph">{m.noTokens}</p>
      ) : (
        <div class="table-scroll">
          <table class="ds-table" data-size="sm">
            <thead>
              <tr>
                <th scope="col">{m.name}</th>
                <th scope="col">{m.tokenCreated}</th>
                <th scope="col">{m.tokenLastUsed}</th>
                <th scope="col">{m.actions}</th>
              </tr>
            </thead>
            <tbody>
              {props.tokens.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td>{formatDateTime(t.createdAt, ctx.locale)}</td>
                  <td>{t.lastUsedAt ? formatDateTime(t.lastUsedAt, ctx.locale) : m.neverUsed}</td>
                  <td>
                    <Form ctx={ctx} action={`/account/tokens/${t.id}/revoke`} class="inline-form">
                      <RowButton label={m.revokeToken} context={t.name} />
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorSummary ctx={ctx} errors={props.errors} labels={{ name: m.tokenName }} />
      <Form ctx={ctx} action="/account/tokens" class="stack narrow">
        <Field
          ctx={ctx}
          name="name"
          label={m.tokenName}
          hint={m.tokenNameHint}
          required
          errors={props.errors}
          values={props.values}
        />
        <SubmitButton>{m.createToken}</SubmitButton>
      </Form>
    </section>
  );
}

/** A button in a table row; its accessible name says which row, as many rows share the same label. */
function RowButton(props: { label: string; context: string }) {
  return (
    <button
      type="submit"
      class="ds-button"
      data-variant="secondary"
      data-size="sm"
      aria-label={`${props.label}: ${props.context}`}
    >
      {props.label}
    </button>
  );
}
