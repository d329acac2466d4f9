import { renderMarkdown } from '../markdown';

/**
 * An item's Markdown body as HTML. This is the one place the app sets HTML itself: it is safe
 * because renderMarkdown (markdown-it with `html: false` and its default link validation) escapes
 * every raw tag and refuses javascript: and data: links, so only markup markdown-it makes from
 * Markdown can appear; markdown.test.ts shows script, event handlers and such links come out inert.
 */
export function MarkdownBody(props: { source: string; lang?: string }) {
  return (
    <div
      class="library-body"
      lang={props.lang}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(props.source) }}
    />
  );
}
