import { format } from '../../../platform/i18n/index';
import { ErrorSummary, Field, Form, SubmitButton } from '../../../platform/views/form';
import type { PageContext } from '../../../platform/views/page-context';
import type { Organisation } from '../../network/index';
import type { ProgrammeMessages } from '../messages';
import type { Advisor, Participant } from '../model';
import type { FormState } from './form-state';
import { kindLabel, Problem } from './parts';

/** The advisor team: who guides, for which organisation, and whom; operators add advisors. */
export function AdvisorSection(props: {
  ctx: PageContext;
  m: ProgrammeMessages;
  slug: string;
  advisors: Advisor[];
  participants: Participant[];
  canManage: boolean;
  organisationOptions: Organisation[];
  state?: FormState;
}) {
  const { ctx, m, slug } = props;
  const state = props.state?.form === 'advisor' ? props.state : undefined;
  const participantName = (id: number | null) =>
    id == null ? m.wholeProgramme : (props.participants.find((p) => p.id === id)?.organisation?.name ?? '');
  return (
    <section aria-labelledby="advisors" class="stack">
      <h2 class="ds-heading" data-size="md" id="advisors">
        {m.advisorTeam}
      </h2>
      {props.advisors.length === 0 ? (
        <p class="ds-paragraph">{m.noAdvisors}</p>
      ) : (
        <ul class="ds-list">
          {props.advisors.map((a) => (
            <li key={a.id} id={`advisor-${a.id}`}>
              <strong>{a.person?.name ?? ''}</strong>
              {a.organisation ? `, ${a.organisation.name}` : ''} – {m.advisorFor}:{' '}
              {participantName(a.participantId)}
              {props.canManage ? (
                <>
                  {' '}
                  <Form ctx={ctx} action={`/programmes/${slug}/advisors/remove`} class="inline-form">
                    <input type="hidden" name="advisor_id" value={String(a.id)} />
                    <button
                      type="submit"
                      class="ds-button"
                      data-variant="tertiary"
                      data-size="sm"
                      aria-label={format(m.removeAdvisorNamed, { name: a.person?.name ?? '' })}
                    >
                      {m.remove}
                    </button>
                  </Form>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {props.canManage ? (
        <details class="ds-details" open={!!state}>
          <summary>{m.addAdvisor}</summary>
          <div id="add-advisor" class="stack">
            <ErrorSummary
              ctx={ctx}
              errors={state?.errors}
              labels={{
                advisor_name: m.personName,
                advisor_email: m.personEmail,
                advisor_title: m.personTitle,
                advisor_organisation_id: m.advisorOrganisation,
                advisor_participant_id: m.advisorFor,
              }}
            />
            <Problem message={state?.problem} />
            <Form ctx={ctx} action={`/programmes/${slug}/advisors`} class="stack form-wide">
              <Field
                ctx={ctx}
                name="advisor_name"
                label={m.personName}
                required
                autocomplete="off"
                errors={state?.errors}
                values={state?.values}
              />
              <Field
                ctx={ctx}
                name="advisor_email"
                type="email"
                label={m.personEmail}
                hint={m.personHint}
                autocomplete="off"
                errors={state?.errors}
                values={state?.values}
              />
              <Field
                ctx={ctx}
                name="advisor_title"
                label={m.personTitle}
                errors={state?.errors}
                values={state?.values}
              />
              <Field
                ctx={ctx}
                name="advisor_organisation_id"
                label={m.advisorOrganisation}
                errors={state?.errors}
                values={state?.values}
                options={[
                  { value: '', label: ctx.t.none },
                  ...props.organisationOptions.map((o) => ({
                    value: String(o.id),
                    label: `${o.name} (${kindLabel(o.kind, m)})`,
                  })),
                ]}
              />
              <Field
                ctx={ctx}
                name="advisor_participant_id"
                label={m.advisorFor}
                errors={state?.errors}
                values={state?.values}
                options={[
                  { value: '', label: m.wholeProgramme },
                  ...props.participants.map((p) => ({
                    value: String(p.id),
                    label: p.organisation?.name ?? '',
                  })),
                ]}
              />
              <SubmitButton>{m.addAdvisor}</SubmitButton>
            </Form>
          </div>
        </details>
      ) : null}
    </section>
  );
}
