import MarkdownIt from 'markdown-it';

/**
 * Item bodies are Markdown. `html: false` makes markdown-it escape any raw HTML (so `<script>` or
 * `<img onerror>` arrive as text), and its default validateLink refuses javascript:, vbscript:,
 * file: and most data: URLs, leaving such a link as plain text. Linkify turns bare URLs into links.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

// Links written by editors open normally, but never hand the reader's session to the target page.
const defaultLinkOpen =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  if (/^https?:/i.test(String(token.attrGet('href') ?? '')))
    token.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/**
 * The body as safe HTML: only markup markdown-it itself makes, every text escaped. The page's title
 * is its only h1, so the body's highest heading becomes h2 and the rest follow (WCAG 1.3.1).
 */
export function renderMarkdown(source: string): string {
  const env = {};
  const tokens = md.parse(source, env);
  const headings = tokens.filter((t) => t.type === 'heading_open' || t.type === 'heading_close');
  const top = Math.min(...headings.map((t) => Number(t.tag.slice(1))));
  for (const t of headings) t.tag = `h${Math.min(6, Number(t.tag.slice(1)) - top + 2)}`;
  return md.renderer.render(tokens, md.options, env);
}

type Token = ReturnType<typeof md.parse>[number];

function collect(tokens: Token[], out: string[]) {
  for (const token of tokens) {
    if (token.children) collect(token.children, out);
    else if (token.type === 'text' || token.type === 'code_inline') out.push(token.content);
    else if (token.type === 'code_block' || token.type === 'fence') out.push(token.content);
    else if (token.type === 'softbreak' || token.type === 'hardbreak') out.push(' ');
    if (token.block && token.nesting === -1) out.push('\n');
  }
}

/** The body as plain text, for the search index, feeds' summaries and e-mails. */
export function markdownToText(source: string): string {
  const out: string[] = [];
  collect(md.parse(source, {}), out);
  return out
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
