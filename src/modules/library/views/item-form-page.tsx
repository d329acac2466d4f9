import { format } from '../../../platform/i18n/index';
import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { formMessages, type FormMessages } from '../form-messages';
import { libraryMessages } from '../messages';
import { audiences, itemKinds, itemLanguages } from '../tables';
import { themes } from '../themes';

export interface Option {
  value: string;
  label: string;
}

/** What the form may link to and name as authors. */
export interface FormChoices {
  people: Option[];
  organisations: Option[];
  programmes: Option[];
  events: Option[];
  participants: Option[];
  cases: Option[];
}

const listOf = (v: unknown): string[] => (v == null ? [] : [v].flat().map(String));

/** A multiple choice list with its label, hint and error: for long lists (people, events). */
function MultiSelect(props: {
  ctx: PageContext;
  name: string;
  label: string;
  hint: string;
  options: Option[];
  values: FormValues;
  errors?: FieldErrors;
}) {
  if (props.options.length === 0) return null;
  const id = `f-${props.name}`;
  const chosen = new Set(listOf(props.values[props.name]));
  const error = props.errors?.[props.name];
  return (
    <div class="ds-field field">
      <label class="ds-label" for={id}>
        {props.label}
        <span class="field__optional"> ({props.ctx.t.optional})</span>
      </label>
      <p class="ds-paragraph field__hint" data-size="sm" id={`${id}-hint`}>
        {props.hint}
      </p>
      <select
        class="ds-input library-multi"
        id={id}
        name={props.name}
        multiple
        size={Math.min(6, props.options.length)}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={chosen.has(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p class="ds-validation-message" data-color="danger" id={`${id}-error`}>
          {props.ctx.t[`error.${error}`]}
        </p>
      ) : null}
    </div>
  );
}

function Themes(props: { ctx: PageContext; f: FormMessages; values: FormValues; errors?: FieldErrors }) {
  const chosen = new Set(listOf(props.values.themes));
  const error = props.errors?.themes;
  return (
    <fieldset class="ds-fieldset field" id="f-themes" aria-describedby={error ? 'f-themes-error' : undefined}>
      <legend class="ds-label">{props.f.themes}</legend>
      <div class="library-checkboxes">
        {themes.map((t) => (
          <div class="ds-field" key={t.key}>
            <input
              class="ds-input"
              type="checkbox"
              id={`f-theme-${t.key}`}
              name="themes"
              value={t.key}
              checked={chosen.has(t.key)}
            />
            <label class="ds-label" data-weight="regular" for={`f-theme-${t.key}`}>
              {t[props.ctx.locale]}
            </label>
          </div>
        ))}
      </div>
      {error ? (
        <p class="ds-validation-message" data-color="danger" id="f-themes-error">
          {props.ctx.t[`error.${error}`]}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Creates an item (action /library/new) or edits one (action /library/:slug/edit). */
export function ItemFormPage(props: {
  ctx: PageContext;
  action: string;
  editing: string | null;
  values: FormValues;
  choices: FormChoices;
  errors?: FieldErrors;
  problem?: string;
}) {
  const { ctx, values, errors } = props;
  const f = formMessages(ctx.locale);
  const m = libraryMessages(ctx.locale);
  const title = props.editing ? format(f.editTitle, { title: props.editing }) : f.newTitle;
  const common = { ctx, values, errors };
  const labels: Record<string, string> = {
    kind: f.kind,
    title: f.title,
    summary: f.summary,
    body: f.body,
    language: f.language,
    year: f.year,
    audience: f.audience,
    themes: f.themes,
    tags: f.tags,
    url: f.url,
    doi: f.doi,
    publisher: f.publisher,
    programmeIds: f.programmes,
    eventIds: f.events,
    participantIds: f.participants,
    caseIds: f.cases,
    authorPersonIds: f.authorPeople,
    authorOrganisationIds: f.authorOrganisations,
  };
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      {props.problem ? (
        <div class="ds-alert" data-color="danger" role="alert">
          <p class="ds-paragraph">{props.problem}</p>
        </div>
      ) : null}
      <Form ctx={ctx} action={props.action} class="stack">
        <Field
          {...common}
          name="kind"
          label={f.kind}
          required
          options={itemKinds.map((k) => ({ value: k, label: m[`kind.${k}`] }))}
        />
        <Field {...common} name="title" label={f.title} required />
        <Field {...common} name="summary" label={f.summary} hint={f.summaryHint} multiline rows={3} />
        <Field {...common} name="body" label={f.body} hint={f.bodyHint} multiline rows={14} />
        <Field
          {...common}
          name="language"
          label={f.language}
          required
          options={itemLanguages.map((l) => ({ value: l, label: m[`lang.${l}`] }))}
        />
        <Field {...common} name="year" label={f.year} type="number" />
        <Field
          {...common}
          name="audience"
          label={f.audience}
          required
          options={audiences.map((a) => ({ value: a, label: m[`audience.${a}`] }))}
        />
        <Themes ctx={ctx} f={f} values={values} errors={errors} />
        <Field {...common} name="tags" label={f.tags} hint={f.tagsHint} />
        <Field
          {...common}
          name="authorNames"
          label={f.authorNames}
          hint={f.authorNamesHint}
          multiline
          rows={3}
        />
        <MultiSelect
          {...common}
          name="authorPersonIds"
          label={f.authorPeople}
          hint={f.multiHint}
          options={props.choices.people}
        />
        <MultiSelect
          {...common}
          name="authorOrganisationIds"
          label={f.authorOrganisations}
          hint={f.multiHint}
          options={props.choices.organisations}
        />
        <fieldset class="ds-fieldset field">
          <legend class="ds-label">{f.referenceLegend}</legend>
          <p class="ds-paragraph field__hint" data-size="sm">
            {f.referenceHint}
          </p>
          <Field {...common} name="publisher" label={f.publisher} />
          <Field {...common} name="doi" label={f.doi} />
          <Field {...common} name="url" label={f.url} type="url" />
        </fieldset>
        <fieldset class="ds-fieldset field">
          <legend class="ds-label">{f.links}</legend>
          <MultiSelect
            {...common}
            name="programmeIds"
            label={f.programmes}
            hint={f.multiHint}
            options={props.choices.programmes}
          />
          <MultiSelect
            {...common}
            name="eventIds"
            label={f.events}
            hint={f.multiHint}
            options={props.choices.events}
          />
          <MultiSelect
            {...common}
            name="participantIds"
            label={f.participants}
            hint={f.multiHint}
            options={props.choices.participants}
          />
          <MultiSelect
            {...common}
            name="caseIds"
            label={f.cases}
            hint={f.multiHint}
            options={props.choices.cases}
          />
        </fieldset>
        <SubmitButton>{props.editing ? f.save : f.create}</SubmitButton>
      </Form>
    </Layout>
  );
}
