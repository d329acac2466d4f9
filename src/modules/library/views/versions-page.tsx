import { format, formatDateTime } from '../../../platform/i18n/index';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { libraryMessages } from '../messages';
import type { LibraryItem } from '../model';
import { MarkdownBody } from './markdown-body';
import { ItemMeta, langOf, ThemeLinks } from './parts';

export interface VersionRow {
  id: number;
  number: number;
  savedBy: string | null;
  savedAt: string;
}

/** The earlier versions of an item, newest first (editors only). */
export function VersionsPage(props: { ctx: PageContext; item: LibraryItem; versions: VersionRow[] }) {
  const { ctx, item } = props;
  const m = libraryMessages(ctx.locale);
  const title = format(m.versionsOf, { title: item.title });
  return (
    <Layout ctx={ctx} title={title}>
      <p class="ds-paragraph" data-size="sm">
        <a class="ds-link" href={`/library/${item.slug}`}>
          {m.backToItem}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      {props.versions.length === 0 ? (
        <p class="ds-paragraph">{m.noVersions}</p>
      ) : (
        <div class="table-scroll">
          <table class="ds-table" data-border="true">
            <caption>{m.versionsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.version}</th>
                <th scope="col">{m.savedAt}</th>
                <th scope="col">{m.savedBy}</th>
              </tr>
            </thead>
            <tbody>
              {props.versions.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    <a class="ds-link" href={`/library/${item.slug}/versions/${v.id}`}>
                      {`${m.version} ${v.number}`}
                    </a>
                  </th>
                  <td>{formatDateTime(v.savedAt, ctx.locale)}</td>
                  <td>{v.savedBy ?? m.unknownUser}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

/** One earlier version as it read then. */
export function VersionPage(props: {
  ctx: PageContext;
  slug: string;
  version: VersionRow;
  snapshot: LibraryItem;
}) {
  const { ctx, snapshot, version } = props;
  const m = libraryMessages(ctx.locale);
  const title = format(m.versionTitle, { number: String(version.number), title: snapshot.title });
  return (
    <Layout ctx={ctx} title={title}>
      <p class="ds-paragraph" data-size="sm">
        <a class="ds-link" href={`/library/${props.slug}/versions`}>
          {m.backToVersions}
        </a>
      </p>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <div class="ds-alert" data-color="info">
        <p class="ds-paragraph">
          {format(m.versionNote, {
            date: formatDateTime(version.savedAt, ctx.locale),
            name: version.savedBy ?? m.unknownUser,
          })}
        </p>
      </div>
      <ItemMeta item={snapshot} m={m} locale={ctx.locale} showStatus />
      {snapshot.summary ? (
        <p class="ds-paragraph library-summary" lang={langOf(snapshot)}>
          {snapshot.summary}
        </p>
      ) : null}
      <MarkdownBody source={snapshot.body} lang={langOf(snapshot)} />
      {snapshot.themes.length > 0 ? <ThemeLinks themes={snapshot.themes} locale={ctx.locale} /> : null}
    </Layout>
  );
}
