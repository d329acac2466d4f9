import type { FastifyReply, FastifyRequest } from 'fastify';
import { readDataVersion } from '../../platform/db/data-version';
import type { Db } from '../../platform/db/database';
import { PageCache, renderTemplate, sendTemplate, templateContext } from '../../platform/http/page-cache';
import { sendPage } from '../../platform/http/render';
import { pageContext } from '../../platform/views/page-context';
import { loadProgrammePage } from './page-data';
import { slugParam, visibleProgramme } from './route-support';
import { ProgrammePage } from './views/programme-page';

/**
 * GET /programmes/:slug. A visitor who is not logged in, on the page's plain address, sees what
 * depends only on the programme's data and the language: that page is rendered once per data
 * version (every write to the tables it shows changes the version, on any instance, see migration
 * 20261125-02) and served from memory until the version changes. The version is read from the
 * database on every request, so a write is visible on the very next one. Logged-in people, and
 * addresses with a query (?lang= also sets a cookie), are rendered for each request as before.
 */
export function programmePageHandler(db: Db, cache = new PageCache()) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const slug = slugParam(request);
    const cacheable = request.user == null && request.url === `/programmes/${slug}`;
    if (cacheable) {
      const key = `${request.locale} ${slug}`;
      // Read before the data: a page stored under this version is never older than the version.
      const version = await readDataVersion(db);
      const cached = cache.get(key, version);
      if (cached) return sendTemplate(request, reply, cached);
      const { programme, access } = await visibleProgramme(request, slug);
      const data = await loadProgrammePage(db, programme, access);
      const template = renderTemplate(ProgrammePage, { ctx: templateContext(request), data });
      if (programme.visibility === 'public') cache.set(key, version, template);
      return sendTemplate(request, reply, template);
    }
    const { programme, access } = await visibleProgramme(request, slug);
    const orgQuery = String((request.query as { org_q?: unknown }).org_q ?? '').slice(0, 100);
    const data = await loadProgrammePage(db, programme, access, orgQuery);
    return sendPage(reply, ProgrammePage, { ctx: pageContext(request), data });
  };
}
