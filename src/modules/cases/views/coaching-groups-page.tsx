import { format, pickText, type LocalizedText } from '../../../platform/i18n/index';
import { Form, SubmitButton } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { coachingMessages } from '../coaching-messages';
import type { BoardCase, BoardGroup, CoachingBoard } from '../coaching-service';

export interface CoachingEvent {
  id: number;
  title: LocalizedText;
  timeZone: string;
}

export interface CoachingGroupsProps {
  ctx: PageContext;
  event: CoachingEvent;
  board: CoachingBoard;
  canManage: boolean;
  /** A message after a change: formed, moved, changed. */
  notice?: 'formed' | 'moved' | 'changed';
}

export const groupsPath = (eventId: number) => `/events/${eventId}/coaching-groups`;

/** The coaching groups of one workshop: who is with whom; managers form, move and tidy them. */
export function CoachingGroupsPage(props: CoachingGroupsProps) {
  const { ctx, event, board, canManage } = props;
  const m = coachingMessages(ctx.locale);
  const title = format(m.titleFor, { event: pickText(event.title, ctx.locale) });
  const base = groupsPath(event.id);
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph">{m.intro}</p>
      {props.notice ? (
        <div class="ds-alert" data-color="success" role="status">
          <p class="ds-paragraph">{m[props.notice]}</p>
        </div>
      ) : null}
      <p class="cluster">
        <a class="ds-link" href={`${base}/print`}>
          {m.printable}
        </a>
        <a class="ds-link" href={`/events/${event.id}/summaries`}>
          {m.summaries}
        </a>
      </p>
      {canManage ? (
        <div class="stack">
          <Form ctx={ctx} action={`${base}/form`}>
            <p class="ds-paragraph" data-size="sm" id="form-hint">
              {m.formHint}
            </p>
            <SubmitButton>{m.formGroups}</SubmitButton>
          </Form>
        </div>
      ) : null}
      {board.groups.length === 0 ? <p class="ds-paragraph">{m.noGroups}</p> : null}
      {board.groups.map((group) => (
        <GroupSection key={group.id} {...props} group={group} />
      ))}
      {canManage ? (
        <Form ctx={ctx} action={`${base}/new`}>
          <SubmitButton variant="secondary">{m.newGroup}</SubmitButton>
        </Form>
      ) : null}
      <section aria-labelledby="unassigned" class="stack coaching-group">
        <h2 class="ds-heading" data-size="md" id="unassigned">
          {m.unassigned}
        </h2>
        {board.groups.length + board.unassigned.length === 0 ? (
          <p class="ds-paragraph">{m.noCases}</p>
        ) : (
          <CaseTable {...props} caption={m.unassignedCaption} cases={board.unassigned} />
        )}
      </section>
    </Layout>
  );
}

function GroupSection(props: CoachingGroupsProps & { group: BoardGroup }) {
  const { ctx, group, canManage, event } = props;
  const m = coachingMessages(ctx.locale);
  const heading = format(m.group, { n: group.number });
  return (
    <section aria-labelledby={`group-${group.id}`} class="stack coaching-group">
      <h2 class="ds-heading" data-size="md" id={`group-${group.id}`}>
        {heading}
      </h2>
      {group.cases.length === 0 ? (
        <p class="ds-paragraph">{m.emptyGroup}</p>
      ) : (
        <CaseTable {...props} caption={format(m.casesOfGroup, { n: group.number })} cases={group.cases} />
      )}
      <p class="ds-paragraph">
        <a class="ds-link" href={`/coaching-groups/${group.id}/summary`}>
          {m.summary}
        </a>
        {group.summary ? null : <span class="muted"> ({m.noSummary})</span>}
      </p>
      {canManage && group.cases.length === 0 ? (
        <Form ctx={ctx} action={`${groupsPath(event.id)}/groups/${group.id}/delete`}>
          <SubmitButton variant="tertiary">{format(m.removeGroup, { n: group.number })}</SubmitButton>
        </Form>
      ) : null}
    </section>
  );
}

function CaseTable(props: CoachingGroupsProps & { caption: string; cases: BoardCase[] }) {
  const { ctx } = props;
  const canManage = props.canManage && props.board.groups.length > 0;
  const m = coachingMessages(ctx.locale);
  return (
    <div class="table-scroll">
      <table class="ds-table" data-size="sm">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.case}</th>
            <th scope="col">{m.organisation}</th>
            <th scope="col">{m.question}</th>
            {canManage ? <th scope="col">{m.moveTo}</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.cases.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.title}</th>
              <td>{c.organisation}</td>
              <td class="pre-line">{c.question}</td>
              {canManage ? (
                <td>
                  <MoveForm {...props} item={c} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MoveForm(props: CoachingGroupsProps & { item: BoardCase }) {
  const { ctx, board, event, item } = props;
  const m = coachingMessages(ctx.locale);
  const current = board.groups.find((g) => g.cases.some((c) => c.id === item.id));
  const id = `move-${item.id}`;
  return (
    <Form ctx={ctx} action={`${groupsPath(event.id)}/cases/${item.id}/move`} class="cluster">
      <label class="ds-label visually-hidden" for={id}>
        {format(m.moveLabel, { case: item.title })}
      </label>
      <select class="ds-input" id={id} name="groupId">
        {board.groups.map((g) => (
          <option key={g.id} value={String(g.id)} selected={g.id === current?.id}>
            {format(m.group, { n: g.number })}
          </option>
        ))}
      </select>
      <SubmitButton variant="secondary">{m.move}</SubmitButton>
    </Form>
  );
}
