import { format, formatDate, formatDateTime, pickText } from '../../../platform/i18n/index';
import type { PageContext } from '../../../platform/views/page-context';
import { followUpMessages } from '../follow-up-messages';
import type { ActivityView, FeedbackThread, NoteView, OutcomeView } from '../follow-up-read';
import type { Programme } from '../model';
import type { StepStatus } from '../tables';

// Pieces shared by the participant page, the step page and the overview.

/** Who is looking: staff follow up (status, feedback, outcome); members answer and keep notes and plan. */
export type Viewer = 'staff' | 'member';

const statusColor: Record<StepStatus, string> = {
  done: 'success',
  in_progress: 'warning',
  not_started: 'neutral',
};

/** A step's status as a tag: always the word, the colour only repeats it. */
export function StatusTag(props: { ctx: PageContext; status: StepStatus }) {
  const m = followUpMessages(props.ctx.locale);
  return (
    <span class="ds-tag" data-color={statusColor[props.status]} data-size="sm">
      {m[`status.${props.status}`]}
    </span>
  );
}

export const participantPath = (programme: Programme, participantId: number) =>
  `/programmes/${encodeURIComponent(programme.slug)}/participants/${participantId}`;

/** The trail above each follow-up page: programme › participant. */
export function Trail(props: {
  ctx: PageContext;
  programme: Programme;
  participant?: { id: number; name: string };
}) {
  const { ctx, programme } = props;
  const programmePath = `/programmes/${encodeURIComponent(programme.slug)}`;
  return (
    <nav class="ds-breadcrumbs follow-up-trail" aria-label={followUpMessages(ctx.locale).youAreHere}>
      <ol>
        <li>
          <a class="ds-link" href="/programmes">
            {ctx.t.programmes}
          </a>
        </li>
        <li>
          <a class="ds-link" href={programmePath}>
            {pickText(programme.title, ctx.locale)}
          </a>
        </li>
        {props.participant ? (
          <li>
            <a class="ds-link" href={participantPath(programme, props.participant.id)}>
              {props.participant.name}
            </a>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}

/** Confirms a saved form after the redirect; role=status so screen readers announce it. */
export function SavedNotice(props: { ctx: PageContext; show: boolean }) {
  if (!props.show) return null;
  return (
    <div class="ds-alert" data-color="success" role="status">
      <p class="ds-paragraph">{followUpMessages(props.ctx.locale).saved}</p>
    </div>
  );
}

export function NoteList(props: { ctx: PageContext; notes: NoteView[] }) {
  const { ctx } = props;
  const m = followUpMessages(ctx.locale);
  if (props.notes.length === 0) return <p class="ds-paragraph muted">{m.noNotes}</p>;
  return (
    <ul class="ds-list follow-up-notes">
      {props.notes.map((note) => (
        <li key={note.id}>
          <strong>
            <time dateTime={note.noteDate}>{formatDate(note.noteDate, ctx.locale)}</time>:
          </strong>{' '}
          <span class="pre-line">{note.body}</span>
        </li>
      ))}
    </ul>
  );
}

/** A feedback thread: the centre's feedback, then the answers, each labelled with who said it. */
export function Thread(props: {
  ctx: PageContext;
  thread: FeedbackThread;
  organisationName: string;
  answerHref?: string;
}) {
  const { ctx, thread } = props;
  const m = followUpMessages(ctx.locale);
  const messages = [thread.root, ...thread.replies];
  return (
    <div class="follow-up-thread">
      {messages.map((message) => (
        <article
          key={message.id}
          class={message.fromCentre ? 'follow-up-message' : 'follow-up-message follow-up-message--answer'}
          id={`feedback-${message.id}`}
        >
          <p class="ds-paragraph follow-up-message__meta" data-size="sm">
            <strong>
              {message.fromCentre
                ? m.fromCentre
                : format(m.fromParticipant, { organisation: props.organisationName })}
            </strong>
            {', '}
            <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, ctx.locale)}</time>
          </p>
          <p class="ds-paragraph pre-line">{message.body}</p>
        </article>
      ))}
      {thread.unanswered && thread.root.fromCentre ? (
        <p class="ds-paragraph" data-size="sm">
          <span class="ds-tag" data-color="warning" data-size="sm">
            {m.unanswered}
          </span>{' '}
          {props.answerHref ? (
            <a class="ds-link" href={props.answerHref}>
              {m.answerThis}
            </a>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

const isWebAddress = (text: string) => /^https?:\/\/\S+$/i.test(text);

/** The process plan as a table; on a phone it scrolls sideways inside its own region. */
export function ActivityTable(props: {
  ctx: PageContext;
  activities: ActivityView[];
  editHref?: (id: number) => string;
}) {
  const { ctx } = props;
  const m = followUpMessages(ctx.locale);
  if (props.activities.length === 0) return <p class="ds-paragraph muted">{m.noActivities}</p>;
  const groupLabel = (g: string) => (m as Record<string, string>)[`group.${g}`] ?? g;
  return (
    <div class="table-scroll" role="region" aria-label={m.processPlan} tabIndex={0}>
      <table class="ds-table" data-border>
        <thead>
          <tr>
            <th scope="col">{m.activity}</th>
            <th scope="col">{m.when}</th>
            <th scope="col">{m.responsible}</th>
            <th scope="col">{m.stakeholderGroups}</th>
            <th scope="col">{m.planningLink}</th>
          </tr>
        </thead>
        <tbody>
          {props.activities.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                {props.editHref ? (
                  <a class="ds-link" href={props.editHref(a.id)}>
                    {a.title}
                  </a>
                ) : (
                  a.title
                )}
              </th>
              <td>
                {a.startsOn ? (
                  <time dateTime={a.startsOn}>{formatDate(a.startsOn, ctx.locale, 'short')}</time>
                ) : null}
                {a.startsOn || a.endsOn ? ' – ' : ''}
                {a.endsOn ? (
                  <time dateTime={a.endsOn}>{formatDate(a.endsOn, ctx.locale, 'short')}</time>
                ) : null}
              </td>
              <td>{a.responsible ?? ''}</td>
              <td>{a.stakeholderGroups.map(groupLabel).join(', ')}</td>
              <td>
                {a.planningLink && isWebAddress(a.planningLink) ? (
                  <a class="ds-link" href={a.planningLink} rel="noopener noreferrer">
                    {a.planningLink}
                  </a>
                ) : (
                  (a.planningLink ?? '')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OutcomeBlock(props: { ctx: PageContext; outcome: OutcomeView | null }) {
  const { ctx, outcome } = props;
  const m = followUpMessages(ctx.locale);
  if (!outcome) return <p class="ds-paragraph muted">{m.noOutcome}</p>;
  const color = outcome.result === 'reached' ? 'success' : outcome.result === 'partly' ? 'warning' : 'danger';
  return (
    <div class="stack">
      <p class="ds-paragraph">
        <span class="ds-tag" data-color={color}>
          {m[`result.${outcome.result}`]}
        </span>{' '}
        <span class="muted">{format(m.decidedOn, { date: formatDate(outcome.decidedAt, ctx.locale) })}</span>
      </p>
      <p class="ds-paragraph pre-line">
        <strong>{m.reasons}:</strong> {outcome.reasons}
      </p>
    </div>
  );
}
