import { format } from '../../../platform/i18n/index';
import { ErrorSummary, Field, Form, SubmitButton } from '../../../platform/views/form';
import type { PageContext } from '../../../platform/views/page-context';
import type { Organisation } from '../../network/index';
import type { ProgrammeMessages } from '../messages';
import type { Participant } from '../model';
import { contactRoles } from '../tables';
import { ContactList } from './contact-list';
import type { FormState } from './form-state';
import { kindLabel, Problem } from './parts';

export function organisationLabel(o: Organisation, m: ProgrammeMessages) {
  return `${o.name} (${kindLabel(o.kind, m)}${o.number ? `, ${o.number}` : ''})`;
}

/** Participants with organisation, kind, number and contact people; operators add participants and contacts. */
export function ParticipantsSection(props: {
  ctx: PageContext;
  m: ProgrammeMessages;
  slug: string;
  participants: Participant[];
  canManage: boolean;
  /** Participants whose follow-up page this person may open: all, or those they follow up or belong to. */
  followUpIds: number[] | 'all';
  showContactDetails: boolean;
  organisationOptions: Organisation[];
  organisationQuery: string;
  state?: FormState;
}) {
  const { ctx, m, slug, participants } = props;
  const participantState = props.state?.form === 'participant' ? props.state : undefined;
  const contactState = props.state?.form === 'contact' ? props.state : undefined;
  return (
    <section aria-labelledby="participants" class="stack">
      <h2 class="ds-heading" data-size="md" id="participants">
        {m.participants}
      </h2>
      {participants.length === 0 ? (
        <p class="ds-paragraph">{m.noParticipants}</p>
      ) : (
        <div class="table-scroll" role="region" aria-labelledby="participants" tabIndex={0}>
          <table class="ds-table" data-size="sm">
            <thead>
              <tr>
                <th scope="col">{m.organisation}</th>
                <th scope="col">{m.kind}</th>
                <th scope="col">{m.number}</th>
                <th scope="col">{m.contacts}</th>
                {props.canManage ? <th scope="col">{m.remove}</th> : null}
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <tr key={p.id} id={`participant-${p.id}`}>
                  <th scope="row">
                    {props.followUpIds === 'all' || props.followUpIds.includes(p.id) ? (
                      <a class="ds-link" href={`/programmes/${slug}/participants/${p.id}`}>
                        {p.organisation?.name ?? ''}
                      </a>
                    ) : (
                      (p.organisation?.name ?? '')
                    )}
                  </th>
                  <td>{p.organisation ? kindLabel(p.organisation.kind, m) : ''}</td>
                  <td>{p.organisation?.number ?? ''}</td>
                  <td>
                    <ContactList
                      ctx={ctx}
                      participant={p}
                      m={m}
                      showDetails={props.showContactDetails}
                      removeAction={
                        props.canManage
                          ? `/programmes/${slug}/participants/${p.id}/contacts/remove`
                          : undefined
                      }
                    />
                  </td>
                  {props.canManage ? (
                    <td>
                      <a
                        class="ds-link"
                        href={`/programmes/${slug}/participants/${p.id}/remove`}
                        aria-label={format(m.removeNamed, { name: p.organisation?.name ?? '' })}
                      >
                        {m.remove}
                      </a>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.canManage ? (
        <div class="operator-forms">
          <details class="ds-details" open={!!participantState || !!props.organisationQuery}>
            <summary>{m.addParticipant}</summary>
            <div id="add-participant" class="stack">
              <form
                method="get"
                action={`/programmes/${slug}#add-participant`}
                class="stack form-wide"
                role="search"
              >
                <Field
                  ctx={ctx}
                  name="org_q"
                  type="search"
                  label={m.findOrganisation}
                  hint={m.findOrganisationHint}
                  defaultValue={props.organisationQuery}
                />
                <SubmitButton variant="secondary">{ctx.t.search}</SubmitButton>
              </form>
              <ErrorSummary
                ctx={ctx}
                errors={participantState?.errors}
                labels={{ organisation_id: m.participantOrganisation }}
              />
              <Problem message={participantState?.problem} />
              {props.organisationOptions.length === 0 ? (
                <p class="ds-paragraph">{m.noOrganisationsFound}</p>
              ) : (
                <Form ctx={ctx} action={`/programmes/${slug}/participants`} class="stack form-wide">
                  <Field
                    ctx={ctx}
                    name="organisation_id"
                    label={m.participantOrganisation}
                    required
                    errors={participantState?.errors}
                    values={participantState?.values}
                    options={[
                      { value: '', label: m.chooseOne },
                      ...props.organisationOptions.map((o) => ({
                        value: String(o.id),
                        label: organisationLabel(o, m),
                      })),
                    ]}
                  />
                  <SubmitButton>{m.addParticipant}</SubmitButton>
                </Form>
              )}
            </div>
          </details>
          {participants.length > 0 ? (
            <details class="ds-details" open={!!contactState}>
              <summary>{m.addContact}</summary>
              <div id="add-contact" class="stack">
                <ErrorSummary
                  ctx={ctx}
                  errors={contactState?.errors}
                  labels={{
                    contact_participant_id: m.participant,
                    contact_name: m.personName,
                    contact_email: m.personEmail,
                    contact_title: m.personTitle,
                    contact_role: m.role,
                  }}
                />
                <Problem message={contactState?.problem} />
                <Form ctx={ctx} action={`/programmes/${slug}/contacts`} class="stack form-wide">
                  <Field
                    ctx={ctx}
                    name="contact_participant_id"
                    label={m.participant}
                    required
                    errors={contactState?.errors}
                    values={contactState?.values}
                    options={[
                      { value: '', label: m.chooseOne },
                      ...participants.map((p) => ({
                        value: String(p.id),
                        label: p.organisation?.name ?? String(p.id),
                      })),
                    ]}
                  />
                  <Field
                    ctx={ctx}
                    name="contact_name"
                    label={m.personName}
                    required
                    autocomplete="off"
                    errors={contactState?.errors}
                    values={contactState?.values}
                  />
                  <Field
                    ctx={ctx}
                    name="contact_email"
                    type="email"
                    label={m.personEmail}
                    hint={m.personHint}
                    autocomplete="off"
                    errors={contactState?.errors}
                    values={contactState?.values}
                  />
                  <Field
                    ctx={ctx}
                    name="contact_title"
                    label={m.personTitle}
                    errors={contactState?.errors}
                    values={contactState?.values}
                  />
                  <Field
                    ctx={ctx}
                    name="contact_role"
                    label={m.role}
                    required
                    errors={contactState?.errors}
                    values={contactState?.values}
                    options={contactRoles.map((r) => ({ value: r, label: m[`role.${r}`] }))}
                  />
                  <SubmitButton>{m.addContact}</SubmitButton>
                </Form>
              </div>
            </details>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
