import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { caseMessages } from '../case-messages';
import { CaseTrail, casesPath, type ProgrammeRef } from './case-parts';

export interface CaseListItem {
  id: number;
  title: string;
  organisationName: string;
  themes: string[];
}

/** The programme's cases the reader may see, and "new case" for those who may write one. */
export function CaseListPage(props: {
  ctx: PageContext;
  programme: ProgrammeRef;
  cases: CaseListItem[];
  canCreate: boolean;
}) {
  const { ctx, programme } = props;
  const m = caseMessages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.cases}>
      <CaseTrail ctx={ctx} programme={programme} />
      <h1 class="ds-heading" data-size="lg">
        {m.cases}
      </h1>
      <p class="ds-paragraph">{m.casesIntro}</p>
      {props.canCreate ? (
        <p class="ds-paragraph">
          <a class="ds-button" data-variant="primary" href={`${casesPath(programme)}/new`}>
            {m.newCase}
          </a>
        </p>
      ) : null}
      {props.cases.length === 0 ? (
        <p class="ds-paragraph muted">{m.noCases}</p>
      ) : (
        <div class="table-scroll">
          <table class="ds-table" data-border>
            <caption class="ds-heading" data-size="xs">
              {m.cases}
            </caption>
            <thead>
              <tr>
                <th scope="col">{m.title}</th>
                <th scope="col">{m.participant}</th>
                <th scope="col">{m.themes}</th>
              </tr>
            </thead>
            <tbody>
              {props.cases.map((c) => (
                <tr key={c.id}>
                  <td>
                    <a class="ds-link" href={`/cases/${c.id}`}>
                      {c.title}
                    </a>
                  </td>
                  <td>{c.organisationName}</td>
                  <td>
                    {c.themes.length > 0 ? c.themes.join(', ') : <span class="muted">{m.noThemes}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
