import { format, pickText, type LocalizedText } from '../../../platform/i18n/index';
import type { PageContext } from '../../../platform/views/page-context';
import { inputMessages, type InputMessages } from '../messages';
import type { InputStatus, SenderKind } from '../tables';

/** The programme an input page belongs to, as its pages show it. */
export interface ProgrammeRef {
  slug: string;
  title: LocalizedText;
}

export const programmePath = (programme: ProgrammeRef) => `/programmes/${encodeURIComponent(programme.slug)}`;
export const inputsPath = (programme: ProgrammeRef) => `${programmePath(programme)}/inputs`;

/** Breadcrumbs: programmes › the programme › (what follows). */
export function InputTrail(props: {
  ctx: PageContext;
  programme: ProgrammeRef;
  trail?: { href: string; label: string }[];
}) {
  const { ctx, programme } = props;
  const m = inputMessages(ctx.locale);
  return (
    <nav class="ds-breadcrumbs follow-up-trail" aria-label={m.youAreHere}>
      <ol>
        <li>
          <a class="ds-link" href="/programmes">
            {ctx.t.programmes}
          </a>
        </li>
        <li>
          <a class="ds-link" href={programmePath(programme)}>
            {pickText(programme.title, ctx.locale)}
          </a>
        </li>
        {(props.trail ?? []).map((step) => (
          <li key={step.href}>
            <a class="ds-link" href={step.href}>
              {step.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

const statusColor: Record<InputStatus, string> = {
  new: 'info',
  acknowledged: 'warning',
  acted_on: 'success',
  closed: 'neutral',
};

/** The status as a tag: the word carries the meaning, the colour only repeats it. */
export function StatusTag(props: { status: InputStatus; m: InputMessages }) {
  return (
    <span class="ds-tag" data-color={statusColor[props.status]}>
      {props.m[`status.${props.status}`]}
    </span>
  );
}

/** "From a member", "From a resident", or "From <name>" when the sender agreed to show it. */
export function senderLine(m: InputMessages, kind: SenderKind, name: string | null) {
  if (name) return format(m.fromNamed, { name });
  return kind === 'member' ? m.fromMember : m.fromResident;
}

/** A text typed into a textarea, with its paragraphs and line breaks kept (escaped, never markup). */
export function Paragraphs(props: { text: string }) {
  return (
    <>
      {props.text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p key={i} class="ds-paragraph pre-line">
            {p}
          </p>
        ))}
    </>
  );
}
