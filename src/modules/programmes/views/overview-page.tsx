import { format, formatDateTime, pickText } from '../../../platform/i18n/index';
import type { FieldErrors } from '../../../platform/http/validation';
import { ErrorSummary, Field, type FormValues } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { followUpMessages } from '../follow-up-messages';
import { overviewMessages } from '../follow-up-overview-messages';
import type { Change, Overview } from '../follow-up-overview';
import { stepStatuses } from '../tables';
import { participantPath, Trail } from './follow-up-parts';
import { OverviewTable } from './overview-table';

const MAX_CHANGES = 15;

/** The text of one change, in the reader's language. */
export function changeText(ctx: PageContext, change: Change): string {
  const o = overviewMessages(ctx.locale);
  const m = followUpMessages(ctx.locale);
  const step = change.stepTitle ? pickText(change.stepTitle, ctx.locale) : '';
  const status = change.status ? m[`status.${change.status}`] : '';
  return format(o[`change.${change.kind}`], { step, status });
}

export function changeHref(programme: Overview['programme'], change: Change): string {
  const anchor =
    change.stepId != null ? `#step-${change.stepId}` : change.kind === 'outcome' ? '#outcome' : '#plan';
  return `${participantPath(programme, change.participantId)}${anchor}`;
}

/** The programme overview for operators and advisors: filters, what changed since the last visit, the table. */
export function OverviewPage(props: {
  ctx: PageContext;
  data: Overview;
  /** The raw query, to keep the chosen filters in the form. */
  values: FormValues;
  /** Carried by the filter form so filtering does not reset what counts as new. */
  sinceParam: string;
  /** A filter value that is not one of the choices (a hand-edited address). */
  errors?: FieldErrors;
}) {
  const { ctx, data } = props;
  const o = overviewMessages(ctx.locale);
  const m = followUpMessages(ctx.locale);
  const title = pickText(data.programme.title, ctx.locale);
  const path = `/programmes/${encodeURIComponent(data.programme.slug)}/overview`;
  const all = { value: '', label: o.all };
  const kindLabel = (k: string) => (o as Record<string, string>)[`kind.${k}`] ?? o['kind.other'];
  return (
    <Layout ctx={ctx} title={`${o.overviewTitle} – ${title}`} wide>
      <Trail ctx={ctx} programme={data.programme} />
      <h1 class="ds-heading follow-up-title" data-size="lg">
        {o.overviewTitle}: {title}
      </h1>
      <p class="ds-paragraph">{o.overviewIntro}</p>
      <p class="ds-paragraph" data-size="sm">
        {data.since ? format(o.lastVisit, { date: formatDateTime(data.since, ctx.locale) }) : o.firstVisit}
      </p>

      <ErrorSummary
        ctx={ctx}
        errors={props.errors}
        labels={{ county: o.county, kind: o.kind, phase: o.phase, status: o.status, since: o.changesTitle }}
      />
      <form method="get" action={path} class="overview-filters" aria-label={o.filters}>
        <input type="hidden" name="since" value={props.sinceParam} />
        <Field
          ctx={ctx}
          name="county"
          label={o.county}
          values={props.values}
          errors={props.errors}
          options={[all, ...data.counties.map((c) => ({ value: String(c.id), label: c.name }))]}
        />
        <Field
          ctx={ctx}
          name="kind"
          label={o.kind}
          values={props.values}
          errors={props.errors}
          options={[all, ...data.kinds.map((k) => ({ value: k, label: kindLabel(k) }))]}
        />
        <Field
          ctx={ctx}
          name="phase"
          label={o.phase}
          values={props.values}
          errors={props.errors}
          options={[
            all,
            ...data.phases.map((p) => ({ value: String(p.id), label: pickText(p.title, ctx.locale) })),
          ]}
        />
        <Field
          ctx={ctx}
          name="status"
          label={o.status}
          hint={o.statusHint}
          values={props.values}
          errors={props.errors}
          options={[all, ...stepStatuses.map((s) => ({ value: s, label: m[`status.${s}`] }))]}
        />
        <div class="cluster overview-filters__actions">
          <button type="submit" class="ds-button" data-variant="primary">
            {o.apply}
          </button>
          <a class="ds-link" href={`${path}?since=${encodeURIComponent(props.sinceParam)}`}>
            {o.clear}
          </a>
        </div>
      </form>

      <section aria-labelledby="changes" class="stack follow-up-section">
        <h2 class="ds-heading" data-size="sm" id="changes">
          {o.changesTitle}
        </h2>
        {data.changes.length === 0 ? <p class="ds-paragraph">{o.noChanges}</p> : null}
        {data.changes.length > 0 ? (
          <ul class="ds-list overview-changes">
            {data.changes.slice(0, MAX_CHANGES).map((change, i) => (
              <li key={i}>
                <span class="ds-tag" data-color="info" data-size="sm">
                  {o.newMarker}
                </span>{' '}
                <a class="ds-link" href={changeHref(data.programme, change)}>
                  {change.participantName}
                </a>
                {': '}
                {changeText(ctx, change)}{' '}
                <time class="muted" dateTime={change.at}>
                  ({formatDateTime(change.at, ctx.locale)})
                </time>
              </li>
            ))}
          </ul>
        ) : null}
        {data.changes.length > MAX_CHANGES ? (
          <p class="ds-paragraph">
            {format(o.moreChanges, { n: data.changes.length - MAX_CHANGES }, ctx.locale)}
          </p>
        ) : null}
      </section>

      <div class="stack follow-up-section">
        <OverviewTable ctx={ctx} data={data} />
      </div>
    </Layout>
  );
}
