import { format, formatDate, type Locale } from '../../../platform/i18n/index';
import type { LibraryMessages } from '../messages';
import type { LibraryItem } from '../model';
import { themeLabel } from '../themes';

/** The HTML lang of an item's text: Nynorsk is `nn`, the rest as stored. */
export const langOf = (item: Pick<LibraryItem, 'language'>) => item.language;

/** Kind, status (for staff) and publication date, as a line of tags. */
export function ItemMeta(props: {
  item: LibraryItem;
  m: LibraryMessages;
  locale: Locale;
  showStatus: boolean;
}) {
  const { item, m, locale } = props;
  return (
    <p class="ds-paragraph cluster" data-size="sm">
      <span class="ds-tag" data-color="neutral">
        {m[`kind.${item.kind}`]}
      </span>
      {props.showStatus ? (
        <span class="ds-tag" data-color={item.status === 'published' ? 'success' : 'warning'}>
          {m.status}: {m[`status.${item.status}`]}
        </span>
      ) : null}
      {item.audience === 'members' ? (
        <span class="ds-tag" data-color="info">
          {m['audience.members']}
        </span>
      ) : null}
      <span>{m[`lang.${item.language}`]}</span>
      {item.publishedAt ? (
        <span>{format(m.published, { date: formatDate(item.publishedAt, locale) })}</span>
      ) : null}
    </p>
  );
}

/** Themes as links to their lists. */
export function ThemeLinks(props: { themes: string[]; locale: Locale }) {
  return (
    <ul class="cluster library-themes">
      {props.themes.map((t) => (
        <li key={t}>
          <a class="ds-link" href={`/library?theme=${encodeURIComponent(t)}`}>
            {themeLabel(t, props.locale)}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function ItemCards(props: {
  items: LibraryItem[];
  m: LibraryMessages;
  locale: Locale;
  staff: boolean;
}) {
  return (
    <ul class="cards">
      {props.items.map((item) => (
        <li key={item.id} class="ds-card library-card">
          <h2 class="ds-heading" data-size="xs" lang={langOf(item)}>
            <a class="ds-link" href={`/library/${item.slug}`}>
              {item.title}
            </a>
          </h2>
          <ItemMeta item={item} m={props.m} locale={props.locale} showStatus={props.staff} />
          {item.summary ? (
            <p class="ds-paragraph" data-size="sm" lang={langOf(item)}>
              {item.summary}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
