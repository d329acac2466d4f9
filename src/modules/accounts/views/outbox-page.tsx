import { format, formatDateTime } from '../../../platform/i18n/index';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { adminMessages } from '../admin-messages';

export interface OutboxRow {
  id: number;
  recipient: string;
  subject: string;
  body: string;
  created_at: string;
  sent_at: string | null;
  attempts: number;
  last_error: string | null;
}

/** Queued and sent mail; the contents only where the page is how mail reaches people (demo, no SMTP). */
export function OutboxPage(props: { ctx: PageContext; mails: OutboxRow[]; showBodies: boolean }) {
  const { ctx } = props;
  const m = adminMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.outboxTitle} wide>
      <h1 class="ds-heading" data-size="lg">
        {m.outboxTitle}
      </h1>
      <p class="ds-paragraph">{m.outboxIntro}</p>
      {props.showBodies ? null : <p class="ds-paragraph">{m.outboxBodiesHidden}</p>}
      {props.mails.length === 0 ? (
        <p class="ds-paragraph">{m.noMail}</p>
      ) : (
        // Focusable, so keyboard users can scroll a table that holds no links (WCAG 2.1.1).
        <div class="table-scroll" tabIndex={0} role="region" aria-label={m.outboxTitle}>
          <table class="ds-table" data-size="sm">
            <thead>
              <tr>
                <th scope="col">{m.queuedAt}</th>
                <th scope="col">{m.to}</th>
                <th scope="col">{m.subject}</th>
                <th scope="col">{m.status}</th>
                {props.showBodies ? <th scope="col">{m.content}</th> : null}
              </tr>
            </thead>
            <tbody>
              {props.mails.map((mail) => (
                <tr key={mail.id}>
                  <td>{formatDateTime(mail.created_at, ctx.locale)}</td>
                  <td>{mail.recipient}</td>
                  <td>{mail.subject}</td>
                  <td>{status(m, mail, ctx.locale)}</td>
                  {props.showBodies ? (
                    <td>
                      <pre class="mail-body">{mail.body}</pre>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

function status(m: ReturnType<typeof adminMessages>, mail: OutboxRow, locale: PageContext['locale']) {
  if (mail.sent_at) return format(m.statusSent, { date: formatDateTime(mail.sent_at, locale) });
  if (mail.last_error) {
    return format(m.statusFailed, { attempts: mail.attempts, error: mail.last_error }, locale);
  }
  return m.statusQueued;
}
