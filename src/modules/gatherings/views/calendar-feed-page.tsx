import { format, formatDateTime } from '../../../platform/i18n/index';
import { Form, SubmitButton } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { calendarMessages } from '../calendar-messages';

/** /me/calendar: the secret feed address, shown once when made, and the button that renews it. */
export function CalendarFeedPage(props: { ctx: PageContext; createdAt: string | null; feedUrl?: string }) {
  const { ctx } = props;
  const m = calendarMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1 class="ds-heading" data-size="lg">
        {m.title}
      </h1>
      <p class="ds-paragraph">{m.intro}</p>
      <p class="ds-paragraph">{m.secret}</p>
      {props.feedUrl ? (
        <div class="ds-alert" data-color="success" role="status">
          <div class="ds-field field">
            <label class="ds-label" for="feed-url">
              {m.yourUrl}
            </label>
            <p class="ds-paragraph field__hint" data-size="sm" id="feed-url-hint">
              {m.shownOnce}
            </p>
            <input
              class="ds-input feed-url"
              id="feed-url"
              type="text"
              readOnly
              value={props.feedUrl}
              aria-describedby="feed-url-hint"
            />
          </div>
        </div>
      ) : props.createdAt ? (
        <p class="ds-paragraph">
          {format(m.hasFeed, { date: formatDateTime(props.createdAt, ctx.locale) }, ctx.locale)}
        </p>
      ) : (
        <p class="ds-paragraph">{m.noFeed}</p>
      )}
      <Form ctx={ctx} action="/me/calendar">
        <SubmitButton variant={props.createdAt ? 'secondary' : 'primary'}>
          {props.createdAt ? m.renew : m.create}
        </SubmitButton>
      </Form>
    </Layout>
  );
}
