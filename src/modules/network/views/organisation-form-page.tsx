import type { FieldErrors } from '../../../platform/http/validation';
import { format } from '../../../platform/i18n/index';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { messages } from '../messages';
import type { KindLock } from '../form-service';
import type { CountyWithMunicipalities } from '../page-data';
import type { Organisation } from '../service';
import { countryOptions, kindOptions } from './labels';

export interface OrganisationFormProps {
  ctx: PageContext;
  /** Null on the "new" form. */
  organisation: Organisation | null;
  counties: Organisation[];
  municipalityGroups: CountyWithMunicipalities[];
  memberIds: number[];
  showMembers: boolean;
  errors?: FieldErrors;
  /** Why the kind may not change now; shown at the kind field. */
  kindLock?: KindLock;
  values?: FormValues;
}

/** A multi-select of municipalities grouped by county: usable by keyboard without any script. */
function MembersField(props: OrganisationFormProps) {
  const { ctx, errors } = props;
  const m = messages(ctx.locale);
  const error = errors?.memberIds;
  const selected = new Set(props.memberIds.map(String));
  return (
    <div class="ds-field field">
      <label class="ds-label" for="f-memberIds">
        {m.members}
        <span class="field__optional"> ({ctx.t.optional})</span>
      </label>
      <p class="ds-paragraph field__hint" data-size="sm" id="f-memberIds-hint">
        {m.membersHint}
      </p>
      <select
        class="ds-input"
        id="f-memberIds"
        name="memberIds"
        multiple
        size={12}
        aria-describedby={error ? 'f-memberIds-hint f-memberIds-error' : 'f-memberIds-hint'}
        aria-invalid={error ? 'true' : undefined}
      >
        {props.municipalityGroups.map((g) => (
          <optgroup
            key={g.county?.id ?? 0}
            label={g.county ? `${g.county.name} (${g.county.country})` : m.noParent}
          >
            {g.municipalities.map((mu) => (
              <option key={mu.id} value={String(mu.id)} selected={selected.has(String(mu.id))}>
                {mu.number ? `${mu.name} (${mu.number})` : mu.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {error ? (
        <p class="ds-validation-message" data-color="danger" id="f-memberIds-error">
          {ctx.t[`error.${error}`]}
        </p>
      ) : null}
    </div>
  );
}

/** Create or edit an organisation; for a city region also its member municipalities. */
export function OrganisationFormPage(props: OrganisationFormProps) {
  const { ctx, organisation: o, errors, values } = props;
  const m = messages(ctx.locale);
  const title = o ? format(m.editOrganisation, { name: o.name }) : m.newOrganisation;
  const action = o ? `/organisations/${o.id}/edit` : '/organisations/new';
  const labels = {
    name: m.name,
    kind: m.kind,
    country: m.country,
    number: m.number,
    parentId: m.parent,
    website: m.website,
    memberIds: m.members,
  };
  const parentOptions = [
    { value: '', label: m.noParent },
    ...props.counties.map((c) => ({ value: String(c.id), label: `${c.name} (${c.country})` })),
  ];
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <Form ctx={ctx} action={action} class="stack narrow">
        <Field
          ctx={ctx}
          name="name"
          label={m.name}
          required
          errors={errors}
          values={values}
          defaultValue={o?.name}
        />
        <Field
          ctx={ctx}
          name="kind"
          label={m.kind}
          hint={
            props.kindLock
              ? format(m[`kindLock.${props.kindLock.reason}`], { count: props.kindLock.count }, ctx.locale)
              : undefined
          }
          required
          options={kindOptions(ctx.locale)}
          errors={errors}
          values={values}
          defaultValue={o?.kind}
        />
        <Field
          ctx={ctx}
          name="country"
          label={m.country}
          required
          options={countryOptions(ctx.locale)}
          errors={errors}
          values={values}
          defaultValue={o?.country}
        />
        <Field
          ctx={ctx}
          name="number"
          label={m.number}
          hint={m.numberHint}
          errors={errors}
          values={values}
          defaultValue={o?.number}
        />
        <Field
          ctx={ctx}
          name="parentId"
          label={m.parent}
          options={parentOptions}
          errors={errors}
          values={values}
          defaultValue={o?.parentId}
        />
        <Field
          ctx={ctx}
          name="website"
          type="url"
          label={m.website}
          errors={errors}
          values={values}
          defaultValue={o?.website}
        />
        {props.showMembers ? <MembersField {...props} /> : null}
        <div class="cluster">
          <SubmitButton>{o ? ctx.t.save : ctx.t.create}</SubmitButton>
          <a class="ds-link" href={o ? `/organisations/${o.id}` : '/organisations'}>
            {ctx.t.cancel}
          </a>
        </div>
      </Form>
    </Layout>
  );
}
