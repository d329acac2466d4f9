import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownToText, renderMarkdown } from './markdown';

describe('item bodies in Markdown', () => {
  it('escapes raw HTML, so script and event handlers arrive as text', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\nText <b onclick="x()">b</b>',
    );
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<img/i);
    assert.doesNotMatch(html, /<b /i);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;/);
  });

  it('refuses javascript:, vbscript: and data: links and keeps http(s) ones', () => {
    const html = renderMarkdown(
      '[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](vbscript:msgbox) [d](data:text/html;base64,PHNjcmlwdD4=) [e](https://distriktssenteret.no) <javascript:alert(1)>',
    );
    assert.doesNotMatch(html, /href="(javascript|vbscript|data):/i);
    assert.match(html, /<a href="https:\/\/distriktssenteret\.no" rel="noopener noreferrer nofollow">e<\/a>/);
  });

  it('renders malformed Markdown as text without failing', () => {
    const html = renderMarkdown(
      '**unclosed *emph [link](\n\n```\nnever closed <i>\n\n> > > deep\n\n| a | b\n|--',
    );
    assert.match(html, /\*\*unclosed \*emph \[link\]\(/);
    assert.match(html, /never closed &lt;i&gt;/);
  });

  it('starts the body headings at h2 under the page title, and links bare addresses', () => {
    assert.match(renderMarkdown('# Top\n\n## Next'), /<h2>Top<\/h2>\n<h3>Next<\/h3>/);
    assert.match(renderMarkdown('Se https://reglab.se'), /<a href="https:\/\/reglab\.se"/);
  });

  it('reduces Markdown to plain text for search and feeds', () => {
    assert.equal(
      markdownToText('## Funn\n\n**Pendling** øker, se [rapporten](https://x.no).'),
      'Funn\nPendling øker, se rapporten.',
    );
  });
});
