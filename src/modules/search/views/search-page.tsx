import { format, formatNumber } from '../../../platform/i18n/index';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { searchMessages, type SearchMessages } from '../messages';
import { filterParams, type FilterName, type SearchParams } from '../params';
import type { SearchOutcome } from '../service';
import { activeValue, Facets, Hit, Paging } from './parts';
import { correctedQuery, searchHref } from './urls';

function SearchForm(props: { params: SearchParams; m: SearchMessages }) {
  const { params, m } = props;
  return (
    <form method="get" action="/search" role="search" class="search-form" aria-label={m.title}>
      <div class="ds-field search-form__query">
        <label class="ds-label" for="search-q">
          {m.query}
        </label>
        <input class="ds-input" id="search-q" name="q" type="search" value={params.q} maxLength={200} />
      </div>
      <div class="ds-field">
        <label class="ds-label" for="search-sort">
          {m.sort}
        </label>
        <select class="ds-input" id="search-sort" name="sort">
          <option value="relevance" selected={params.sort === 'relevance'}>
            {m.relevance}
          </option>
          <option value="date" selected={params.sort === 'date'}>
            {m.date}
          </option>
        </select>
      </div>
      {Object.entries(filterParams(params.filters)).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class="ds-button" data-variant="primary">
        {m.submit}
      </button>
    </form>
  );
}

/** The filters in use, each with a link that removes it. */
function ActiveFilters(props: { outcome: SearchOutcome; params: SearchParams; m: SearchMessages }) {
  const { outcome, params, m } = props;
  const names: FilterName[] = ['type', 'kind', 'theme', 'language', 'programme', 'year'];
  const active = names
    .map((name) => {
      const value = activeValue(params, name);
      if (value === undefined) return null;
      const label =
        outcome.facets[name].find((v) => v.value === value)?.label ??
        (name === 'programme' ? outcome.programmeNames.get(Number(value)) : undefined) ??
        value;
      return { name, label };
    })
    .filter((x): x is { name: FilterName; label: string } => x !== null);
  if (active.length === 0) return null;
  return (
    <div class="search-active">
      <p class="ds-paragraph" data-size="sm">
        {m.activeFilters}:
      </p>
      <ul class="cluster">
        {active.map((f) => (
          <li key={f.name}>
            <a class="ds-link" href={searchHref(params, { filters: { [f.name]: null } })}>
              {format(m.removeFilter, { label: f.label })}
            </a>
          </li>
        ))}
        <li>
          <a class="ds-link" href={searchHref({ ...params, filters: {} })}>
            {m.clearAll}
          </a>
        </li>
      </ul>
    </div>
  );
}

/** The search page: the box, what was found with highlighted snippets, facets and paging. */
export function SearchPage(props: {
  ctx: PageContext;
  params: SearchParams;
  outcome: SearchOutcome | null;
  invalid?: boolean;
}) {
  const { ctx, params, outcome } = props;
  const m = searchMessages(ctx.locale);
  const result = outcome?.result;
  const filtered = Object.keys(params.filters).length > 0;
  return (
    <Layout ctx={ctx} title={params.q ? format(m.titleFor, { q: params.q }) : m.title} wide>
      <h1 class="ds-heading" data-size="lg">
        {m.title}
      </h1>
      {props.invalid ? (
        <div class="ds-alert" data-color="danger" role="alert">
          <p class="ds-paragraph">{m.badParams}</p>
        </div>
      ) : null}
      <SearchForm params={params} m={m} />
      {!result ? (
        <p class="ds-paragraph">{m.intro}</p>
      ) : (
        <div class="search-layout">
          <div class="search-results">
            <h2 class="ds-heading" data-size="sm">
              {m.results}
            </h2>
            {result.corrections.length > 0 ? (
              <p class="ds-paragraph search-corrected">
                {format(m.showingFor, { q: correctedQuery(params.q, result.corrections) })}
              </p>
            ) : null}
            <ActiveFilters outcome={outcome!} params={params} m={m} />
            {result.total > 0 ? (
              <>
                <p class="ds-paragraph" role="status">
                  {result.total === 1
                    ? m.countOne
                    : format(m.count, { n: formatNumber(result.total, ctx.locale) })}
                </p>
                <ol class="search-hits">
                  {result.items.map((hit) => (
                    <Hit key={`${hit.type}-${hit.id}`} hit={hit} m={m} locale={ctx.locale} />
                  ))}
                </ol>
                <Paging params={params} total={result.total} m={m} locale={ctx.locale} />
              </>
            ) : (
              <div class="search-empty" role="status">
                <p class="ds-paragraph">{params.q ? format(m.none, { q: params.q }) : m.noneFiltered}</p>
                <p class="ds-paragraph">{m.noneHint}</p>
              </div>
            )}
          </div>
          {result.total > 0 || filtered ? (
            <Facets facets={outcome!.facets} params={params} m={m} locale={ctx.locale} />
          ) : null}
        </div>
      )}
    </Layout>
  );
}
