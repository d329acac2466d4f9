import { format } from '../../../platform/i18n/index';
import type { PageContext } from '../../../platform/views/page-context';
import type { ProgrammeMessages } from '../messages';
import type { ProgrammeSummary } from '../model';
import { periodText, Text, VisibilityTag } from './parts';

/** Programmes as cards: title linking to the programme, period, visibility and participant count. */
export function ProgrammeList(props: {
  ctx: PageContext;
  m: ProgrammeMessages;
  programmes: ProgrammeSummary[];
  headingLevel?: 2 | 3;
}) {
  const { ctx, m } = props;
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="cards">
      {props.programmes.map((p) => {
        const period = periodText(p.startsOn, p.endsOn, ctx.locale, m);
        return (
          <li key={p.id} class="ds-card programme-card">
            <Heading class="ds-heading" data-size="xs">
              <a class="ds-link" href={`/programmes/${p.slug}`}>
                <Text text={p.title} ctx={ctx} />
              </a>
            </Heading>
            {period ? (
              <p class="ds-paragraph" data-size="sm">
                {period}
              </p>
            ) : null}
            <p class="ds-paragraph cluster" data-size="sm">
              <VisibilityTag visibility={p.visibility} m={m} />
              <span>{format(m.participantCount, { n: p.participantCount }, ctx.locale)}</span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
