import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { eventTimeZones, utcToZoned } from '../../../platform/time';
import type { Programme } from '../../programmes/index';
import type { EventSeries, GatheringEvent } from '../event-model';
import { eventFormMessages } from '../event-form-messages';
import { eventMessages } from '../event-messages';
import { eventKinds, eventLanguages } from '../tables';
import { LanguageFields, languageLabels } from './event-form-fields';
import { kindLabel, languageLabel, localText, Problem, Trail } from './event-parts';

const deadlines = [
  ['registration_opens_at', 'registrationOpensAt', 'registrationOpensHint'],
  ['registration_closes_at', 'registrationClosesAt', 'registrationClosesHint'],
  ['cancellation_closes_at', 'cancellationClosesAt', null],
  ['sessions_close_at', 'sessionsCloseAt', null],
] as const;

/** Creates an event in a programme (no `event`) or edits one; times are local to the chosen zone. */
export function EventFormPage(props: {
  ctx: PageContext;
  programme: Programme;
  series: EventSeries[];
  event?: GatheringEvent;
  errors?: FieldErrors;
  values?: FormValues;
  problem?: string;
}) {
  const { ctx, event, programme } = props;
  const m = eventMessages(ctx.locale);
  const f = eventFormMessages(ctx.locale);
  const heading = event ? m.editEvent : m.newEvent;
  const local = (iso: string | null | undefined) => (iso && event ? utcToZoned(iso, event.timeZone) : null);
  const labels: Record<string, string> = {
    ...languageLabels(f.title, f.description),
    kind: f.kind,
    series_id: f.seriesId,
    series_number: f.seriesNumber,
    starts_at: f.startsAt,
    ends_at: f.endsAt,
    time_zone: f.timeZone,
    place: f.place,
    address: f.address,
    video_url: f.videoUrl,
    language: f.language,
    capacity: f.capacity,
  };
  for (const [name, label] of deadlines) labels[name] = f[label];
  const common = { ctx, errors: props.errors, values: props.values };
  const action = event ? `/events/${event.id}/edit` : `/programmes/${programme.slug}/events/new`;
  return (
    <Layout ctx={ctx} title={heading}>
      <Trail ctx={ctx} programme={programme} event={event} />
      <h1 class="ds-heading" data-size="lg">
        {heading}
        {event ? <span class="visually-hidden">: {localText(event.title, ctx.locale).value}</span> : null}
      </h1>
      <ErrorSummary ctx={ctx} errors={props.errors} labels={labels} />
      <Problem message={props.problem} />
      <Form ctx={ctx} action={action} class="stack form-wide">
        <Field
          {...common}
          name="kind"
          label={f.kind}
          required
          defaultValue={event?.kind ?? 'gathering'}
          options={eventKinds.map((k) => ({ value: k, label: kindLabel(k, m) }))}
        />
        <LanguageFields
          {...common}
          titleLabel={f.title}
          descriptionLabel={f.description}
          defaults={event ? { title: event.title, description: event.description } : undefined}
        />
        {props.series.length > 0 ? (
          <div class="cluster">
            <Field
              {...common}
              name="series_id"
              label={f.seriesId}
              defaultValue={event?.seriesId}
              options={[
                { value: '', label: f.noSeries },
                ...props.series.map((s) => ({
                  value: String(s.id),
                  label: localText(s.title, ctx.locale).value,
                })),
              ]}
            />
            <Field
              {...common}
              name="series_number"
              type="number"
              label={f.seriesNumber}
              hint={f.seriesNumberHint}
              defaultValue={event?.seriesNumber}
            />
          </div>
        ) : null}
        <fieldset class="ds-fieldset">
          <legend class="ds-label">{f.time}</legend>
          <Field
            {...common}
            name="time_zone"
            label={f.timeZone}
            hint={f.timeZoneHint}
            required
            defaultValue={event?.timeZone ?? 'Europe/Oslo'}
            options={eventTimeZones.map((z) => ({ value: z, label: z }))}
          />
          <div class="cluster">
            {(['starts_at', 'ends_at'] as const).map((name) => (
              <Field
                {...common}
                key={name}
                name={name}
                type="datetime-local"
                label={name === 'starts_at' ? f.startsAt : f.endsAt}
                hint={f.dateTimeHint}
                required
                defaultValue={local(name === 'starts_at' ? event?.startsAt : event?.endsAt)}
              />
            ))}
          </div>
        </fieldset>
        <fieldset class="ds-fieldset">
          <legend class="ds-label">{f.placeLegend}</legend>
          <Field {...common} name="place" label={f.place} defaultValue={event?.place} />
          <Field {...common} name="address" label={f.address} defaultValue={event?.address} />
          <Field
            {...common}
            name="video_url"
            type="url"
            label={f.videoUrl}
            hint={f.videoUrlHint}
            defaultValue={event?.videoUrl}
          />
        </fieldset>
        <Field
          {...common}
          name="language"
          label={f.language}
          required
          defaultValue={event?.language ?? (ctx.locale === 'sv' ? 'sv' : ctx.locale === 'en' ? 'en' : 'nb')}
          options={eventLanguages.map((l) => ({ value: l, label: languageLabel(l, m) }))}
        />
        <fieldset class="ds-fieldset">
          <legend class="ds-label">{f.registrationLegend}</legend>
          <Field
            {...common}
            name="capacity"
            type="number"
            label={f.capacity}
            hint={f.capacityHint}
            defaultValue={event?.capacity}
          />
          {deadlines.map(([name, label, hint]) => (
            <Field
              {...common}
              key={name}
              name={name}
              type="datetime-local"
              label={f[label]}
              hint={hint ? `${f[hint]} ${f.dateTimeHint}` : f.dateTimeHint}
              defaultValue={local(event?.[label])}
            />
          ))}
        </fieldset>
        <div class="cluster">
          <SubmitButton>{event ? f.saveEvent : f.createEvent}</SubmitButton>
          <a class="ds-link" href={event ? `/events/${event.id}` : `/programmes/${programme.slug}/events`}>
            {ctx.t.cancel}
          </a>
        </div>
      </Form>
    </Layout>
  );
}
