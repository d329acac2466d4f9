import type { FieldErrors } from '../../../platform/http/validation';
import { format } from '../../../platform/i18n/index';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { messages } from '../messages';
import type { Organisation, Person, PersonAttributes } from '../service';
import {
  ageBandLabel,
  ageBands,
  kindLabel,
  sectorLabel,
  sectors,
  withNone,
  yearsLivedBands,
  yearsLivedLabel,
} from './labels';

export interface PersonFormProps {
  ctx: PageContext;
  /** Null on the "new" form. */
  person: Person | null;
  attributes: PersonAttributes | null;
  links: { organisationId: number; role: string | null }[];
  organisations: Organisation[];
  errors?: FieldErrors;
  values?: FormValues;
}

/** Empty rows offered below the person's organisations, so one can be added without a script. */
const SPARE_ROWS = 2;

/** Create or edit a person: contact details, organisations with role, and attributes kept only with consent. */
export function PersonFormPage(props: PersonFormProps) {
  const { ctx, person: p, errors, values } = props;
  const m = messages(ctx.locale);
  const title = p ? format(m.editPerson, { name: p.name }) : m.newPerson;
  const a = props.attributes;
  const rowCount = Math.max(props.links.length + SPARE_ROWS, countRows(values));
  const rows = Array.from({ length: rowCount }, (_, i) => i);
  const organisationOptions = [
    { value: '', label: m.noOrganisation },
    ...props.organisations.map((o) => ({
      value: String(o.id),
      label: `${o.name} (${kindLabel(o.kind, ctx.locale)}${o.number ? ` ${o.number}` : ''})`,
    })),
  ];
  const labels: Record<string, string> = {
    name: m.name,
    email: m.email,
    phone: m.phone,
    title: m.title,
    sector: m.sector,
    yearsLivedBand: m.yearsLived,
    ageBand: m.ageBand,
  };
  for (const i of rows) {
    labels[`organisationId_${i}`] = format(m.organisationRow, { n: i + 1 });
    labels[`role_${i}`] = `${format(m.organisationRow, { n: i + 1 })}: ${m.role}`;
  }
  const consentChecked = values ? values.consent !== undefined : !!a;
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <Form ctx={ctx} action={p ? `/people/${p.id}/edit` : '/people/new'} class="stack narrow">
        <Field
          ctx={ctx}
          name="name"
          label={m.name}
          required
          autocomplete="off"
          errors={errors}
          values={values}
          defaultValue={p?.name}
        />
        <Field
          ctx={ctx}
          name="email"
          type="email"
          label={m.email}
          autocomplete="off"
          errors={errors}
          values={values}
          defaultValue={p?.email}
        />
        <Field
          ctx={ctx}
          name="phone"
          type="tel"
          label={m.phone}
          autocomplete="off"
          errors={errors}
          values={values}
          defaultValue={p?.phone}
        />
        <Field
          ctx={ctx}
          name="title"
          label={m.title}
          errors={errors}
          values={values}
          defaultValue={p?.title}
        />
        {rows.map((i) => (
          <fieldset key={i} class="ds-fieldset stack">
            <legend class="ds-label">{format(m.organisationRow, { n: i + 1 })}</legend>
            <Field
              ctx={ctx}
              name={`organisationId_${i}`}
              label={m.organisation}
              options={organisationOptions}
              errors={errors}
              values={values}
              defaultValue={props.links[i]?.organisationId}
            />
            <Field
              ctx={ctx}
              name={`role_${i}`}
              label={m.role}
              errors={errors}
              values={values}
              defaultValue={props.links[i]?.role}
            />
          </fieldset>
        ))}
        <fieldset class="ds-fieldset stack" aria-describedby="consent-hint">
          <legend class="ds-label">{m.consentHeading}</legend>
          <p class="ds-paragraph field__hint" data-size="sm" id="consent-hint">
            {m.consentHint}
          </p>
          <div class="ds-field">
            <input
              class="ds-input"
              type="checkbox"
              id="f-consent"
              name="consent"
              value="on"
              checked={consentChecked}
            />
            <label class="ds-label" for="f-consent">
              {m.consent}
            </label>
          </div>
          <Field
            ctx={ctx}
            name="sector"
            label={m.sector}
            options={withNone(sectors, (v) => sectorLabel(v, ctx.locale), m.notGiven)}
            errors={errors}
            values={values}
            defaultValue={a?.sector}
          />
          <Field
            ctx={ctx}
            name="yearsLivedBand"
            label={m.yearsLived}
            options={withNone(yearsLivedBands, (v) => yearsLivedLabel(v, ctx.locale), m.notGiven)}
            errors={errors}
            values={values}
            defaultValue={a?.yearsLivedBand}
          />
          <Field
            ctx={ctx}
            name="ageBand"
            label={m.ageBand}
            options={withNone(ageBands, (v) => ageBandLabel(v, ctx.locale), m.notGiven)}
            errors={errors}
            values={values}
            defaultValue={a?.ageBand}
          />
        </fieldset>
        <div class="cluster">
          <SubmitButton>{p ? ctx.t.save : ctx.t.create}</SubmitButton>
          <a class="ds-link" href={p ? `/people/${p.id}` : '/people'}>
            {ctx.t.cancel}
          </a>
        </div>
      </Form>
    </Layout>
  );
}

/** After a failed post, as many rows as were sent. */
function countRows(values: FormValues | undefined) {
  if (!values) return 0;
  const indexes = Object.keys(values)
    .map((k) => /^organisationId_(\d+)$/.exec(k)?.[1])
    .filter((i) => i !== undefined)
    .map(Number);
  return indexes.length ? Math.max(...indexes) + 1 : 0;
}
