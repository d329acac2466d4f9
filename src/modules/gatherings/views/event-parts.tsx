import { format, intlTag, type Locale, type LocalizedText } from '../../../platform/i18n/index';
import type { PageContext } from '../../../platform/views/page-context';
import type { Programme } from '../../programmes/index';
import type { GatheringEvent } from '../event-model';
import { eventMessages, type EventMessages } from '../event-messages';

/** The text in the reader's language, else another present one, with the language it is in. */
export function localText(text: LocalizedText, locale: Locale): { value: string; lang: Locale | undefined } {
  for (const l of [locale, 'nb', 'sv', 'en'] as const) {
    const value = text[l];
    if (value) return { value, lang: l };
  }
  return { value: '', lang: undefined };
}

/** A localized text, marked with `lang` when shown in another language than the page's (WCAG 3.1.2). */
export function Text(props: { text: LocalizedText; ctx: PageContext }) {
  const { value, lang } = localText(props.text, props.ctx.locale);
  return <span lang={lang && lang !== props.ctx.locale ? lang : undefined}>{value}</span>;
}

/** A longer text as paragraphs: a blank line starts a new one. */
export function Paragraphs(props: { text: LocalizedText; ctx: PageContext }) {
  const { value, lang } = localText(props.text, props.ctx.locale);
  if (!value) return null;
  return (
    <div lang={lang && lang !== props.ctx.locale ? lang : undefined} class="stack">
      {value.split(/\n\s*\n/).map((p, i) => (
        <p class="ds-paragraph pre-line" key={i}>
          {p}
        </p>
      ))}
    </div>
  );
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, timeZone: string, style: 'dateTime' | 'time' | 'day') {
  const key = `${locale}:${timeZone}:${style}`;
  let f = formats.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === 'time'
        ? { timeStyle: 'short' }
        : style === 'day'
          ? { dateStyle: 'full' }
          : { dateStyle: 'long', timeStyle: 'short' };
    f = new Intl.DateTimeFormat(intlTag[locale], { ...options, timeZone });
    formats.set(key, f);
  }
  return f;
}

/** A date and time in the event's zone: "16 April 2014, 23:59". */
export function dateTimeText(iso: string, timeZone: string, locale: Locale): string {
  return dateFormat(locale, timeZone, 'dateTime').format(new Date(iso));
}

/** "10:00" and "10:45" in the event's zone; the end is null when it equals the start. */
export function timeRange(startsAt: string, endsAt: string, timeZone: string, locale: Locale) {
  const f = dateFormat(locale, timeZone, 'time');
  const start = f.format(new Date(startsAt));
  const end = f.format(new Date(endsAt));
  return { start, end: start === end ? null : end };
}

/** "Wednesday 3 September 2014" in the event's zone. */
export function dayText(iso: string, timeZone: string, locale: Locale): string {
  return dateFormat(locale, timeZone, 'day').format(new Date(iso));
}

/** The zone's name for people: "Europe/Oslo" reads "Oslo". */
export const zoneName = (timeZone: string) => timeZone.split('/').pop()!.replace(/_/g, ' ');

export const kindLabel = (kind: string, m: EventMessages) =>
  (m as Record<string, string>)[`kind.${kind}`] ?? kind;
export const agendaKindLabel = (kind: string, m: EventMessages) =>
  (m as Record<string, string>)[`agendaKind.${kind}`] ?? kind;
export const languageLabel = (language: string, m: EventMessages) =>
  (m as Record<string, string>)[`lang.${language}`] ?? language;

/** "Reglab learning project, no. 2" for an event of a series, else null. */
export function seriesText(event: GatheringEvent, locale: Locale, m: EventMessages): string | null {
  if (!event.seriesTitle) return null;
  const series = localText(event.seriesTitle, locale).value;
  return event.seriesNumber == null
    ? series
    : format(m.seriesNumbered, { series, n: String(event.seriesNumber) }, locale);
}

/** Breadcrumbs: Programmes › the programme › Events › (the event). */
export function Trail(props: {
  ctx: PageContext;
  programme: Programme;
  event?: GatheringEvent;
  /** On the programme's event list itself. */
  current?: boolean;
}) {
  const { ctx, programme, event } = props;
  const m = eventMessages(ctx.locale);
  const slug = encodeURIComponent(programme.slug);
  return (
    <nav class="ds-breadcrumbs follow-up-trail no-print" aria-label={m.youAreHere}>
      <ol>
        <li>
          <a class="ds-link" href="/programmes">
            {ctx.t.programmes}
          </a>
        </li>
        <li>
          <a class="ds-link" href={`/programmes/${slug}`}>
            <Text text={programme.title} ctx={ctx} />
          </a>
        </li>
        <li>
          <a
            class="ds-link"
            href={`/programmes/${slug}/events`}
            aria-current={props.current ? 'page' : undefined}
          >
            {ctx.t.events}
          </a>
        </li>
        {event ? (
          <li>
            <a class="ds-link" href={`/events/${event.id}`}>
              <Text text={event.title} ctx={ctx} />
            </a>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}

/** A broken rule in words, above a form. */
export function Problem(props: { message?: string }) {
  if (!props.message) return null;
  return (
    <div class="ds-alert" data-color="danger" role="alert">
      <p class="ds-paragraph">{props.message}</p>
    </div>
  );
}
