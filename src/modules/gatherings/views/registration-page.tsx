import type { FieldErrors } from '../../../platform/http/validation';
import { format, formatNumber, pickText } from '../../../platform/i18n/index';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { registrationMessages, type RegistrationMessages } from '../registration-messages';
import type { MyRegistration, RegistrationPageData } from '../registration-reads';
import { EventSummary, eventTime, Notice } from './registration-parts';

/** What just happened, shown once after a redirect. */
export type RegistrationNotice = 'sent' | 'cancelled' | 'confirmed' | 'waitlisted';

export interface RegistrationPageProps {
  ctx: PageContext;
  data: RegistrationPageData;
  notice?: RegistrationNotice | null;
  /** Place in line after a confirmation link, shown with the `waitlisted` notice. */
  position?: number | null;
  /** A refusal (already registered, closed, …) in the reader's language. */
  refusal?: string | null;
  errors?: FieldErrors;
  values?: FormValues;
  now?: Date;
}

/** Registration for one event: the form while open, or the person's registration and how to cancel it. */
export function RegistrationPage(props: RegistrationPageProps) {
  const { ctx, data } = props;
  const m = registrationMessages(ctx.locale);
  const title = format(m.registerTitle, { event: pickText(data.event.title, ctx.locale) });
  return (
    <Layout ctx={ctx} title={title}>
      <nav>
        <a class="ds-link" href={`/events/${data.event.id}`}>
          {m.backToEvent}
        </a>
      </nav>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <EventSummary ctx={ctx} event={data.event} />
      <NoticeFor {...props} m={m} />
      {props.refusal ? <Notice color="danger" role="alert" text={props.refusal} /> : null}
      {data.mine ? (
        <Mine ctx={ctx} data={data} mine={data.mine} m={m} now={props.now ?? new Date()} />
      ) : props.notice === 'sent' ? null : (
        <RegistrationForm {...props} m={m} />
      )}
    </Layout>
  );
}

function NoticeFor(props: RegistrationPageProps & { m: RegistrationMessages }) {
  const { m, data } = props;
  const event = pickText(data.event.title, props.ctx.locale);
  if (props.notice === 'sent') return <Notice color="info" text={m.sentNotice} />;
  if (props.notice === 'cancelled') return <Notice color="success" text={m.cancelledNotice} />;
  if (props.notice === 'confirmed')
    return <Notice color="success" text={format(m.statusConfirmed, { event })} />;
  if (props.notice === 'waitlisted' && props.position)
    return (
      <Notice
        color="warning"
        text={format(m.statusWaitlisted, { position: props.position }, props.ctx.locale)}
      />
    );
  return null;
}

function Mine(props: {
  ctx: PageContext;
  data: RegistrationPageData;
  mine: MyRegistration;
  m: RegistrationMessages;
  now: Date;
}) {
  const { ctx, data, mine, m } = props;
  const event = pickText(data.event.title, ctx.locale);
  const text =
    mine.status === 'confirmed'
      ? format(m.statusConfirmed, { event })
      : mine.status === 'waitlisted'
        ? format(m.statusWaitlisted, { position: mine.position ?? 0 }, ctx.locale)
        : format(m.statusPending, { email: mine.email });
  const canCancel = props.now.getTime() < Date.parse(data.event.cancelUntil);
  return (
    <section aria-labelledby="mine" class="ds-card stack registration-mine">
      <h2 class="ds-heading" data-size="sm" id="mine">
        {m.yourRegistration}
      </h2>
      <p class="ds-paragraph">{text}</p>
      {mine.status === 'confirmed' ? (
        <p class="ds-paragraph">
          <a class="ds-link" href={`/events/${data.event.id}/sessions`}>
            {m.chooseSessions}
          </a>
        </p>
      ) : null}
      {canCancel ? (
        <Form ctx={ctx} action={`/events/${data.event.id}/registration/cancel`} class="stack">
          <p class="ds-paragraph" data-size="sm">
            {format(m.cancelUntil, {
              time: eventTime(data.event.cancelUntil, ctx.locale, data.event.timeZone),
            })}
          </p>
          <SubmitButton variant="secondary">{m.cancelButton}</SubmitButton>
        </Form>
      ) : (
        <p class="ds-paragraph">
          {format(m['err.cancellationClosed'], {
            time: eventTime(data.event.cancelUntil, ctx.locale, data.event.timeZone),
          })}
        </p>
      )}
    </section>
  );
}

function RegistrationForm(props: RegistrationPageProps & { m: RegistrationMessages }) {
  const { ctx, data, m } = props;
  const { event } = data;
  const time = (iso: string) => eventTime(iso, ctx.locale, event.timeZone);
  if (data.window === 'notOpen' && event.opensAt)
    return <p class="ds-paragraph">{format(m.opensAt, { time: time(event.opensAt) })}</p>;
  if (data.window === 'closed')
    return <p class="ds-paragraph">{format(m['err.closed'], { time: time(event.closesAt) })}</p>;
  const guest = !ctx.user;
  const common = { ctx, errors: props.errors, values: props.values };
  const labels: Record<string, string> = { name: m.name, email: m.email, organisation: m.organisation };
  for (const question of data.questions) labels[`q_${question.id}`] = pickText(question.label, ctx.locale);
  return (
    <section aria-labelledby="form-heading" class="stack">
      <h2 class="ds-heading" data-size="sm" id="form-heading">
        {m.submit}
      </h2>
      {data.placesLeft === null ? null : data.placesLeft > 0 ? (
        <p class="ds-paragraph">
          {format(m.placesLeft, {
            n: formatNumber(data.placesLeft, ctx.locale),
            capacity: formatNumber(event.capacity ?? 0, ctx.locale),
          })}
        </p>
      ) : (
        <Notice color="warning" text={m.fullNotice} />
      )}
      <p class="ds-paragraph">{format(m.closesAt, { time: time(event.closesAt) })}</p>
      <p class="ds-paragraph" data-size="sm">
        {guest ? (
          <>
            {m.guestHint}{' '}
            <a class="ds-link" href={`/login?next=${encodeURIComponent(`/events/${event.id}/register`)}`}>
              {m.loginHint}
            </a>
          </>
        ) : null}
      </p>
      <ErrorSummary ctx={ctx} errors={props.errors} labels={labels} />
      <Form ctx={ctx} action={`/events/${event.id}/register`} class="stack">
        <Field
          {...common}
          name="name"
          label={m.name}
          required
          autocomplete="name"
          defaultValue={ctx.user?.name}
        />
        <Field
          {...common}
          name="email"
          label={m.email}
          type="email"
          required
          autocomplete="email"
          defaultValue={ctx.user?.email}
        />
        <Field
          {...common}
          name="organisation"
          label={m.organisation}
          required={guest}
          autocomplete="organization"
        />
        {data.questions.length > 0 ? (
          <fieldset class="ds-fieldset stack">
            <legend class="ds-label">{m.questions}</legend>
            {data.questions.map((question) => (
              <Field
                key={question.id}
                {...common}
                name={`q_${question.id}`}
                label={pickText(question.label, ctx.locale)}
                required={question.required}
                multiline
                rows={2}
              />
            ))}
          </fieldset>
        ) : null}
        {/* A trap for robots: hidden from people (and screen readers), so only a robot fills it in. */}
        <div class="registration-trap" aria-hidden="true">
          <label for="f-website">{m.honeypot}</label>
          <input id="f-website" name="website" type="text" tabIndex={-1} autocomplete="off" />
        </div>
        <SubmitButton>{m.submit}</SubmitButton>
      </Form>
    </section>
  );
}
