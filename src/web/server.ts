import { readFileSync } from 'node:fs';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import pino from 'pino';
import type { Config } from '../config/schema.ts';
import type { Store } from '../store/index.ts';
import { ASSET_CACHE, SECURITY_HEADERS, sendCached } from './http.ts';
import { notFound } from './pages/errors.tsx';
import type { WebContext } from './render.ts';
import { apiRoutes } from './routes/api.ts';
import { feedRoutes } from './routes/feeds.ts';
import { siteRoutes } from './routes/site.ts';
import { siteInfo } from './site.ts';

export interface WebServerOptions {
  store: Store;
  config: Config;
  /** Server errors and start-up; requests are not logged (they would hold readers' addresses). Silent when absent. */
  log?: FastifyBaseLogger;
}

const CSS = readFileSync(new URL('./assets/site.css', import.meta.url));

/** The public site as a Fastify instance; the caller listens (or injects, in tests) and closes it. */
export function createWebServer(opts: WebServerOptions): FastifyInstance {
  const app: FastifyInstance = Fastify({ loggerInstance: opts.log ?? pino({ level: 'silent' }), routerOptions: { ignoreTrailingSlash: true }, logController: new LogController({ disableRequestLogging: true }), return503OnClosing: true });
  const web: WebContext = { published: opts.store.published, stories: opts.store.stories, site: siteInfo(opts.config) };

  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    return payload;
  });

  app.get('/healthz', async (_request, reply) => {
    await opts.store.published.ping();
    return reply.header('cache-control', 'no-store').send({ ok: true });
  });
  app.get('/assets/site.css', (request, reply) => sendCached(request, reply, CSS, { type: 'text/css; charset=utf-8', cache: ASSET_CACHE }));
  siteRoutes(app, web);
  feedRoutes(app, web);
  apiRoutes(app, web);
  app.setNotFoundHandler((request, reply) => notFound(web, request, reply));
  return app;
}
