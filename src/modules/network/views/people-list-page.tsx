import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { messages } from '../messages';
import type { Person } from '../service';
import { Pager } from './pager';

export interface PeopleListProps {
  ctx: PageContext;
  items: Person[];
  /** Operators only: advisors' lists carry no phone numbers (data minimisation). */
  showPhone: boolean;
  total: number;
  page: number;
  pageSize: number;
  filter: { q: string };
}

/** The people in the network, searchable by name or e-mail. */
export function PeopleListPage(props: PeopleListProps) {
  const { ctx } = props;
  const m = messages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.peopleTitle} wide>
      <h1 class="ds-heading" data-size="lg">
        {m.peopleTitle}
      </h1>
      {ctx.user?.role === 'operator' ? (
        <p>
          <a class="ds-button" data-variant="primary" href="/people/new">
            {m.newPerson}
          </a>
        </p>
      ) : null}
      <form method="get" action="/people" class="cluster" role="search" aria-label={ctx.t.search}>
        <div class="ds-field field">
          <label class="ds-label" for="q">
            {m.searchPeople}
          </label>
          <input class="ds-input" type="search" id="q" name="q" value={props.filter.q} />
        </div>
        <button type="submit" class="ds-button" data-variant="secondary">
          {ctx.t.search}
        </button>
      </form>
      {props.items.length === 0 ? (
        <p class="ds-paragraph">{m.noneFound}</p>
      ) : (
        <div class="table-scroll">
          <table class="ds-table">
            <caption>{m.peopleTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{m.name}</th>
                <th scope="col">{m.title}</th>
                <th scope="col">{m.email}</th>
                {props.showPhone ? <th scope="col">{m.phone}</th> : null}
              </tr>
            </thead>
            <tbody>
              {props.items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <a class="ds-link" href={`/people/${p.id}`}>
                      {p.name}
                    </a>
                  </td>
                  <td>{p.title ?? ''}</td>
                  <td>
                    {p.email ? (
                      <a class="ds-link" href={`mailto:${p.email}`}>
                        {p.email}
                      </a>
                    ) : (
                      ''
                    )}
                  </td>
                  {props.showPhone ? <td>{p.phone ?? ''}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager ctx={ctx} page={props.page} pageSize={props.pageSize} total={props.total} query={props.filter} />
    </Layout>
  );
}
