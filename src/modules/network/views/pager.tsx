import { format } from '../../../platform/i18n/index';
import type { PageContext } from '../../../platform/views/page-context';
import { messages } from '../messages';

/** "Showing 1–50 of 357" and previous/next links that keep the rest of the query. */
export function Pager(props: {
  ctx: PageContext;
  page: number;
  pageSize: number;
  total: number;
  query: Record<string, string>;
}) {
  const { ctx, page, pageSize, total } = props;
  const m = messages(ctx.locale);
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const params = new URLSearchParams(Object.entries(props.query).filter(([, v]) => v !== ''));
    params.set('page', String(p));
    return `?${params.toString()}`;
  };
  return (
    <nav aria-label={m.paging} class="cluster">
      {total > 0 ? (
        <p class="ds-paragraph" data-size="sm">
          {format(
            m.showing,
            { from: (page - 1) * pageSize + 1, to: Math.min(total, page * pageSize), total },
            ctx.locale,
          )}
        </p>
      ) : null}
      {page > 1 ? (
        <a class="ds-link" href={href(page - 1)} rel="prev">
          {m.previous}
        </a>
      ) : null}
      {page < lastPage ? (
        <a class="ds-link" href={href(page + 1)} rel="next">
          {m.next}
        </a>
      ) : null}
    </nav>
  );
}
