import { localeNames, locales } from '../../../platform/i18n/index';
import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import type { Organisation } from '../../network/index';
import { messages } from '../messages';
import type { Programme } from '../model';
import { kindLabel, LocalizedFields, Problem } from './parts';

/** Creates a programme (no `programme`) or edits one: texts in nb, sv and en, owner, period, visibility. */
export function ProgrammeFormPage(props: {
  ctx: PageContext;
  programme?: Programme;
  owners: Organisation[];
  errors?: FieldErrors;
  values?: FormValues;
  problem?: string;
}) {
  const { ctx, programme } = props;
  const m = messages(ctx.locale);
  const heading = programme ? m.editProgramme : m.newProgramme;
  const labels: Record<string, string> = {
    slug: m.slug,
    owner_organisation_id: m.ownerOrganisation,
    starts_on: m.startsOn,
    ends_on: m.endsOn,
    visibility: m.visibility,
  };
  for (const l of locales) {
    labels[`title_${l}`] = `${m.title} (${localeNames[l]})`;
    labels[`description_${l}`] = `${m.description} (${localeNames[l]})`;
  }
  const action = programme ? `/programmes/${programme.slug}/edit` : '/programmes/new';
  return (
    <Layout ctx={ctx} title={heading}>
      <h1 class="ds-heading" data-size="lg">
        {heading}
      </h1>
      <ErrorSummary ctx={ctx} errors={props.errors} labels={labels} />
      <Problem message={props.problem} />
      <Form ctx={ctx} action={action} class="stack narrow-wide">
        <LocalizedFields
          ctx={ctx}
          m={m}
          prefix=""
          errors={props.errors}
          values={props.values}
          defaults={programme ? { title: programme.title, description: programme.description } : undefined}
          rows={6}
        />
        {programme ? null : (
          <Field
            ctx={ctx}
            name="slug"
            label={m.slug}
            hint={m.slugHint}
            errors={props.errors}
            values={props.values}
          />
        )}
        <Field
          ctx={ctx}
          name="owner_organisation_id"
          label={m.ownerOrganisation}
          errors={props.errors}
          values={props.values}
          defaultValue={programme?.ownerOrganisationId}
          options={[
            { value: '', label: m.noOwner },
            ...props.owners.map((o) => ({
              value: String(o.id),
              label: `${o.name} (${kindLabel(o.kind, m)})`,
            })),
          ]}
        />
        <fieldset class="ds-fieldset">
          <legend class="ds-label">{m.period}</legend>
          <div class="cluster">
            <Field
              ctx={ctx}
              name="starts_on"
              type="date"
              label={m.startsOn}
              hint={m.dateHint}
              errors={props.errors}
              values={props.values}
              defaultValue={programme?.startsOn}
            />
            <Field
              ctx={ctx}
              name="ends_on"
              type="date"
              label={m.endsOn}
              hint={m.dateHint}
              errors={props.errors}
              values={props.values}
              defaultValue={programme?.endsOn}
            />
          </div>
        </fieldset>
        <Field
          ctx={ctx}
          name="visibility"
          label={m.visibility}
          hint={m.visibilityHint}
          required
          errors={props.errors}
          values={props.values}
          defaultValue={programme?.visibility ?? 'public'}
          options={[
            { value: 'public', label: m['visibility.public'] },
            { value: 'members', label: m['visibility.members'] },
          ]}
        />
        <div class="cluster">
          <SubmitButton>{programme ? m.saveProgramme : m.createProgramme}</SubmitButton>
          <a class="ds-link" href={programme ? `/programmes/${programme.slug}` : '/programmes'}>
            {ctx.t.cancel}
          </a>
        </div>
      </Form>
    </Layout>
  );
}
