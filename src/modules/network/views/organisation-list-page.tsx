import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { messages } from '../messages';
import type { Organisation } from '../service';
import { countryLabel, countryOptions, kindLabel, kindOptions } from './labels';
import { Pager } from './pager';

export interface OrganisationListProps {
  ctx: PageContext;
  items: (Organisation & { parentName: string | null })[];
  total: number;
  page: number;
  pageSize: number;
  filter: { q: string; kind: string; country: string };
}

function FilterSelect(props: {
  id: string;
  label: string;
  value: string;
  all: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div class="ds-field field">
      <label class="ds-label" for={props.id}>
        {props.label}
      </label>
      <select class="ds-input" id={props.id} name={props.id}>
        <option value="">{props.all}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The registry: filter by kind, country and text; a table of name, kind, number and county. */
export function OrganisationListPage(props: OrganisationListProps) {
  const { ctx, filter } = props;
  const m = messages(ctx.locale);
  return (
    <Layout ctx={ctx} title={m.organisationsTitle} wide>
      <h1 class="ds-heading" data-size="lg">
        {m.organisationsTitle}
      </h1>
      {ctx.user?.role === 'operator' ? (
        <p class="cluster">
          <a class="ds-button" data-variant="primary" href="/organisations/new">
            {m.newOrganisation}
          </a>
          <a class="ds-button" data-variant="secondary" href="/organisations/import">
            {m.importTitle}
          </a>
        </p>
      ) : null}
      <form method="get" action="/organisations" class="cluster" role="search" aria-label={ctx.t.filter}>
        <div class="ds-field field">
          <label class="ds-label" for="q">
            {m.searchText}
          </label>
          <input class="ds-input" type="search" id="q" name="q" value={filter.q} />
        </div>
        <FilterSelect
          id="kind"
          label={m.kind}
          value={filter.kind}
          all={m.allKinds}
          options={kindOptions(ctx.locale)}
        />
        <FilterSelect
          id="country"
          label={m.country}
          value={filter.country}
          all={m.allCountries}
          options={countryOptions(ctx.locale)}
        />
        <button type="submit" class="ds-button" data-variant="secondary">
          {ctx.t.filter}
        </button>
      </form>
      {props.items.length === 0 ? (
        <p class="ds-paragraph">{m.noneFound}</p>
      ) : (
        <div class="table-scroll">
          <table class="ds-table" data-border>
            <caption>{m.organisationsTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{m.name}</th>
                <th scope="col">{m.kind}</th>
                <th scope="col">{m.number}</th>
                <th scope="col">{m.county}</th>
                <th scope="col">{m.country}</th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((o) => (
                <tr key={o.id}>
                  <td>
                    <a class="ds-link" href={`/organisations/${o.id}`}>
                      {o.name}
                    </a>
                  </td>
                  <td>{kindLabel(o.kind, ctx.locale)}</td>
                  <td>{o.number ?? ''}</td>
                  <td>{o.parentName ?? ''}</td>
                  <td>{countryLabel(o.country, ctx.locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager ctx={ctx} page={props.page} pageSize={props.pageSize} total={props.total} query={filter} />
    </Layout>
  );
}
