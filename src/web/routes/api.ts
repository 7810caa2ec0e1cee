import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cursorPage } from '../api/cursor.ts';
import { openApiDocument } from '../api/openapi.ts';
import { BadParameter, parseArticleQuery } from '../api/params.ts';
import { apiSearch } from '../api/search.ts';
import { articleDetail, listItem, sourceItem } from '../api/serialise.ts';
import { storyEndpoints } from '../api/stories.ts';
import { GONE_CACHE, PAGE_CACHE, type CachePolicy, sendCached } from '../http.ts';
import type { WebContext } from '../render.ts';

export const API_PREFIX = '/api/v1';
const JSON_TYPE = 'application/json; charset=utf-8';

function sendJson(request: FastifyRequest, reply: FastifyReply, value: unknown, o: { status?: number; cache?: CachePolicy } = {}) {
  // Public, read-only data: any site may read it from a browser.
  reply.header('access-control-allow-origin', '*');
  return sendCached(request, reply, JSON.stringify(value), { type: JSON_TYPE, status: o.status ?? 200, cache: o.cache ?? PAGE_CACHE });
}

function sendError(request: FastifyRequest, reply: FastifyReply, status: number, message: string, extra: Record<string, unknown> = {}) {
  return sendJson(request, reply, { error: { status, message, ...extra } }, { status, cache: status === 410 ? GONE_CACHE : PAGE_CACHE });
}

/** The JSON API under /api/v1: articles (filtered, cursor-paginated), one article with both texts, search, sources, stories, its OpenAPI document. */
export function apiRoutes(app: FastifyInstance, web: WebContext): void {
  const openapi = JSON.stringify(openApiDocument(web.site));
  app.register(
    async (api) => {
      api.get('/openapi.json', (request, reply) => sendCached(request, reply, openapi, { type: JSON_TYPE, cache: PAGE_CACHE }));

      api.get('/articles', async (request, reply) => {
        let query;
        try {
          query = parseArticleQuery(request.query as Record<string, unknown>);
        } catch (err) {
          if (err instanceof BadParameter) return sendError(request, reply, 400, err.message, { parameter: err.parameter });
          throw err;
        }
        const rows = await web.published.articlesPage({ ...query, limit: query.limit + 1 });
        const { items, next } = cursorPage(rows, query.limit, (last) => ({ date: last.publishedAt, id: last.id }));
        return sendJson(request, reply, { items: items.map((a) => listItem(web.site.baseUrl, a)), next });
      });

      api.get<{ Params: { id: string } }>('/articles/:id', async (request, reply) => {
        const { id } = request.params;
        if (!/^[1-9]\d{0,15}$/.test(id)) return sendError(request, reply, 404, `no article with id "${id}"`);
        const found = await web.published.lookup(Number(id));
        if (found.status === 'missing') return sendError(request, reply, 404, `no article with id ${id}`);
        if (found.status === 'removed') return sendError(request, reply, 410, `article ${id} was taken down`);
        return sendJson(request, reply, articleDetail(web.site.baseUrl, found.article));
      });

      api.get('/search', async (request, reply) => {
        const r = await apiSearch(web, request.query as Record<string, unknown>);
        return r.ok ? sendJson(request, reply, r.body) : sendError(request, reply, 400, r.message, { parameter: r.parameter });
      });

      api.get('/sources', async (request, reply) => sendJson(request, reply, { items: (await web.published.sources()).map(sourceItem) }));
      storyEndpoints(api, web, sendJson, sendError);

      api.setNotFoundHandler((request, reply) => sendError(request, reply, 404, `no such endpoint: ${request.method} ${request.url.split('?')[0]}`));
    },
    { prefix: API_PREFIX },
  );
}
