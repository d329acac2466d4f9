import { format, formatDate, formatNumber, type Locale } from '../../../platform/i18n/index';
import type { SearchHit, SnippetPart } from '../../../platform/search/index';
import type { SearchMessages } from '../messages';
import type { SearchParams } from '../params';
import type { FacetName, LabelledFacets } from '../service';
import { searchHref } from './urls';

/** A snippet as text with the matching words in <mark>: plain parts, escaped by Preact. */
export function Snippet(props: { parts: SnippetPart[] }) {
  return (
    <p class="ds-paragraph search-snippet">
      {props.parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}
    </p>
  );
}

const filterOf: Record<FacetName, 'type' | 'kind' | 'theme' | 'language' | 'programmeId' | 'year'> = {
  type: 'type',
  kind: 'kind',
  theme: 'theme',
  language: 'language',
  programme: 'programmeId',
  year: 'year',
};

/** The value of a facet's filter in use, as text, or undefined. */
export function activeValue(params: SearchParams, facet: FacetName): string | undefined {
  const value = params.filters[filterOf[facet]];
  return value === undefined ? undefined : String(value);
}

/** One result: its title as a link, what it is, and the snippet. */
export function Hit(props: { hit: SearchHit; m: SearchMessages; locale: Locale }) {
  const { hit, m } = props;
  const labels = m as Record<string, string>;
  const type = labels[`type.${hit.type}`] ?? hit.type;
  const kind = hit.kind ? (labels[`kind.${hit.kind}`] ?? hit.kind) : null;
  const meta = [
    type,
    kind === type ? null : kind,
    hit.date ? formatDate(hit.date, props.locale, 'long') : hit.year ? String(hit.year) : null,
  ].filter((x): x is string => Boolean(x));
  return (
    <li class="search-hit">
      <h3 class="ds-heading" data-size="xs">
        <a class="ds-link" href={hit.url}>
          {hit.title}
        </a>
      </h3>
      <p class="ds-paragraph search-hit__meta" data-size="sm">
        {meta.join(' · ')}
      </p>
      {hit.snippet.length > 0 ? <Snippet parts={hit.snippet} /> : null}
    </li>
  );
}

/** The facets as lists of links with counts; the value in use is marked in words, not colour only. */
export function Facets(props: {
  facets: LabelledFacets;
  params: SearchParams;
  m: SearchMessages;
  locale: Locale;
}) {
  const { facets, params, m } = props;
  const names: FacetName[] = ['type', 'kind', 'theme', 'language', 'programme', 'year'];
  return (
    <nav class="search-facets" aria-labelledby="search-refine">
      <h2 class="ds-heading" data-size="sm" id="search-refine">
        {m.refine}
      </h2>
      {names
        .filter((facet) => facets[facet].length > 0)
        .map((facet) => {
          const active = activeValue(params, facet);
          return (
            <section key={facet} class="search-facet">
              <h3 class="ds-heading" data-size="2xs">
                {m[`facet_${facet}`]}
              </h3>
              <ul>
                {facets[facet].slice(0, 12).map((value) => {
                  const on = active === value.value;
                  const href = searchHref(params, { filters: { [facet]: on ? null : value.value } });
                  return (
                    <li key={value.value}>
                      <a
                        class="ds-link"
                        href={href}
                        aria-current={on ? 'true' : undefined}
                        aria-label={on ? format(m.removeFilter, { label: value.label }) : undefined}
                      >
                        {on ? '✓ ' : ''}
                        {value.label}{' '}
                        <span class="search-count">({formatNumber(value.count, props.locale)})</span>
                      </a>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
    </nav>
  );
}

/** Previous and next links with "page x of y". */
export function Paging(props: { params: SearchParams; total: number; m: SearchMessages; locale: Locale }) {
  const { params, total, m } = props;
  const pages = Math.max(1, Math.ceil(total / params.pageSize));
  if (pages <= 1) return null;
  const page = Math.min(params.page, pages);
  return (
    <nav class="search-paging" aria-label={m.pages}>
      {page > 1 ? (
        <a class="ds-link" rel="prev" href={searchHref(params, { sort: params.sort, page: page - 1 })}>
          {m.previous}
        </a>
      ) : null}
      <span>
        {format(m.pageOf, {
          page: formatNumber(page, props.locale),
          pages: formatNumber(pages, props.locale),
        })}
      </span>
      {page < pages ? (
        <a class="ds-link" rel="next" href={searchHref(params, { sort: params.sort, page: page + 1 })}>
          {m.next}
        </a>
      ) : null}
    </nav>
  );
}
