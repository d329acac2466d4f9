import { Layout } from './layout';
import type { PageContext } from './page-context';

/** A page that only says something: errors, confirmations. */
export function MessagePage(props: {
  ctx: PageContext;
  title: string;
  body: string;
  link?: { href: string; label: string };
}) {
  return (
    <Layout ctx={props.ctx} title={props.title}>
      <h1 class="ds-heading" data-size="lg">
        {props.title}
      </h1>
      <p class="ds-paragraph">{props.body}</p>
      <p class="ds-paragraph">
        <a class="ds-link" href={props.link?.href ?? '/'}>
          {props.link?.label ?? props.ctx.t.home}
        </a>
      </p>
    </Layout>
  );
}
