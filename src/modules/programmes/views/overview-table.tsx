import { format, pickText } from '../../../platform/i18n/index';
import type { PageContext } from '../../../platform/views/page-context';
import { followUpMessages } from '../follow-up-messages';
import { overviewMessages } from '../follow-up-overview-messages';
import type { Overview, OverviewRow } from '../follow-up-overview';
import { participantPath, StatusTag } from './follow-up-parts';

/**
 * Participants × steps. Phases group the step columns (scope=colgroup), each participant heads its
 * row, and every cell says its status in words, so the table reads the same without colour. The
 * wrapper is a focusable region, so on a phone it scrolls sideways by keyboard and touch alike.
 */
export function OverviewTable(props: { ctx: PageContext; data: Overview }) {
  const { ctx, data } = props;
  const o = overviewMessages(ctx.locale);
  const phases = data.columns.filter((p) => p.steps.length > 0);
  const steps = phases.flatMap((p) => p.steps);
  if (steps.length === 0) return <p class="ds-paragraph">{o.noSteps}</p>;
  const shownText = format(o.showing, { shown: data.rows.length, total: data.totalParticipants }, ctx.locale);
  return (
    <>
      <p class="ds-paragraph muted" data-size="sm">
        {o.scrollHint}
      </p>
      <div class="table-scroll overview-scroll" role="region" aria-labelledby="overview-caption" tabIndex={0}>
        <table class="ds-table overview-table" data-border>
          <caption id="overview-caption">
            {o.tableCaption}
            <span class="overview-caption__count">{shownText}</span>
          </caption>
          <colgroup span={1} />
          {phases.map((phase) => (
            <colgroup key={phase.id} span={phase.steps.length} />
          ))}
          <colgroup span={1} />
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {o.participant}
              </th>
              {phases.map((phase) => (
                <th key={phase.id} scope="colgroup" colSpan={phase.steps.length}>
                  {pickText(phase.title, ctx.locale)}
                </th>
              ))}
              <th scope="col" rowSpan={2}>
                {o.outcome}
              </th>
            </tr>
            <tr>
              {steps.map((step) => (
                <th key={step.id} scope="col" class="overview-step">
                  {pickText(step.title, ctx.locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.length === 0 ? (
              <tr>
                <td colSpan={steps.length + 2}>{o.noRows}</td>
              </tr>
            ) : null}
            {data.rows.map((row) => (
              <Row key={row.participantId} ctx={ctx} data={data} row={row} />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{o.perStep}</th>
              {steps.map((step) => {
                const c = data.counts.get(step.id);
                return (
                  <td key={step.id} data-size="sm">
                    {c
                      ? format(
                          o.counts,
                          { done: c.done, inProgress: c.in_progress, notStarted: c.not_started },
                          ctx.locale,
                        )
                      : ''}
                  </td>
                );
              })}
              <td>{''}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

function Row(props: { ctx: PageContext; data: Overview; row: OverviewRow }) {
  const { ctx, data, row } = props;
  const o = overviewMessages(ctx.locale);
  const m = followUpMessages(ctx.locale);
  const kindLabel = (o as Record<string, string>)[`kind.${row.kind}`] ?? o['kind.other'];
  return (
    <tr>
      <th scope="row" class="overview-participant">
        <a class="ds-link" href={participantPath(data.programme, row.participantId)}>
          {row.name}
        </a>
        <span class="overview-participant__meta">
          {kindLabel}
          {row.countyName && row.kind !== 'county' ? `, ${row.countyName}` : ''}
        </span>
        {row.planNew ? (
          <span class="ds-tag" data-color="info" data-size="sm">
            {o.newMarker}: {o.planChanged}
          </span>
        ) : null}
      </th>
      {row.cells.map((cell) => (
        <td key={cell.stepId} class={`overview-cell status-${cell.status}`}>
          <StatusTag ctx={ctx} status={cell.status} />
          {cell.isNew ? (
            <>
              {' '}
              <span class="ds-tag overview-new" data-color="info" data-size="sm">
                {o.newMarker}
              </span>
            </>
          ) : null}
          {cell.unanswered ? <span class="overview-cell__note">{o.awaitingAnswer}</span> : null}
        </td>
      ))}
      <td>{row.outcome ? m[`result.${row.outcome}`] : '–'}</td>
    </tr>
  );
}
