import {
  format,
  formatDateTime,
  formatTimeRange,
  parseLocalized,
  pickText,
  type Locale,
} from '../../../platform/i18n/index';
import type { PageContext } from '../../../platform/views/page-context';
import { registrationMessages } from '../registration-messages';
import type { RegistrationEvent } from '../registration-reads';
import type { RegistrationError } from '../registration-rules';

/** A time of the event, in the event's zone and the reader's language. */
export const eventTime = (iso: string, locale: Locale, timeZone: string) =>
  formatDateTime(iso, locale, timeZone);

/** The refusal in the reader's language, with the time or session it names. */
export function registrationErrorText(error: RegistrationError, locale: Locale): string {
  const m = registrationMessages(locale);
  const { at, timeZone = 'Europe/Oslo', clash } = error.details;
  if (error.key === 'notFound') return m['err.notRegistered'];
  return format(
    clash?.waitlisted ? m['err.clashWaitlisted'] : m[`err.${error.key}`],
    {
      time: clash
        ? formatTimeRange(clash.startsAt, clash.endsAt, locale, timeZone)
        : at
          ? eventTime(at, locale, timeZone)
          : '',
      title: clash ? pickText(parseLocalized(clash.title), locale) : '',
    },
    locale,
  );
}

/** The event's name, time and place, at the top of each registration page. */
export function EventSummary(props: { ctx: PageContext; event: RegistrationEvent }) {
  const { ctx, event } = props;
  const m = registrationMessages(ctx.locale);
  return (
    <dl class="registration-summary">
      <dt>{m.when}</dt>
      <dd>{formatTimeRange(event.startsAt, event.endsAt, ctx.locale, event.timeZone)}</dd>
      {event.place ? (
        <>
          <dt>{m.where}</dt>
          <dd>{event.place}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** A notice in an alert box: `info`, `success` or `warning`, always with words, never colour alone. */
export function Notice(props: {
  color: 'info' | 'success' | 'warning' | 'danger';
  text: string;
  role?: 'status' | 'alert';
}) {
  return (
    <div class="ds-alert" data-color={props.color} role={props.role ?? 'status'}>
      <p class="ds-paragraph">{props.text}</p>
    </div>
  );
}
