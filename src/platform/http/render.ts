import type { FastifyReply } from 'fastify';
import { h, type FunctionComponent } from 'preact';
import { renderToString } from 'preact-render-to-string';

/**
 * Renders a page component with its props and sends it. Preact escapes every text and attribute
 * value, so data from users cannot become markup.
 */
export function sendPage<P extends object>(
  reply: FastifyReply,
  page: FunctionComponent<P>,
  props: P,
  status = 200,
) {
  const html = renderToString(h(page as FunctionComponent<object>, props));
  return reply.status(status).type('text/html; charset=utf-8').send(`<!doctype html>${html}`);
}

/** After a successful form post: see-other, so reloading the next page does not send the form again. */
export function seeOther(reply: FastifyReply, location: string) {
  return reply.redirect(location, 303);
}
