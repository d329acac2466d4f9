import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { messages } from '../messages';
import type { ProgrammeSummary } from '../model';
import { ProgrammeList } from './programme-list';

/** The front page: what Samling is, the public programmes, and the reader's own programmes. */
export function HomePage(props: {
  ctx: PageContext;
  publicProgrammes: ProgrammeSummary[];
  ownProgrammes: ProgrammeSummary[] | null;
}) {
  const { ctx } = props;
  const m = messages(ctx.locale);
  return (
    <Layout ctx={ctx} title={ctx.t.home}>
      <h1 class="ds-heading" data-size="xl">
        {m.homeTitle}
      </h1>
      <p class="ds-paragraph" data-size="lg">
        {m.homeIntro}
      </p>
      <p class="ds-paragraph">{m.homePublic}</p>
      {props.ownProgrammes ? (
        <section aria-labelledby="own-programmes">
          <h2 class="ds-heading" data-size="md" id="own-programmes">
            {m.yourProgrammes}
          </h2>
          {props.ownProgrammes.length > 0 ? (
            <ProgrammeList ctx={ctx} m={m} programmes={props.ownProgrammes} />
          ) : (
            <p class="ds-paragraph">{m.noOwnProgrammes}</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="public-programmes">
        <h2 class="ds-heading" data-size="md" id="public-programmes">
          {m.publicProgrammes}
        </h2>
        {props.publicProgrammes.length > 0 ? (
          <ProgrammeList ctx={ctx} m={m} programmes={props.publicProgrammes} />
        ) : (
          <p class="ds-paragraph">{m.noProgrammes}</p>
        )}
        <p class="ds-paragraph">
          <a class="ds-link" href="/programmes">
            {m.allProgrammes}
          </a>
        </p>
      </section>
    </Layout>
  );
}
