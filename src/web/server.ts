import { readFileSync } from 'node:fs';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import pino from 'pino';
import type { Config } from '../config/schema.ts';
import type { Store } from '../store/index.ts';
import { serverWithCacheFront, type CacheFront } from './cache-front.ts';
import { ASSET_CACHE, SECURITY_HEADERS, sendCached } from './http.ts';
import { notFound } from './pages/errors.tsx';
import type { WebContext } from './render.ts';
import { apiRoutes } from './routes/api.ts';
import { feedRoutes } from './routes/feeds.ts';
import { listRoutes } from './routes/lists.ts';
import { siteRoutes } from './routes/site.ts';
import { siteInfo } from './site.ts';
import { installSitePerformance } from './site-performance.ts';
import { trendsProvider } from './trends.ts';

export interface WebServerOptions {
  store: Store;
  config: Config;
  /** Server errors and start-up; requests are not logged (they would hold readers' addresses). Silent when absent. */
  log?: FastifyBaseLogger;
  /** The clock for view hours, trends and cache ages; tests set it. */
  now?: () => Date;
}

const TRENDS_SHOWN = 5;
const CSS = readFileSync(new URL('./assets/site.css', import.meta.url));

/** The public site as a Fastify instance; the caller listens (or injects, in tests) and closes it. */
export function createWebServer(opts: WebServerOptions): FastifyInstance {
  let front: CacheFront = () => null;
  const trustProxy = opts.config.web.trustProxy;
  const app: FastifyInstance = Fastify({
    loggerInstance: opts.log ?? pino({ level: 'silent' }),
    routerOptions: { ignoreTrailingSlash: true },
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
    // request.ip (the rate limits' key) from X-Forwarded-For only for the proxies the operator named.
    trustProxy: typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    serverFactory: serverWithCacheFront(() => front),
  });
  const now = opts.now ?? (() => new Date());
  const web: WebContext = {
    published: opts.store.published,
    listings: opts.store.listings,
    search: opts.store.search,
    stories: opts.store.stories,
    site: siteInfo(opts.config),
    trends: trendsProvider(opts.store, { limit: TRENDS_SHOWN, refreshMs: opts.config.web.pageCache.ttl, now }),
  };

  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.headers(SECURITY_HEADERS);
    done(null, payload);
  });
  front = installSitePerformance(app, { store: opts.store, config: opts.config, web, now, log: app.log });

  app.get('/healthz', async (_request, reply) => {
    await opts.store.published.ping();
    return reply.header('cache-control', 'no-store').send({ ok: true });
  });
  app.get('/assets/site.css', (request, reply) => sendCached(request, reply, CSS, { type: 'text/css; charset=utf-8', cache: ASSET_CACHE }));
  siteRoutes(app, web);
  feedRoutes(app, web);
  listRoutes(app, web);
  apiRoutes(app, web);
  app.setNotFoundHandler((request, reply) => notFound(web, request, reply));
  return app;
}
