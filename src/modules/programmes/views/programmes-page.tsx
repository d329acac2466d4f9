import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { messages } from '../messages';
import type { ProgrammeSummary } from '../model';
import { ProgrammeList } from './programme-list';

/** Every programme the reader may see. */
export function ProgrammesPage(props: {
  ctx: PageContext;
  programmes: ProgrammeSummary[];
  canCreate: boolean;
}) {
  const { ctx } = props;
  const m = messages(ctx.locale);
  return (
    <Layout ctx={ctx} title={ctx.t.programmes}>
      <h1 class="ds-heading" data-size="lg">
        {ctx.t.programmes}
      </h1>
      <p class="ds-paragraph">{m.programmesIntro}</p>
      {props.canCreate ? (
        <p class="ds-paragraph">
          <a class="ds-button" data-variant="primary" href="/programmes/new">
            {m.newProgramme}
          </a>
        </p>
      ) : null}
      {props.programmes.length > 0 ? (
        <ProgrammeList ctx={ctx} m={m} programmes={props.programmes} headingLevel={2} />
      ) : (
        <p class="ds-paragraph">{m.noProgrammes}</p>
      )}
    </Layout>
  );
}
