import { format, formatNumber, formatTimeRange, pickText } from '../../../platform/i18n/index';
import { Form, SubmitButton } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { registrationMessages, type RegistrationMessages } from '../registration-messages';
import type { SessionChoice, SessionsPageData } from '../registration-reads';
import { EventSummary, eventTime, Notice } from './registration-parts';

const languageNames: Record<string, string> = { nb: 'Norsk', nn: 'Nynorsk', sv: 'Svenska', en: 'English' };

export interface SessionsPageProps {
  ctx: PageContext;
  data: SessionsPageData;
  /** What the last choice did, or a refusal such as a clash, in the reader's language. */
  message?: { color: 'success' | 'warning' | 'danger'; text: string } | null;
}

/** The parallel sessions by time slot, with places left, the person's choices and the buttons to change them. */
export function SessionsPage(props: SessionsPageProps) {
  const { ctx, data } = props;
  const m = registrationMessages(ctx.locale);
  const title = format(m.sessionsTitle, { event: pickText(data.event.title, ctx.locale) });
  const canChoose = data.open && data.mine?.status === 'confirmed';
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
      {props.message ? (
        <Notice
          color={props.message.color}
          role={props.message.color === 'danger' ? 'alert' : 'status'}
          text={props.message.text}
        />
      ) : null}
      <p class="ds-paragraph">{m.sessionsIntro}</p>
      <Standing ctx={ctx} data={data} m={m} />
      {data.slots.length === 0 ? <p class="ds-paragraph">{m.noSessions}</p> : null}
      {data.slots.map((slot, i) => (
        <section key={slot.startsAt} aria-labelledby={`slot-${i}`} class="sessions-slot stack">
          <h2 class="ds-heading" data-size="sm" id={`slot-${i}`}>
            {formatTimeRange(slot.startsAt, slot.endsAt, ctx.locale, data.event.timeZone)}
          </h2>
          <ul class="sessions-list">
            {slot.sessions.map((s) => (
              <SessionCard
                key={s.id}
                ctx={ctx}
                eventId={data.event.id}
                session={s}
                canChoose={canChoose}
                m={m}
              />
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}

/** Whether and until when the person can choose, or why not. */
function Standing(props: { ctx: PageContext; data: SessionsPageData; m: RegistrationMessages }) {
  const { ctx, data, m } = props;
  const until = eventTime(data.event.sessionsUntil, ctx.locale, data.event.timeZone);
  if (!data.open) return <p class="ds-paragraph">{format(m['err.sessionsClosed'], { time: until })}</p>;
  if (!ctx.user)
    return (
      <p class="ds-paragraph">
        <a class="ds-link" href={`/login?next=${encodeURIComponent(`/events/${data.event.id}/sessions`)}`}>
          {m.logInToChoose}
        </a>
      </p>
    );
  if (data.mine?.status !== 'confirmed')
    return (
      <p class="ds-paragraph">
        {m['err.notConfirmed']}{' '}
        <a class="ds-link" href={`/events/${data.event.id}/register`}>
          {m.yourRegistration}
        </a>
      </p>
    );
  return <p class="ds-paragraph">{format(m.sessionsUntil, { time: until })}</p>;
}

function SessionCard(props: {
  ctx: PageContext;
  eventId: number;
  session: SessionChoice;
  canChoose: boolean;
  m: RegistrationMessages;
}) {
  const { ctx, session: s, m } = props;
  const title = pickText(s.title, ctx.locale);
  const abstract = pickText(s.description, ctx.locale);
  const left = s.capacity === null ? null : Math.max(0, s.capacity - s.confirmed);
  const places =
    left === null
      ? m.unlimited
      : left > 0
        ? format(m.placesOf, {
            left: formatNumber(left, ctx.locale),
            capacity: formatNumber(s.capacity!, ctx.locale),
          })
        : m.full;
  const headingId = `session-${s.id}`;
  return (
    <li class="ds-card stack sessions-card" aria-labelledby={headingId}>
      <h3 class="ds-heading" data-size="xs" id={headingId}>
        {title}
      </h3>
      {s.presenters.length > 0 ? (
        <p class="ds-paragraph" data-size="sm">
          {format(m.presenters, {
            names: s.presenters
              .map((p) => (p.organisation ? `${p.name} (${p.organisation})` : p.name))
              .join(', '),
          })}
        </p>
      ) : null}
      {s.language || s.room ? (
        <p class="ds-paragraph" data-size="sm">
          {[
            s.language ? format(m.language, { language: languageNames[s.language] ?? s.language }) : '',
            s.room ? format(m.room, { room: s.room }) : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      ) : null}
      {abstract ? <p class="ds-paragraph pre-line">{abstract}</p> : null}
      <p class="ds-paragraph">
        <strong>{m.places}:</strong> {places}
      </p>
      {s.mine ? (
        <p class="ds-paragraph">
          <span class="ds-tag" data-color={s.mine.status === 'confirmed' ? 'success' : 'warning'}>
            {s.mine.status === 'confirmed'
              ? m.youHavePlace
              : format(m.youWait, { position: s.mine.position ?? 0 }, ctx.locale)}
          </span>
        </p>
      ) : null}
      {props.canChoose ? (
        <Form ctx={ctx} action={`/events/${props.eventId}/sessions/${s.id}/${s.mine ? 'leave' : 'choose'}`}>
          <SubmitButton variant={s.mine ? 'secondary' : 'primary'}>
            {s.mine ? m.leave : m.choose}
            <span class="visually-hidden">: {title}</span>
          </SubmitButton>
        </Form>
      ) : null}
    </li>
  );
}
