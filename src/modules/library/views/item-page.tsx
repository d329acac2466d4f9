import { format, formatDate, formatNumber } from '../../../platform/i18n/index';
import { Form, SubmitButton } from '../../../platform/views/form';
import { Layout } from '../../../platform/views/layout';
import type { PageContext } from '../../../platform/views/page-context';
import { libraryMessages, type LibraryMessages } from '../messages';
import type { LibraryItem } from '../model';
import type { ItemPageData, NamedLink } from '../page-data';
import { MarkdownBody } from './markdown-body';
import { ItemMeta, langOf, ThemeLinks } from './parts';

function LinkList(props: { title: string; links: NamedLink[] }) {
  if (props.links.length === 0) return null;
  return (
    <>
      <dt>{props.title}</dt>
      {props.links.map((l, i) => (
        <dd key={i}>
          {l.href ? (
            <a class="ds-link" href={l.href}>
              {l.name}
            </a>
          ) : (
            l.name
          )}
        </dd>
      ))}
    </>
  );
}

function Details(props: { item: LibraryItem; data: ItemPageData; m: LibraryMessages }) {
  const { item, data, m } = props;
  const ref = item.reference;
  return (
    <dl class="library-details">
      {data.authors.length > 0 ? (
        <>
          <dt>{m.authors}</dt>
          <dd>{data.authors.join('; ')}</dd>
        </>
      ) : null}
      {item.year != null ? (
        <>
          <dt>{m.year}</dt>
          <dd>{item.year}</dd>
        </>
      ) : null}
      {ref.publisher ? (
        <>
          <dt>{m.publisher}</dt>
          <dd>{ref.publisher}</dd>
        </>
      ) : null}
      {ref.doi ? (
        <>
          <dt>{m.doi}</dt>
          <dd>
            <a class="ds-link" href={`https://doi.org/${encodeURI(ref.doi)}`}>
              {ref.doi}
            </a>
          </dd>
        </>
      ) : null}
      {ref.url && /^https?:\/\//i.test(ref.url) ? (
        <>
          <dt>{m.url}</dt>
          <dd>
            <a class="ds-link" href={ref.url}>
              {ref.url}
            </a>
          </dd>
        </>
      ) : null}
      {item.tags.length > 0 ? (
        <>
          <dt>{m.tags}</dt>
          <dd>{item.tags.join(', ')}</dd>
        </>
      ) : null}
      <LinkList title={m.programmes} links={data.links.programmes} />
      <LinkList title={m.events} links={data.links.events} />
      <LinkList title={m.participants} links={data.links.participants} />
      <LinkList title={m.cases} links={data.links.cases} />
    </dl>
  );
}

function Workflow(props: { ctx: PageContext; item: LibraryItem; m: LibraryMessages; canPublish: boolean }) {
  const { ctx, item, m } = props;
  const base = `/library/${item.slug}`;
  return (
    <section aria-labelledby="workflow-heading" class="library-workflow">
      <h2 class="ds-heading" data-size="sm" id="workflow-heading">
        {m.workflow}
      </h2>
      <p class="ds-paragraph cluster">
        <a class="ds-button" data-variant="secondary" href={`${base}/edit`}>
          {m.edit}
        </a>
        <a class="ds-link" href={`${base}/versions`}>
          {m.versions}
        </a>
      </p>
      <div class="cluster">
        {item.status === 'draft' ? (
          <Form ctx={ctx} action={`${base}/review`}>
            <SubmitButton variant="secondary">{m.toReview}</SubmitButton>
          </Form>
        ) : null}
        {props.canPublish && item.status !== 'published' ? (
          <Form ctx={ctx} action={`${base}/publish`}>
            <SubmitButton>{m.publish}</SubmitButton>
          </Form>
        ) : null}
        {props.canPublish && item.status !== 'draft' ? (
          <Form ctx={ctx} action={`${base}/unpublish`}>
            <SubmitButton variant="secondary">{m.unpublish}</SubmitButton>
          </Form>
        ) : null}
      </div>
    </section>
  );
}

function Attachments(props: {
  ctx: PageContext;
  item: LibraryItem;
  data: ItemPageData;
  m: LibraryMessages;
  canEdit: boolean;
  problem?: string;
}) {
  const { ctx, item, data, m } = props;
  const base = `/library/${item.slug}`;
  if (data.attachments.length === 0 && !props.canEdit) return null;
  return (
    <section aria-labelledby="attachments-heading">
      <h2 class="ds-heading" data-size="sm" id="attachments-heading">
        {m.attachments}
      </h2>
      {data.attachments.length === 0 ? <p class="ds-paragraph">{m.noAttachments}</p> : null}
      <ul class="library-attachments">
        {data.attachments.map((a) => (
          <li key={a.id}>
            <a class="ds-link" href={`${base}/attachments/${a.id}`} download>
              {format(m.download, { name: a.filename })}
            </a>{' '}
            <span>({formatNumber(Math.max(1, Math.round(a.size / 1024)), ctx.locale)} kB)</span>
            {a.readable ? null : (
              <p class="ds-paragraph" data-size="sm">
                <span class="ds-tag" data-color="warning">
                  {m.unreadable}
                </span>
              </p>
            )}
            {props.canEdit ? (
              <Form ctx={ctx} action={`${base}/attachments/${a.id}/delete`} class="inline-form">
                <SubmitButton variant="tertiary">{`${m.remove}: ${a.filename}`}</SubmitButton>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
      {props.canEdit ? (
        <Form ctx={ctx} action={`${base}/attachments`} enctype="multipart/form-data" aria-label={m.upload}>
          <div class="ds-field field">
            <label class="ds-label" for="f-file">
              {m.file}
            </label>
            <p class="ds-paragraph field__hint" data-size="sm" id="f-file-hint">
              {m.fileHint}
            </p>
            <input
              class="ds-input"
              id="f-file"
              name="file"
              type="file"
              accept=".pdf,.docx,.txt,.md,application/pdf,text/plain"
              aria-describedby={props.problem ? 'f-file-hint f-file-error' : 'f-file-hint'}
              aria-invalid={props.problem ? 'true' : undefined}
            />
            {props.problem ? (
              <p class="ds-validation-message" data-color="danger" id="f-file-error">
                {props.problem}
              </p>
            ) : null}
          </div>
          <SubmitButton variant="secondary">{m.uploadButton}</SubmitButton>
        </Form>
      ) : null}
    </section>
  );
}

/** An item's page: the text, its details and links, attachments, and for staff the workflow. */
export function ItemPage(props: {
  ctx: PageContext;
  item: LibraryItem;
  data: ItemPageData;
  url: string;
  canEdit: boolean;
  canPublish: boolean;
  notice?: string;
  problem?: string;
}) {
  const { ctx, item, data } = props;
  const m = libraryMessages(ctx.locale);
  const head = (
    <>
      <meta property="og:title" content={item.title} />
      <meta property="og:description" content={item.summary || item.title} />
      <meta property="og:type" content="article" />
      <meta property="og:url" content={props.url} />
      <meta name="description" content={item.summary || item.title} />
      {item.publishedAt ? <meta property="article:published_time" content={item.publishedAt} /> : null}
      <link rel="canonical" href={props.url} />
    </>
  );
  return (
    <Layout ctx={ctx} title={item.title} head={head}>
      <p class="ds-paragraph" data-size="sm">
        <a class="ds-link" href="/library">
          {m.title}
        </a>
      </p>
      {props.notice ? (
        <div class="ds-alert" data-color="success" role="status">
          <p class="ds-paragraph">{props.notice}</p>
        </div>
      ) : null}
      {props.problem ? (
        <div class="ds-alert" data-color="danger" role="alert">
          <p class="ds-paragraph">{props.problem}</p>
        </div>
      ) : null}
      <article>
        <h1 class="ds-heading" data-size="lg" lang={langOf(item)}>
          {item.title}
        </h1>
        <ItemMeta item={item} m={m} locale={ctx.locale} showStatus={props.canEdit} />
        {item.publishedAt && data.publishedByName && props.canEdit ? (
          <p class="ds-paragraph" data-size="sm">
            {format(m.publishedBy, {
              date: formatDate(item.publishedAt, ctx.locale),
              name: data.publishedByName,
            })}
          </p>
        ) : null}
        {item.summary ? (
          <p class="ds-paragraph library-summary" lang={langOf(item)}>
            {item.summary}
          </p>
        ) : null}
        <MarkdownBody source={item.body} lang={langOf(item)} />
        {item.themes.length > 0 ? (
          <section aria-labelledby="themes-heading">
            <h2 class="ds-heading" data-size="sm" id="themes-heading">
              {m.themes}
            </h2>
            <ThemeLinks themes={item.themes} locale={ctx.locale} />
          </section>
        ) : null}
        <section aria-labelledby="details-heading">
          <h2 class="ds-heading" data-size="sm" id="details-heading">
            {m.details}
          </h2>
          <Details item={item} data={data} m={m} />
        </section>
      </article>
      <Attachments ctx={ctx} item={item} data={data} m={m} canEdit={props.canEdit} problem={props.problem} />
      {props.canEdit ? <Workflow ctx={ctx} item={item} m={m} canPublish={props.canPublish} /> : null}
    </Layout>
  );
}
