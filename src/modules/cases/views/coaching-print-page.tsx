import { format, formatDateTime, pickText } from '../../../platform/i18n/index';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { coachingMessages } from '../coaching-messages';
import type { CoachingBoard } from '../coaching-service';
import { groupsPath, type CoachingEvent } from './coaching-groups-page';

/** The printable list of groups and their cases (seed 001's "WS casen"), one A4 page. */
export function CoachingPrintPage(props: {
  ctx: PageContext;
  event: CoachingEvent & { startsAt: string };
  board: CoachingBoard;
}) {
  const { ctx, event, board } = props;
  const m = coachingMessages(ctx.locale);
  const title = format(m.printTitle, { event: pickText(event.title, ctx.locale) });
  return (
    <Layout ctx={ctx} title={title}>
      <nav class="no-print">
        <a class="ds-link" href={groupsPath(event.id)}>
          {m.backToGroups}
        </a>
      </nav>
      <article class="coaching-print">
        <h1 class="ds-heading" data-size="lg">
          {title}
        </h1>
        <p class="ds-paragraph">
          <time dateTime={event.startsAt}>{formatDateTime(event.startsAt, ctx.locale, event.timeZone)}</time>
        </p>
        {board.groups.length === 0 ? <p class="ds-paragraph">{m.noGroups}</p> : null}
        <ol class="coaching-print__groups">
          {board.groups.map((group) => (
            <li key={group.id} value={group.number}>
              <h2 class="ds-heading" data-size="sm">
                {format(m.group, { n: group.number })}
              </h2>
              <ul class="coaching-print__cases">
                {group.cases.map((c) => (
                  <li key={c.id}>
                    <strong>{c.organisation || c.title}</strong>
                    {c.organisation ? <span> – {c.title}</span> : null}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </article>
    </Layout>
  );
}
