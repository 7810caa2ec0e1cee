import type { FastifyInstance } from 'fastify';
import { listFeedHandler, listHandler } from '../pages/lists.tsx';
import type { WebContext } from '../render.ts';
import { FORMATS } from './feeds.ts';

/**
 * Lists of articles and their feeds: /category/news/politics (any depth), /source/<id>, /language/<bcp47>,
 * /country/<alpha-2>, each with feed.xml, atom.xml and feed.json under it as the site-wide feeds are under /.
 */
export function listRoutes(app: FastifyInstance, web: WebContext): void {
  // A category path has as many segments as the category has levels: one wildcard, its last segment maybe a feed file.
  app.get<{ Params: { '*': string }; Querystring: { page?: string } }>('/category/*', (request, reply) => {
    const parts = request.params['*'].split('/').filter(Boolean);
    const format = FORMATS.find((f) => f.file === parts.at(-1));
    if (format) return listFeedHandler(web, request, reply, 'category', parts.slice(0, -1).join('/'), format);
    return listHandler(web, request, reply, 'category', parts.join('/'));
  });
  for (const kind of ['source', 'language', 'country'] as const) {
    app.get<{ Params: { key: string }; Querystring: { page?: string } }>(`/${kind}/:key`, (request, reply) => listHandler(web, request, reply, kind, request.params.key));
    for (const format of FORMATS) {
      app.get<{ Params: { key: string } }>(`/${kind}/:key/${format.file}`, (request, reply) => listFeedHandler(web, request, reply, kind, request.params.key, format));
    }
  }
}
