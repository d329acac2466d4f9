import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { libraryMessages } from '../messages';
import type { LibraryItem } from '../model';
import { itemKinds, itemLanguages } from '../tables';
import { themeLabel, themes } from '../themes';
import { ItemCards } from './parts';

export interface ListFilter {
  kind?: string;
  theme?: string;
  language?: string;
  year?: number;
}

function Select(props: {
  name: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
  all: string;
}) {
  const id = `filter-${props.name}`;
  return (
    <div class="ds-field field">
      <label class="ds-label" for={id}>
        {props.label}
      </label>
      <select class="ds-input" id={id} name={props.name}>
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

/** The knowledge bank: newest first, with filters by kind, theme, language and year. */
export function LibraryListPage(props: {
  ctx: PageContext;
  items: LibraryItem[];
  filter: ListFilter;
  canCreate: boolean;
}) {
  const { ctx, filter } = props;
  const m = libraryMessages(ctx.locale);
  const feedHref = filter.theme
    ? `/library/themes/${encodeURIComponent(filter.theme)}/feed.atom`
    : '/library/feed.atom';
  const head = <link rel="alternate" type="application/atom+xml" title={m.feedTitle} href={feedHref} />;
  return (
    <Layout
      ctx={ctx}
      title={filter.theme ? `${m.title}: ${themeLabel(filter.theme, ctx.locale)}` : m.title}
      head={head}
    >
      <h1 class="ds-heading" data-size="lg">
        {m.title}
      </h1>
      <p class="ds-paragraph">{m.intro}</p>
      <p class="ds-paragraph cluster">
        {props.canCreate ? (
          <a class="ds-button" data-variant="primary" href="/library/new">
            {m.newItem}
          </a>
        ) : null}
        <a class="ds-link" href={feedHref}>
          {filter.theme ? m.themeFeed : m.feed}
        </a>
      </p>
      <form method="get" action="/library" class="library-filters" aria-label={m.filters}>
        <Select
          name="kind"
          label={m.kind}
          all={m.all}
          value={filter.kind}
          options={itemKinds.map((k) => ({ value: k, label: m[`kind.${k}`] }))}
        />
        <Select
          name="theme"
          label={m.theme}
          all={m.all}
          value={filter.theme}
          options={themes.map((t) => ({ value: t.key, label: t[ctx.locale] }))}
        />
        <Select
          name="language"
          label={m.language}
          all={m.all}
          value={filter.language}
          options={itemLanguages.map((l) => ({ value: l, label: m[`lang.${l}`] }))}
        />
        <div class="ds-field field">
          <label class="ds-label" for="filter-year">
            {m.year}
          </label>
          <input
            class="ds-input"
            id="filter-year"
            name="year"
            type="number"
            inputMode="numeric"
            value={filter.year ?? ''}
          />
        </div>
        <button type="submit" class="ds-button" data-variant="secondary">
          {ctx.t.filter}
        </button>
      </form>
      {props.items.length > 0 ? (
        <ItemCards items={props.items} m={m} locale={ctx.locale} staff={props.canCreate} />
      ) : (
        <p class="ds-paragraph">{m.empty}</p>
      )}
    </Layout>
  );
}
