import { format, formatDateTime, pickText } from '../../../platform/i18n/index';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { retrospectiveMessages } from '../retrospective-messages';
import type { RetrospectiveGroup } from '../retrospective-service';

/** The answers of one event, or of every event in a series grouped by event, for planning. */
export function RetrospectiveListPage(props: {
  ctx: PageContext;
  title: string;
  back: { href: string; label: string };
  groups: RetrospectiveGroup[];
  exportHref?: string;
  seriesHref?: string;
}) {
  const { ctx, groups } = props;
  const m = retrospectiveMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={props.title}>
      <p class="ds-paragraph">
        <a class="ds-link" href={props.back.href}>
          {props.back.label}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {props.title}
      </h1>
      <p class="cluster">
        {props.exportHref ? (
          <a class="ds-link" href={props.exportHref} download>
            {m.exportCsv}
          </a>
        ) : null}
        {props.seriesHref ? (
          <a class="ds-link" href={props.seriesHref}>
            {m.seriesLink}
          </a>
        ) : null}
      </p>
      {groups.map((g) => {
        const title = pickText(g.title, ctx.locale);
        const headingId = `event-${g.eventId}`;
        return (
          <section key={g.eventId} aria-labelledby={headingId} class="registration-section">
            <h2 class="ds-heading" data-size="sm" id={headingId}>
              {g.seriesNumber != null ? `${g.seriesNumber}. ` : ''}
              {title}
            </h2>
            <p class="ds-paragraph" data-size="sm">
              {formatDateTime(g.startsAt, ctx.locale, g.timeZone)} ·{' '}
              {format(m.count, { n: g.answers.length }, ctx.locale)}
            </p>
            {g.answers.length === 0 ? (
              <p class="ds-paragraph">{m.none}</p>
            ) : (
              <div class="table-scroll" tabIndex={0} role="region" aria-labelledby={`${headingId}-caption`}>
                <table class="ds-table" data-size="sm">
                  <caption id={`${headingId}-caption`}>{format(m.answerCaption, { title })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{m.takeWith}</th>
                      <th scope="col">{m.hearMore}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.answers.map((a) => (
                      <tr key={a.id}>
                        <td class="retrospective-text">{a.takeWith}</td>
                        <td class="retrospective-text">{a.hearMore}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </Layout>
  );
}
