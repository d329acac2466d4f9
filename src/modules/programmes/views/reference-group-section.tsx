import { format, formatDate } from '../../../platform/i18n/index';
import { ErrorSummary, Field, Form, SubmitButton } from '../../../platform/views/form';
import type { PageContext } from '../../../platform/views/page-context';
import type { ProgrammeMessages } from '../messages';
import type { Person } from '../../network/index';
import type { Nomination, Participant } from '../model';
import type { FormState } from './form-state';
import { Problem } from './parts';

/** The reference group, the nominations waiting for a decision, and the nomination form. */
export function ReferenceGroupSection(props: {
  ctx: PageContext;
  m: ProgrammeMessages;
  slug: string;
  members: Nomination[];
  nominations: Nomination[];
  /** For operators: the registry person an unlinked nomination will be linked to on accepting. */
  nomineeMatches: Map<number, Person>;
  participants: Participant[];
  /** The participants this person may nominate on behalf of; operators may also nominate for none. */
  nominatingFor: Participant[];
  canNominate: boolean;
  canDecide: boolean;
  state?: FormState;
}) {
  const { ctx, m, slug } = props;
  const state = props.state?.form === 'nomination' ? props.state : undefined;
  const decisionState = props.state?.form === 'decision' ? props.state : undefined;
  const byName = (id: number | null) => props.participants.find((p) => p.id === id)?.organisation?.name ?? '';
  return (
    <section aria-labelledby="reference-group" class="stack">
      <h2 class="ds-heading" data-size="md" id="reference-group">
        {m.referenceGroup}
      </h2>
      {props.members.length === 0 ? (
        <p class="ds-paragraph">{m.noReferenceGroup}</p>
      ) : (
        <ul class="ds-list">
          {props.members.map((n) => (
            <li key={n.id}>
              {n.name}
              {n.title ? `, ${n.title}` : ''}
            </li>
          ))}
        </ul>
      )}
      {props.canNominate || props.nominations.length > 0 ? (
        <>
          <h3 class="ds-heading" data-size="xs">
            {m.nominations}
          </h3>
          <Problem message={decisionState?.problem} />
          {props.nominations.length === 0 ? (
            <p class="ds-paragraph">{m.noNominations}</p>
          ) : (
            <ul class="ds-list">
              {props.nominations.map((n) => (
                <li key={n.id} id={`nomination-${n.id}`} class="stack">
                  <p class="ds-paragraph">
                    <strong>{n.name}</strong>
                    {n.title ? `, ${n.title}` : ''}
                    {n.nominee?.organisation ? `, ${n.nominee.organisation}` : ''} –{' '}
                    <span
                      class="ds-tag"
                      data-size="sm"
                      data-color={n.status === 'declined' ? 'neutral' : 'warning'}
                    >
                      {m[`status.${n.status}`]}
                    </span>
                  </p>
                  <p class="ds-paragraph" data-size="sm">
                    {n.nominatedByParticipantId != null
                      ? `${m.nominatedBy}: ${byName(n.nominatedByParticipantId)}. `
                      : ''}
                    {formatDate(n.createdAt, ctx.locale)}
                  </p>
                  {n.motivation ? <p class="ds-paragraph">{n.motivation}</p> : null}
                  {props.canDecide && n.status === 'nominated' && !n.person ? (
                    <AcceptNote m={m} nomination={n} match={props.nomineeMatches.get(n.id)} />
                  ) : null}
                  {props.canDecide && n.status === 'nominated' ? (
                    <Form
                      ctx={ctx}
                      action={`/programmes/${slug}/nominations/${n.id}/decision`}
                      class="cluster"
                    >
                      <button
                        type="submit"
                        class="ds-button"
                        data-variant="secondary"
                        data-size="sm"
                        name="decision"
                        value="accepted"
                        aria-label={format(m.acceptNamed, { name: n.name })}
                      >
                        {m.accept}
                      </button>
                      <button
                        type="submit"
                        class="ds-button"
                        data-variant="tertiary"
                        data-size="sm"
                        name="decision"
                        value="declined"
                        aria-label={format(m.declineNamed, { name: n.name })}
                      >
                        {m.decline}
                      </button>
                    </Form>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      {props.canNominate ? (
        <details class="ds-details" open={!!state}>
          <summary>{m.nominate}</summary>
          <div id="nominate" class="stack">
            <p class="ds-paragraph">{m.nominateIntro}</p>
            <ErrorSummary
              ctx={ctx}
              errors={state?.errors}
              labels={{
                nomination_participant_id: m.participant,
                nominee_name: m.personName,
                nominee_email: m.personEmail,
                nominee_title: m.personTitle,
                nominee_organisation: m.nomineeOrganisation,
                motivation: m.motivation,
              }}
            />
            <Problem message={state?.problem} />
            <Form ctx={ctx} action={`/programmes/${slug}/nominations`} class="stack form-wide">
              {props.nominatingFor.length === 1 && !props.canDecide ? (
                <input
                  type="hidden"
                  name="nomination_participant_id"
                  value={String(props.nominatingFor[0]!.id)}
                />
              ) : (
                <Field
                  ctx={ctx}
                  name="nomination_participant_id"
                  label={m.participant}
                  required={!props.canDecide}
                  errors={state?.errors}
                  values={state?.values}
                  options={[
                    ...(props.canDecide ? [{ value: '', label: ctx.t.none }] : []),
                    ...props.nominatingFor.map((p) => ({
                      value: String(p.id),
                      label: p.organisation?.name ?? '',
                    })),
                  ]}
                />
              )}
              <Field
                ctx={ctx}
                name="nominee_name"
                label={m.personName}
                required
                autocomplete="off"
                errors={state?.errors}
                values={state?.values}
              />
              <Field
                ctx={ctx}
                name="nominee_email"
                type="email"
                label={m.personEmail}
                hint={props.canDecide ? m.personHint : m.nomineeHint}
                autocomplete="off"
                errors={state?.errors}
                values={state?.values}
              />
              <Field
                ctx={ctx}
                name="nominee_title"
                label={m.personTitle}
                errors={state?.errors}
                values={state?.values}
              />
              <Field
                ctx={ctx}
                name="nominee_organisation"
                label={m.nomineeOrganisation}
                errors={state?.errors}
                values={state?.values}
              />
              <Field
                ctx={ctx}
                name="motivation"
                label={m.motivation}
                multiline
                rows={3}
                errors={state?.errors}
                values={state?.values}
              />
              <SubmitButton>{m.sendNomination}</SubmitButton>
            </Form>
          </div>
        </details>
      ) : null}
    </section>
  );
}

/** Tells the operator, before they accept, whom a participant's typed nominee becomes in the register. */
function AcceptNote(props: { m: ProgrammeMessages; nomination: Nomination; match: Person | undefined }) {
  const { m, match } = props;
  const nominee = props.nomination.nominee;
  const text = match
    ? format(m.acceptLinks, { name: match.name, email: match.email ?? '' })
    : format(m.acceptCreates, { name: props.nomination.name });
  return (
    <p class="ds-paragraph" data-size="sm">
      {nominee?.email ? `${nominee.email}. ` : ''}
      {text}
    </p>
  );
}
