import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../platform/http/access';
import { format, pickText } from '../../platform/i18n/index';
import { listVisibleEvents } from '../gatherings/index';
import { getProgrammeBySlug, listVisibleProgrammes, programmeAccess } from '../programmes/index';
import { atomFeed, itemTag, sitemap, type FeedEntry } from './feeds';
import { markdownToText } from './markdown';
import { libraryMessages } from './messages';
import type { LibraryItem } from './model';
import { authorNames } from './page-data';
import { listPublicItems } from './reads';
import { baseUrlOf } from './route-support';
import { isTheme, themeLabel } from './themes';

const FEED_SIZE = 50;

async function entries(request: FastifyRequest, items: LibraryItem[]): Promise<FeedEntry[]> {
  const base = baseUrlOf(request);
  const names = await authorNames(request.server.database.db, items);
  return items.map((item) => ({
    id: itemTag(base, item.id, item.createdAt),
    title: item.title,
    url: `${base}/library/${item.slug}`,
    updated: item.updatedAt,
    published: item.firstPublishedAt ?? item.publishedAt ?? item.createdAt,
    authors: names.get(item.id) ?? [],
    summary: item.summary || markdownToText(item.body).slice(0, 400),
    categories: item.themes.map((t) => ({ term: t, label: themeLabel(t, request.locale) })),
  }));
}

async function sendFeed(
  request: FastifyRequest,
  reply: FastifyReply,
  feed: { title: string; selfPath: string; pagePath: string; items: LibraryItem[] },
) {
  const base = baseUrlOf(request);
  const body = atomFeed({
    title: feed.title,
    selfUrl: `${base}${feed.selfPath}`,
    pageUrl: `${base}${feed.pagePath}`,
    language: request.locale,
    entries: await entries(request, feed.items),
    emptyUpdated: '2026-01-01T00:00:00.000Z',
  });
  return reply
    .type('application/atom+xml; charset=utf-8')
    .header('cache-control', 'public, max-age=300')
    .send(body);
}

/** Atom feeds of public items (all, per programme, per theme) and the sitemap of public pages. */
export async function feedRoutes(app: FastifyInstance) {
  const db = app.database.db;

  app.get('/library/feed.atom', { config: { access: 'public' } }, async (request, reply) => {
    const m = libraryMessages(request.locale);
    const items = await listPublicItems(db, { limit: FEED_SIZE });
    return sendFeed(request, reply, {
      title: m.feedTitle,
      selfPath: '/library/feed.atom',
      pagePath: '/library',
      items,
    });
  });

  app.get('/library/themes/:theme/feed.atom', { config: { access: 'public' } }, async (request, reply) => {
    const { theme } = request.params as { theme: string };
    if (!isTheme(theme)) throw notFound();
    const m = libraryMessages(request.locale);
    const items = await listPublicItems(db, { theme, limit: FEED_SIZE });
    return sendFeed(request, reply, {
      title: format(m.themeFeedTitle, { theme: themeLabel(theme, request.locale) }),
      selfPath: `/library/themes/${theme}/feed.atom`,
      pagePath: `/library?theme=${theme}`,
      items,
    });
  });

  app.get('/programmes/:slug/library.atom', { config: { access: 'public' } }, async (request, reply) => {
    const { slug } = request.params as { slug: string };
    const programme = await getProgrammeBySlug(db, slug);
    if (!programme || !(await programmeAccess(db, request.user, programme.id)).canView) throw notFound();
    const m = libraryMessages(request.locale);
    const items = await listPublicItems(db, { programmeId: programme.id, limit: FEED_SIZE });
    return sendFeed(request, reply, {
      title: format(m.programmeFeedTitle, { programme: pickText(programme.title, request.locale) }),
      selfPath: `/programmes/${programme.slug}/library.atom`,
      pagePath: `/programmes/${programme.slug}`,
      items,
    });
  });

  app.get('/sitemap.xml', { config: { access: 'public' } }, async (request, reply) => {
    const base = baseUrlOf(request);
    // As an anonymous visitor sees the site, whoever asks: a sitemap lists public pages only.
    const [items, programmes, events] = await Promise.all([
      listPublicItems(db, { limit: 10_000 }),
      listVisibleProgrammes(db, null),
      listVisibleEvents(db, null),
    ]);
    const body = sitemap([
      { loc: `${base}/library` },
      { loc: `${base}/programmes` },
      { loc: `${base}/events` },
      ...items.map((i) => ({ loc: `${base}/library/${i.slug}`, lastmod: i.updatedAt })),
      ...programmes.map((p) => ({ loc: `${base}/programmes/${p.slug}`, lastmod: p.updatedAt })),
      ...events.map((e) => ({ loc: `${base}/events/${e.id}`, lastmod: e.updatedAt })),
    ]);
    return reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(body);
  });
}
