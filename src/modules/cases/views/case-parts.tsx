import { format, formatNumber, pickText, type LocalizedText } from '../../../platform/i18n/index';
import type { PageContext } from '../../../platform/views/page-context';
import { caseMessages } from '../case-messages';
import { homeworkMessages } from '../homework-messages';
import type { HandInStatus } from '../homework-service';

/** The programme a case page belongs to, as its pages show it. */
export interface ProgrammeRef {
  slug: string;
  title: LocalizedText;
}

export const casesPath = (programme: ProgrammeRef) =>
  `/programmes/${encodeURIComponent(programme.slug)}/cases`;

/** Breadcrumbs: programmes › the programme › cases › (the case). */
export function CaseTrail(props: {
  ctx: PageContext;
  programme: ProgrammeRef;
  kase?: { id: number; title: string };
}) {
  const { ctx, programme } = props;
  const m = caseMessages(ctx.locale);
  return (
    <nav class="ds-breadcrumbs follow-up-trail" aria-label={m.youAreHere}>
      <ol>
        <li>
          <a class="ds-link" href="/programmes">
            {ctx.t.programmes}
          </a>
        </li>
        <li>
          <a class="ds-link" href={`/programmes/${encodeURIComponent(programme.slug)}`}>
            {pickText(programme.title, ctx.locale)}
          </a>
        </li>
        <li>
          <a class="ds-link" href={casesPath(programme)}>
            {m.cases}
          </a>
        </li>
        {props.kase ? (
          <li>
            <a class="ds-link" href={`/cases/${props.kase.id}`}>
              {props.kase.title}
            </a>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}

const statusColor: Record<HandInStatus, string> = {
  handedIn: 'success',
  late: 'warning',
  missing: 'neutral',
  overdue: 'danger',
};

/** A hand-in's status in words (colour only repeats it). */
export function HandInStatusTag(props: { ctx: PageContext; status: HandInStatus }) {
  const m = homeworkMessages(props.ctx.locale);
  const label = {
    handedIn: m.handedIn,
    late: m.handedInLate,
    missing: m.notHandedIn,
    overdue: `${m.notHandedIn} – ${m.overdue}`,
  }[props.status];
  return (
    <span class="ds-tag" data-color={statusColor[props.status]}>
      {label}
    </span>
  );
}

/** The files of a hand-in, each a download link with its size. */
export function FileList(props: {
  ctx: PageContext;
  submissionId: number;
  files: { id: number; filename: string; size: number }[];
}) {
  const { ctx } = props;
  const m = homeworkMessages(ctx.locale);
  if (props.files.length === 0) return null;
  return (
    <ul class="ds-list hand-in-files" aria-label={m.fileList}>
      {props.files.map((f) => (
        <li key={f.id}>
          <a
            class="ds-link"
            href={`/submissions/${props.submissionId}/files/${f.id}`}
            download={f.filename}
            aria-label={format(m.download, { name: f.filename })}
          >
            {f.filename}
          </a>{' '}
          <span class="muted">
            ({format(m.fileSize, { size: formatNumber(Math.max(1, Math.round(f.size / 1024)), ctx.locale) })})
          </span>
        </li>
      ))}
    </ul>
  );
}
