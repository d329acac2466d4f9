import { format, formatDate, pickText } from '../../../platform/i18n/index';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { followUpMessages } from '../follow-up-messages';
import { messages } from '../messages';
import type { NextSteps, ParticipantFollowUp, StepFollowUp } from '../follow-up-read';
import {
  ActivityTable,
  NoteList,
  OutcomeBlock,
  participantPath,
  SavedNotice,
  StatusTag,
  Thread,
  Trail,
  type Viewer,
} from './follow-up-parts';
import { ContactList } from './contact-list';

/** A participant's follow-up: steps with status, notes and feedback; the process plan; the outcome. */
export function FollowUpPage(props: {
  ctx: PageContext;
  data: ParticipantFollowUp;
  viewer: Viewer;
  saved: boolean;
}) {
  const { ctx, data, viewer } = props;
  const m = followUpMessages(ctx.locale);
  const team = messages(ctx.locale);
  const name = data.participant.organisation?.name ?? '';
  const base = participantPath(data.programme, data.participant.id);
  const programmeTitle = pickText(data.programme.title, ctx.locale);
  return (
    <Layout ctx={ctx} title={`${name} – ${m.followUp}`}>
      <Trail ctx={ctx} programme={data.programme} />
      <h1 class="ds-heading follow-up-title" data-size="lg">
        {name}
      </h1>
      <p class="ds-paragraph">{format(m.inProgramme, { programme: programmeTitle })}</p>
      <SavedNotice ctx={ctx} show={props.saved} />
      <section aria-labelledby="contacts" class="stack follow-up-contacts">
        <h2 class="ds-heading" data-size="sm" id="contacts">
          {team.contacts}
        </h2>
        {data.participant.contacts.length === 0 ? (
          <p class="ds-paragraph muted">{team.noContacts}</p>
        ) : (
          <ContactList ctx={ctx} participant={data.participant} m={team} showDetails />
        )}
      </section>
      {viewer === 'staff' ? (
        <p class="ds-paragraph">
          <a class="ds-link" href={`/programmes/${encodeURIComponent(data.programme.slug)}/overview`}>
            {m.toOverview}
          </a>
        </p>
      ) : (
        <NextBox ctx={ctx} next={data.next} base={base} />
      )}

      {data.phases.map((phase) => (
        <section key={phase.id} class="follow-up-phase" aria-labelledby={`phase-${phase.id}`}>
          <h2 class="ds-heading" data-size="md" id={`phase-${phase.id}`}>
            {pickText(phase.title, ctx.locale)}
          </h2>
          <ol class="follow-up-steps">
            {phase.steps.map((s) => (
              <StepCard
                key={s.step.id}
                ctx={ctx}
                step={s}
                base={base}
                viewer={viewer}
                organisationName={name}
              />
            ))}
          </ol>
        </section>
      ))}

      <section aria-labelledby="plan" class="stack follow-up-section">
        <h2 class="ds-heading" data-size="md" id="plan">
          {m.processPlan}
        </h2>
        <p class="ds-paragraph">{m.processPlanIntro}</p>
        <ActivityTable ctx={ctx} activities={data.activities} editHref={(id) => `${base}/plan/${id}`} />
        <p class="ds-paragraph">
          <a class="ds-button" data-variant="secondary" href={`${base}/plan/new`}>
            {m.addActivity}
          </a>
        </p>
      </section>

      <section aria-labelledby="outcome" class="stack follow-up-section">
        <h2 class="ds-heading" data-size="md" id="outcome">
          {m.outcome}
        </h2>
        <OutcomeBlock ctx={ctx} outcome={data.outcome} />
        {viewer === 'staff' ? (
          <p class="ds-paragraph">
            <a class="ds-button" data-variant="secondary" href={`${base}/outcome`}>
              {m.recordOutcome}
            </a>
          </p>
        ) : null}
      </section>
    </Layout>
  );
}

/** The participant's "what to do next": the first step not done, and feedback waiting for an answer. */
function NextBox(props: { ctx: PageContext; next: NextSteps; base: string }) {
  const { ctx, next, base } = props;
  const m = followUpMessages(ctx.locale);
  return (
    <section class="ds-card follow-up-next" aria-labelledby="next">
      <h2 class="ds-heading" data-size="sm" id="next">
        {m.whatNext}
      </h2>
      <ul class="ds-list">
        <li>
          {next.step ? (
            <a class="ds-link" href={`${base}/steps/${next.step.step.id}`}>
              {format(m.nextStep, {
                step: pickText(next.step.step.title, ctx.locale),
                phase: pickText(next.step.phaseTitle, ctx.locale),
              })}
            </a>
          ) : (
            m.allDone
          )}
        </li>
        {next.unanswered.length === 0 ? <li>{m.nothingWaiting}</li> : null}
        {next.unanswered.map(({ step, thread }) => (
          <li key={thread.root.id}>
            <a class="ds-link" href={`${base}/steps/${step.step.id}?reply=${thread.root.id}#answer`}>
              {format(m.answerWaiting, { step: pickText(step.step.title, ctx.locale) })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function StepCard(props: {
  ctx: PageContext;
  step: StepFollowUp;
  base: string;
  viewer: Viewer;
  organisationName: string;
}) {
  const { ctx, step: s, base } = props;
  const m = followUpMessages(ctx.locale);
  const stepPath = `${base}/steps/${s.step.id}`;
  const title = pickText(s.step.title, ctx.locale);
  return (
    <li class="ds-card follow-up-step" id={`step-${s.step.id}`}>
      <h3 class="ds-heading" data-size="xs">
        {title}
      </h3>
      <p class="ds-paragraph">
        <span class="muted">{m.status}:</span> <StatusTag ctx={ctx} status={s.status} />{' '}
        {s.statusUpdatedAt ? (
          <span class="muted" data-size="sm">
            {format(m.statusSince, { date: formatDate(s.statusUpdatedAt, ctx.locale) })}
          </span>
        ) : null}
      </p>
      <h4 class="ds-heading" data-size="2xs">
        {m.notes}
      </h4>
      <NoteList ctx={ctx} notes={s.notes} />
      <h4 class="ds-heading" data-size="2xs">
        {m.feedback}
      </h4>
      {s.threads.length === 0 ? <p class="ds-paragraph muted">{m.noFeedback}</p> : null}
      {s.threads.map((thread) => (
        <Thread
          key={thread.root.id}
          ctx={ctx}
          thread={thread}
          organisationName={props.organisationName}
          answerHref={props.viewer === 'member' ? `${stepPath}?reply=${thread.root.id}#answer` : undefined}
        />
      ))}
      <p class="ds-paragraph">
        <a class="ds-link" href={stepPath}>
          {props.viewer === 'staff' ? m.openStep : m.openStepMember}
          <span class="ds-sr-only">: {title}</span>
        </a>
      </p>
    </li>
  );
}
