import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isLocale, type Locale } from '../../platform/i18n/index';
import { sendPage } from '../../platform/http/render';
import { pageContext } from '../../platform/views/page-context';
import { snippetToHtml } from '../../platform/search/index';
import { addApiPaths } from '../programmes/index';
import { searchOpenApi } from './openapi';
import { parseSearchParams, SearchParamError, type SearchParams } from './params';
import { runSearch } from './service';
import { SearchPage } from './views/search-page';

const open = { config: { access: 'public' as const } };

/** The search page and the search API; both public at the door, each result checked against the viewer. */
export async function searchRoutes(app: FastifyInstance) {
  const db = app.database.db;
  addApiPaths(searchOpenApi);

  app.get('/search', open, async (request, reply) => {
    const ctx = pageContext(request);
    let params: SearchParams;
    try {
      params = parseSearchParams(request.query as Record<string, unknown>);
    } catch (error) {
      if (!(error instanceof SearchParamError)) throw error;
      const q = (request.query as { q?: unknown }).q;
      const fallback = parseSearchParams({ q: typeof q === 'string' ? q.slice(0, 200) : '' });
      return sendPage(reply, SearchPage, { ctx, params: fallback, outcome: null, invalid: true }, 400);
    }
    // An empty box without filters shows the form only; with filters, a browsable list.
    const asked = params.q !== '' || Object.keys(params.filters).length > 0;
    const outcome = asked ? await runSearch(db, request.user, params, request.locale) : null;
    return sendPage(reply, SearchPage, { ctx, params, outcome });
  });

  app.get('/api/v1/search', open, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    let params: SearchParams;
    let locale: Locale;
    try {
      locale = apiLocale(request, query.lang);
      params = parseSearchParams(query);
    } catch (error) {
      if (!(error instanceof SearchParamError)) throw error;
      return reply
        .status(400)
        .send({ error: { status: 400, message: error.message, parameter: error.parameter } });
    }
    const { result, facets } = await runSearch(db, request.user, params, locale);
    return {
      total: result.total,
      items: result.items.map((hit) => ({
        type: hit.type,
        id: hit.id,
        title: hit.title,
        url: hit.url,
        snippet: snippetToHtml(hit.snippet),
        language: hit.language,
      })),
      facets,
    };
  });
}

/** `lang` names the language of labels (not a filter: `language` filters); else the caller's. */
function apiLocale(request: FastifyRequest, lang: unknown): Locale {
  if (lang === undefined) return request.locale;
  if (!isLocale(lang)) throw new SearchParamError('lang', 'lang must be one of: nb, sv, en');
  return lang;
}
