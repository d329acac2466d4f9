/**
 * Atom feeds (RFC 4287) and the sitemap (sitemaps.org 0.9), written as text: every value passes
 * through `xml()`, which escapes markup and drops characters XML 1.0 does not allow.
 */

export function xml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

export interface FeedEntry {
  /** A tag: URI (RFC 4151) that never changes, even if the slug or title does. */
  id: string;
  title: string;
  url: string;
  updated: string;
  published: string;
  authors: string[];
  summary: string;
  categories: { term: string; label: string }[];
}

export interface Feed {
  title: string;
  selfUrl: string;
  pageUrl: string;
  language: string;
  entries: FeedEntry[];
  /** When the feed has no entries, its `updated` (RFC 4287 requires one). */
  emptyUpdated: string;
}

/** The tag URI of an item: the site's host, the day the item was created, and its id. */
export function itemTag(baseUrl: string, itemId: number, createdAt: string): string {
  const host = new URL(baseUrl).hostname;
  return `tag:${host},${createdAt.slice(0, 10)}:library/item/${itemId}`;
}

function entryXml(e: FeedEntry): string {
  const authors = (e.authors.length > 0 ? e.authors : ['Samling'])
    .map((name) => `<author><name>${xml(name)}</name></author>`)
    .join('');
  const categories = e.categories
    .map((c) => `<category term="${xml(c.term)}" label="${xml(c.label)}"/>`)
    .join('');
  return [
    '<entry>',
    `<id>${xml(e.id)}</id>`,
    `<title type="text">${xml(e.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${xml(e.url)}"/>`,
    `<published>${xml(e.published)}</published>`,
    `<updated>${xml(e.updated)}</updated>`,
    authors,
    `<summary type="text">${xml(e.summary)}</summary>`,
    categories,
    '</entry>',
  ].join('');
}

/** The whole feed document. */
export function atomFeed(feed: Feed): string {
  const updated =
    feed.entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? feed.emptyUpdated;
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(feed.language)}">`,
    `<id>${xml(feed.selfUrl)}</id>`,
    `<title type="text">${xml(feed.title)}</title>`,
    `<updated>${xml(updated)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${xml(feed.pageUrl)}"/>`,
    '<author><name>Samling</name></author>',
    '<generator>Samling</generator>',
    ...feed.entries.map(entryXml),
    '</feed>\n',
  ].join('');
}

/** A sitemap of public pages; `lastmod` as a W3C date. */
export function sitemap(urls: { loc: string; lastmod?: string | null }[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(
      (u) =>
        `<url><loc>${xml(u.loc)}</loc>${u.lastmod ? `<lastmod>${xml(u.lastmod.slice(0, 10))}</lastmod>` : ''}</url>`,
    ),
    '</urlset>\n',
  ].join('');
}
