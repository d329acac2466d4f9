import { format, formatDate, formatNumber } from '../../../platform/i18n/index';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { inputMessages } from '../messages';
import type { Input } from '../service';
import { inputStatuses, type InputStatus } from '../tables';
import { triageMessages } from '../triage-messages';
import { InputTrail, inputsPath, StatusTag, type ProgrammeRef } from './parts';

/** The operators' list of a programme's inputs: filters by status with counts, newest first. */
export function TriageListPage(props: {
  ctx: PageContext;
  programme: ProgrammeRef;
  status: InputStatus | null;
  counts: Record<InputStatus, number>;
  inputs: Input[];
  /** Set when the list was cut at this many. */
  truncatedAt: number | null;
}) {
  const { ctx, programme, counts } = props;
  const m = inputMessages(ctx.locale);
  const tm = triageMessages(ctx.locale);
  const base = inputsPath(programme);
  const total = inputStatuses.reduce((sum, s) => sum + counts[s], 0);
  const filters = [
    { href: base, label: tm.all, count: total, current: props.status == null },
    ...inputStatuses.map((s) => ({
      href: `${base}?status=${s}`,
      label: m[`status.${s}`],
      count: counts[s],
      current: props.status === s,
    })),
  ];
  return (
    <Layout ctx={ctx} title={tm.triage} wide>
      <InputTrail ctx={ctx} programme={programme} />
      <h1 class="ds-heading" data-size="lg">
        {tm.triage}
      </h1>
      <p class="ds-paragraph">{tm.triageIntro}</p>
      <nav aria-label={tm.filterBy}>
        <ul class="cluster plain-list">
          {filters.map((f) => (
            <li key={f.href}>
              <a class="ds-link" href={f.href} aria-current={f.current ? 'page' : undefined}>
                {format(tm.count, { label: f.label, count: formatNumber(f.count, ctx.locale) })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {props.inputs.length === 0 ? (
        <p class="ds-paragraph muted">{tm.noInputs}</p>
      ) : (
        <div class="table-scroll">
          <table class="ds-table" data-border>
            <caption class="ds-heading" data-size="xs">
              {tm.caption}
            </caption>
            <thead>
              <tr>
                <th scope="col">{m.title}</th>
                <th scope="col">{tm.received}</th>
                <th scope="col">{tm.sender}</th>
                <th scope="col">{m.status}</th>
                <th scope="col">{tm.answered}</th>
              </tr>
            </thead>
            <tbody>
              {props.inputs.map((input) => (
                <tr key={input.id}>
                  <td>
                    <a class="ds-link" href={`/inputs/${input.id}`}>
                      {input.title}
                    </a>
                  </td>
                  <td>{formatDate(input.createdAt, ctx.locale, 'short')}</td>
                  <td>
                    {input.senderName
                      ? `${input.senderName} (${input.senderKind === 'member' ? tm.member : tm.resident})`
                      : input.senderKind === 'member'
                        ? tm.member
                        : tm.resident}
                  </td>
                  <td>
                    <StatusTag status={input.status} m={m} />
                  </td>
                  <td>{input.answer != null ? ctx.t.yes : ctx.t.no}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.truncatedAt != null ? (
        <p class="ds-paragraph muted">{format(tm.truncated, { count: props.truncatedAt })}</p>
      ) : null}
    </Layout>
  );
}
