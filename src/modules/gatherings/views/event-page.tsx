import { format, formatTimeRange, type Locale } from '../../../platform/i18n/index';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import type { Programme } from '../../programmes/index';
import { calendarMessages } from '../calendar-messages';
import { placesLeft, type PlaceCount } from '../counts';
import type { EventWithAgenda } from '../event-model';
import { eventTimes, registrationWindow } from '../registration-rules';
import { eventMessages, type EventMessages } from '../event-messages';
import { retrospectiveMessages } from '../retrospective-messages';
import { AgendaTables } from './agenda-table';
import {
  dateTimeText,
  kindLabel,
  languageLabel,
  localText,
  Paragraphs,
  seriesText,
  Text,
  Trail,
  zoneName,
} from './event-parts';

export interface EventPageProps {
  ctx: PageContext;
  event: EventWithAgenda;
  programme: Programme;
  access: { canManage: boolean; canFollowUp: boolean; participantIds: number[] };
  counts: PlaceCount;
  sessionCounts: Map<number, PlaceCount>;
  now: Date;
}

/** Where registration stands at `now` (the registration rule): not yet open, open (with its deadline), or closed. */
function registrationState(event: EventWithAgenda, now: Date, locale: Locale, m: EventMessages) {
  const date = (iso: string) => dateTimeText(iso, event.timeZone, locale);
  const stands = registrationWindow(eventTimes(event), now);
  if (stands === 'notOpen' && event.registrationOpensAt)
    return { open: false, text: format(m.registrationOpensOn, { date: date(event.registrationOpensAt) }) };
  if (stands === 'closed')
    return {
      open: false,
      text: event.registrationClosesAt
        ? format(m.registrationClosedOn, { date: date(event.registrationClosesAt) })
        : m.registrationClosedStarted,
    };
  return {
    open: true,
    text: event.registrationClosesAt
      ? format(m.registrationDeadline, { date: date(event.registrationClosesAt) })
      : m.registrationOpen,
  };
}

function Details(props: EventPageProps & { m: EventMessages }) {
  const { ctx, event, counts, m } = props;
  const left = placesLeft(event.capacity, counts);
  return (
    <section aria-labelledby="details" class="stack event-section">
      <h2 class="ds-heading" data-size="md" id="details">
        {m.details}
      </h2>
      <dl class="event-facts">
        <dt>{m.when}</dt>
        <dd>
          {formatTimeRange(event.startsAt, event.endsAt, ctx.locale, event.timeZone, 'long')}
          <br />
          <span class="muted">{format(m.timesIn, { zone: zoneName(event.timeZone) })}</span>
        </dd>
        {event.place || event.address || event.videoUrl ? <dt>{m.where}</dt> : null}
        {event.place || event.address ? (
          <dd>
            {event.place}
            {event.place && event.address ? <br /> : null}
            {event.address}
          </dd>
        ) : null}
        {event.videoUrl ? (
          <dd>
            {m.online}:{' '}
            <a class="ds-link break-anywhere" href={event.videoUrl} rel="noopener noreferrer">
              {m.videoMeeting}
            </a>
          </dd>
        ) : null}
        <dt>{m.eventLanguage}</dt>
        <dd>{languageLabel(event.language, m)}</dd>
        <dt>{m.places}</dt>
        <dd>
          {left == null
            ? m.noLimit
            : left > 0
              ? format(m.placesLeft, { left, capacity: event.capacity! }, ctx.locale)
              : m.fullWaitlist}
          {counts.waitlisted > 0 ? ` · ${format(m.waiting, { n: counts.waitlisted }, ctx.locale)}` : ''}
        </dd>
      </dl>
    </section>
  );
}

function Registration(props: EventPageProps & { m: EventMessages }) {
  const { ctx, event, access, m } = props;
  const state = registrationState(event, props.now, ctx.locale, m);
  const base = `/events/${event.id}`;
  const member = access.participantIds.length > 0 || access.canManage || access.canFollowUp;
  const date = (iso: string) => dateTimeText(iso, event.timeZone, ctx.locale);
  const hasSessions = event.agenda.some((i) => i.kind === 'session');
  return (
    <section aria-labelledby="registration" class="stack event-section">
      <h2 class="ds-heading" data-size="md" id="registration">
        {m.registration}
      </h2>
      <p class="ds-paragraph">{state.text}</p>
      {event.cancellationClosesAt ? (
        <p class="ds-paragraph">{format(m.cancellationUntil, { date: date(event.cancellationClosesAt) })}</p>
      ) : null}
      {hasSessions && event.sessionsCloseAt ? (
        <p class="ds-paragraph">{format(m.sessionsUntil, { date: date(event.sessionsCloseAt) })}</p>
      ) : null}
      <ul class="cluster plain-list no-print">
        {state.open ? (
          <li>
            <a class="ds-button" data-variant="primary" href={`${base}/register`}>
              {m.register}
            </a>
          </li>
        ) : null}
        {hasSessions ? (
          <li>
            <a class="ds-link" href={`${base}/sessions`}>
              {m.chooseSessions}
            </a>
          </li>
        ) : null}
        <li>
          <a class="ds-link" href={`${base}/calendar.ics`}>
            {m.calendar}
          </a>
        </li>
        {/* One feed with every gathering you are registered for, instead of a file per event. */}
        {ctx.user ? (
          <li>
            <a class="ds-link" href="/me/calendar">
              {calendarMessages(ctx.locale).title}
            </a>
          </li>
        ) : null}
        {ctx.user ? (
          <li>
            <a class="ds-link" href={`${base}/retrospective`}>
              {m.retrospective}
            </a>
          </li>
        ) : null}
        {member ? (
          <li>
            <a class="ds-link" href={`${base}/homework`}>
              {m.homework}
            </a>
          </li>
        ) : null}
        {/* The coaching groups page is for staff; a participant would meet a 403 there. */}
        {access.canManage || access.canFollowUp ? (
          <li>
            <a class="ds-link" href={`${base}/coaching-groups`}>
              {m.coachingGroups}
            </a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

/** The event page: what, when, where, registration, and the agenda with its parallel sessions. */
export function EventPage(props: EventPageProps) {
  const { ctx, event, programme, access } = props;
  const m = eventMessages(ctx.locale);
  const base = `/events/${event.id}`;
  const series = seriesText(event, ctx.locale, m);
  return (
    <Layout ctx={ctx} title={localText(event.title, ctx.locale).value} wide>
      <Trail ctx={ctx} programme={programme} />
      <header class="stack">
        <h1 class="ds-heading" data-size="lg">
          <Text text={event.title} ctx={ctx} />
        </h1>
        <p class="ds-paragraph cluster">
          <span class="ds-tag" data-color="neutral">
            {kindLabel(event.kind, m)}
          </span>
          {series ? <span>{series}</span> : null}
          <span>{formatTimeRange(event.startsAt, event.endsAt, ctx.locale, event.timeZone, 'long')}</span>
          {event.place ? <span>{event.place}</span> : null}
        </p>
      </header>
      {access.canManage || access.canFollowUp ? (
        <nav aria-label={m.forOrganisers} class="cluster no-print event-manage">
          {access.canManage ? (
            <a class="ds-button" data-variant="secondary" href={`${base}/edit`}>
              {m.editEvent}
            </a>
          ) : null}
          {access.canManage ? (
            <a class="ds-button" data-variant="secondary" href={`${base}/agenda/new`}>
              {m.addAgendaItem}
            </a>
          ) : null}
          <a class="ds-button" data-variant="secondary" href={`${base}/registrations`}>
            {m.registrations}
          </a>
          <a class="ds-button" data-variant="secondary" href={`${base}/retrospectives`}>
            {retrospectiveMessages(ctx.locale).answersTitle}
          </a>
        </nav>
      ) : null}
      {localText(event.description, ctx.locale).value ? (
        <section aria-labelledby="about" class="stack event-section">
          <h2 class="ds-heading" data-size="md" id="about">
            {m.about}
          </h2>
          <Paragraphs text={event.description} ctx={ctx} />
        </section>
      ) : null}
      <Details {...props} m={m} />
      <Registration {...props} m={m} />
      <section aria-labelledby="agenda" class="stack event-section">
        <h2 class="ds-heading" data-size="md" id="agenda">
          {m.agenda}
        </h2>
        {event.agenda.length === 0 ? (
          <p class="ds-paragraph">{m.noAgenda}</p>
        ) : (
          <AgendaTables
            ctx={ctx}
            items={event.agenda}
            timeZone={event.timeZone}
            eventLanguage={event.language}
            sessionCounts={props.sessionCounts}
            manageBase={access.canManage ? `${base}/agenda` : undefined}
          />
        )}
      </section>
    </Layout>
  );
}
