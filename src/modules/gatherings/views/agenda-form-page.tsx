import { format } from '../../../platform/i18n/index';
import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { utcToZoned } from '../../../platform/time';
import type { Programme } from '../../programmes/index';
import type { AgendaItem, GatheringEvent } from '../event-model';
import { eventFormMessages } from '../event-form-messages';
import { MAX_SPEAKER_ROWS } from '../event-inputs';
import { eventMessages } from '../event-messages';
import { agendaKinds, eventLanguages } from '../tables';
import { LanguageFields, languageLabels } from './event-form-fields';
import { agendaKindLabel, languageLabel, Problem, Trail, zoneName } from './event-parts';

/** How many speaker rows the form shows: those filled in, and two empty ones (at least three). */
function speakerRows(item: AgendaItem | undefined, values: FormValues | undefined): number {
  let filled = item?.speakers.length ?? 0;
  for (let n = 1; n <= MAX_SPEAKER_ROWS; n++) if (values?.[`speaker_name_${n}`]) filled = Math.max(filled, n);
  return Math.min(MAX_SPEAKER_ROWS, Math.max(3, filled + 2));
}

/** Adds an item to an event's agenda (no `item`) or edits one, with its speakers. */
export function AgendaFormPage(props: {
  ctx: PageContext;
  programme: Programme;
  event: GatheringEvent;
  item?: AgendaItem;
  /** Where a new item starts unless typed: the end of the last one, else the event's start. */
  suggestedStart?: string;
  errors?: FieldErrors;
  values?: FormValues;
  problem?: string;
}) {
  const { ctx, event, item } = props;
  const m = eventMessages(ctx.locale);
  const f = eventFormMessages(ctx.locale);
  const heading = item ? f.editAgendaItem : f.newAgendaItem;
  const local = (iso: string | undefined) => (iso ? utcToZoned(iso, event.timeZone) : null);
  const rows = speakerRows(item, props.values);
  const labels: Record<string, string> = {
    ...languageLabels(f.title, f.abstract),
    kind: f.kind,
    starts_at: f.startsAt,
    ends_at: f.endsAt,
    room: f.room,
    track: f.track,
    language: f.itemLanguage,
    capacity: f.itemCapacity,
  };
  for (let n = 1; n <= rows; n++) {
    labels[`speaker_name_${n}`] = `${format(f.speaker, { n: String(n) })}: ${f.speakerName}`;
    labels[`speaker_organisation_${n}`] = `${format(f.speaker, { n: String(n) })}: ${f.speakerOrganisation}`;
  }
  const common = { ctx, errors: props.errors, values: props.values };
  const base = `/events/${event.id}/agenda`;
  const start = local(item?.startsAt ?? props.suggestedStart ?? event.startsAt);
  return (
    <Layout ctx={ctx} title={heading}>
      <Trail ctx={ctx} programme={props.programme} event={event} />
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <ErrorSummary ctx={ctx} errors={props.errors} labels={labels} />
      <Problem message={props.problem} />
      <Form ctx={ctx} action={item ? `${base}/${item.id}/edit` : `${base}/new`} class="stack form-wide">
        <Field
          {...common}
          name="kind"
          label={f.kind}
          required
          defaultValue={item?.kind ?? 'talk'}
          options={agendaKinds.map((k) => ({ value: k, label: agendaKindLabel(k, m) }))}
        />
        <fieldset class="ds-fieldset">
          <legend class="ds-label">{`${f.time} (${format(m.timesIn, { zone: zoneName(event.timeZone) })})`}</legend>
          <div class="cluster">
            <Field
              {...common}
              name="starts_at"
              type="datetime-local"
              label={f.startsAt}
              hint={f.dateTimeHint}
              required
              defaultValue={start}
            />
            <Field
              {...common}
              name="ends_at"
              type="datetime-local"
              label={f.endsAt}
              hint={f.dateTimeHint}
              required
              defaultValue={local(item?.endsAt) ?? start}
            />
          </div>
        </fieldset>
        <LanguageFields
          {...common}
          titleLabel={f.title}
          descriptionLabel={f.abstract}
          defaults={item ? { title: item.title, description: item.description } : undefined}
        />
        <fieldset class="ds-fieldset">
          <legend class="ds-label">{f.speakersLegend}</legend>
          <p class="ds-paragraph field__hint" data-size="sm">
            {f.speakersHint}
          </p>
          {Array.from({ length: rows }, (_, i) => i + 1).map((n) => (
            <fieldset class="ds-fieldset speaker-row" key={n}>
              <legend class="ds-label">{format(f.speaker, { n: String(n) })}</legend>
              <div class="cluster">
                <Field
                  {...common}
                  name={`speaker_name_${n}`}
                  label={f.speakerName}
                  defaultValue={item?.speakers[n - 1]?.name}
                />
                <Field
                  {...common}
                  name={`speaker_organisation_${n}`}
                  label={f.speakerOrganisation}
                  defaultValue={item?.speakers[n - 1]?.organisation}
                />
              </div>
            </fieldset>
          ))}
        </fieldset>
        <div class="cluster">
          <Field {...common} name="room" label={f.room} defaultValue={item?.room} />
          <Field {...common} name="track" label={f.track} defaultValue={item?.track} />
        </div>
        <Field
          {...common}
          name="language"
          label={f.itemLanguage}
          defaultValue={item?.language ?? ''}
          options={[
            { value: '', label: f.sameLanguage },
            ...eventLanguages.map((l) => ({ value: l, label: languageLabel(l, m) })),
          ]}
        />
        <Field
          {...common}
          name="capacity"
          type="number"
          label={f.itemCapacity}
          hint={f.itemCapacityHint}
          defaultValue={item?.capacity}
        />
        <div class="cluster">
          <SubmitButton>{item ? f.saveItem : f.addItem}</SubmitButton>
          <a class="ds-link" href={`/events/${event.id}#agenda`}>
            {ctx.t.cancel}
          </a>
        </div>
      </Form>
    </Layout>
  );
}
