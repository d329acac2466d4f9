import type { FieldErrors } from '../../../platform/http/validation';
import { format, formatDate, pickText } from '../../../platform/i18n/index';
import { ErrorSummary, Field, Form, SubmitButton, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { followUpMessages } from '../follow-up-messages';
import type { ParticipantFollowUp, StepFollowUp } from '../follow-up-read';
import { stepStatuses } from '../tables';
import { NoteList, participantPath, SavedNotice, StatusTag, Thread, type Viewer } from './follow-up-parts';

export interface StepPageProps {
  ctx: PageContext;
  data: ParticipantFollowUp;
  step: StepFollowUp;
  viewer: Viewer;
  saved?: boolean;
  /** The feedback an answer goes to, from "Answer" links. */
  replyTo?: number | null;
  errors?: FieldErrors;
  values?: FormValues;
}

/**
 * One step of one participant: its history, and the forms the viewer may use. Staff change the
 * status with a note and give feedback; the participant keeps notes and answers feedback. Each
 * form has its own field names, so ids stay unique on the page.
 */
export function FollowUpStepPage(props: StepPageProps) {
  const { ctx, data, step: s, viewer } = props;
  const m = followUpMessages(ctx.locale);
  const name = data.participant.organisation?.name ?? '';
  const title = pickText(s.step.title, ctx.locale);
  const description = pickText(s.step.description, ctx.locale);
  const action = `${participantPath(data.programme, data.participant.id)}/steps/${s.step.id}`;
  const labels = {
    status: m.status,
    note: m.note,
    noteDate: m.noteDate,
    body: viewer === 'staff' ? m.feedbackBody : m.yourAnswer,
    replyToId: m.answerTo,
  };
  const common = { ctx, errors: props.errors, values: props.values };
  return (
    <Layout ctx={ctx} title={`${title} – ${name}`}>
      <nav class="follow-up-back">
        <a class="ds-link" href={`${participantPath(data.programme, data.participant.id)}#step-${s.step.id}`}>
          {format(m.backTo, { name })}
        </a>
      </nav>
      <h1 class="ds-heading follow-up-title" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">
        {name} · {pickText(s.phaseTitle, ctx.locale)} · <StatusTag ctx={ctx} status={s.status} />
      </p>
      {description ? <p class="ds-paragraph pre-line">{description}</p> : null}
      <SavedNotice ctx={ctx} show={!!props.saved} />
      <ErrorSummary ctx={ctx} errors={props.errors} labels={labels} />

      <section aria-labelledby="feedback" class="stack follow-up-section">
        <h2 class="ds-heading" data-size="sm" id="feedback">
          {m.feedback}
        </h2>
        {s.threads.length === 0 ? <p class="ds-paragraph muted">{m.noFeedback}</p> : null}
        {s.threads.map((thread) => (
          <Thread key={thread.root.id} ctx={ctx} thread={thread} organisationName={name} />
        ))}
      </section>

      {viewer === 'staff' ? (
        <>
          <section aria-labelledby="give-feedback" class="ds-card stack follow-up-section">
            <h2 class="ds-heading" data-size="sm" id="give-feedback">
              {m.giveFeedback}
            </h2>
            <Form ctx={ctx} action={`${action}/feedback`} class="stack">
              <Field
                {...common}
                name="body"
                label={m.feedbackBody}
                hint={m.feedbackHint}
                multiline
                required
              />
              <SubmitButton>{m.sendFeedback}</SubmitButton>
            </Form>
          </section>
          <section aria-labelledby="change-status" class="ds-card stack follow-up-section">
            <h2 class="ds-heading" data-size="sm" id="change-status">
              {m.changeStatus}
            </h2>
            <Form ctx={ctx} action={`${action}/status`} class="stack">
              <Field
                {...common}
                name="status"
                label={m.status}
                required
                defaultValue={s.status}
                options={stepStatuses.map((v) => ({ value: v, label: m[`status.${v}`] }))}
              />
              <Field {...common} name="note" label={m.note} hint={m.noteHint} multiline rows={3} />
              <Field {...common} name="noteDate" type="date" label={m.noteDate} hint={m.noteDateHint} />
              <SubmitButton>{m.saveStatus}</SubmitButton>
            </Form>
          </section>
        </>
      ) : (
        <MemberForms {...props} action={action} />
      )}

      <section aria-labelledby="notes" class="stack follow-up-section">
        <h2 class="ds-heading" data-size="sm" id="notes">
          {m.notes}
        </h2>
        <NoteList ctx={ctx} notes={s.notes} />
      </section>
    </Layout>
  );
}

function MemberForms(props: StepPageProps & { action: string }) {
  const { ctx, step: s, action } = props;
  const m = followUpMessages(ctx.locale);
  const common = { ctx, errors: props.errors, values: props.values };
  const centre = s.threads.filter((t) => t.root.fromCentre);
  const chosen =
    centre.find((t) => t.root.id === props.replyTo) ??
    centre.find((t) => t.unanswered) ??
    centre.at(-1) ??
    null;
  const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
  return (
    <>
      {chosen ? (
        <section aria-labelledby="answer" class="ds-card stack follow-up-section">
          <h2 class="ds-heading" data-size="sm" id="answer">
            {m.answerFeedback}
          </h2>
          <Form ctx={ctx} action={`${action}/feedback`} class="stack">
            {centre.length > 1 ? (
              <Field
                {...common}
                name="replyToId"
                label={m.answerTo}
                required
                defaultValue={chosen.root.id}
                options={centre.map((t) => ({
                  value: String(t.root.id),
                  label: `${formatDate(t.root.createdAt, ctx.locale, 'short')}: ${excerpt(t.root.body)}`,
                }))}
              />
            ) : (
              <input type="hidden" name="replyToId" value={String(chosen.root.id)} />
            )}
            <Field {...common} name="body" label={m.yourAnswer} multiline required />
            <SubmitButton>{m.sendAnswer}</SubmitButton>
          </Form>
        </section>
      ) : null}
      <section aria-labelledby="add-note" class="ds-card stack follow-up-section">
        <h2 class="ds-heading" data-size="sm" id="add-note">
          {m.addNote}
        </h2>
        <Form ctx={ctx} action={`${action}/notes`} class="stack">
          <Field {...common} name="note" label={m.note} multiline rows={3} required />
          <Field {...common} name="noteDate" type="date" label={m.noteDate} hint={m.noteDateHint} />
          <SubmitButton>{m.saveNote}</SubmitButton>
        </Form>
      </section>
    </>
  );
}
