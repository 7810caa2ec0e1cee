import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Config } from '../config/schema.ts';
import { articleIdOf } from '../pipeline/publish.ts';
import type { Store } from '../store/index.ts';
import { isBot, isPrefetch } from './bots.ts';
import { cacheFront, type CacheFront } from './cache-front.ts';
import { installPageCache } from './cached-responses.ts';
import { PageCache } from './page-cache.ts';
import { tooManyRequests } from './pages/errors.tsx';
import { installRateLimits } from './rate-limit.ts';
import { ReaderViews } from './reader-views.ts';
import { generationReader } from './site-generation-reader.ts';
import type { WebContext } from './render.ts';

/**
 * What keeps the site fast and fair, in the order it runs on a request: rate limits (/api/, /search), the page
 * cache with compression, and counting reader views of article pages once answered (200, or 304 from a
 * browser's own cache). Reader views still held in memory are written when the server closes. Returns the same
 * cache as a front for the server's request listener, which answers fresh hits without Fastify's routing.
 */
export function installSitePerformance(app: FastifyInstance, o: { store: Store; config: Config; web: WebContext; now: () => Date; log: FastifyBaseLogger }): CacheFront {
  const { web: settings } = o.config;
  const now = () => o.now().getTime();
  installRateLimits(app, { ...settings.rateLimit, now, page: (request, reply) => tooManyRequests(o.web, request, reply) });

  const cache = new PageCache(settings.pageCache.maxBytes);
  const generation = generationReader(o.store.siteGeneration, { recheckMs: settings.pageCache.otherWritersRecheck, now: () => performance.now() });
  installPageCache(app, { cache, generation, ttlMs: settings.pageCache.ttl, now });

  const views = new ReaderViews(o.store, { flushIntervalMs: settings.viewsFlushInterval, now: o.now, log: o.log });
  app.addHook('onResponse', (request, reply, done) => {
    if (request.method === 'GET' && (reply.statusCode === 200 || reply.statusCode === 304) && !isBot(request.headers['user-agent']) && !isPrefetch(request.headers)) {
      const q = request.url.indexOf('?');
      const id = articleIdOf(q === -1 ? request.url : request.url.slice(0, q));
      if (id !== null) views.count(id);
    }
    done();
  });
  app.addHook('onClose', () => views.close());
  app.decorate('readerViews', views);
  app.decorate('pageCache', cache);

  let closing = false;
  app.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  return cacheFront({ cache, generation, ttlMs: settings.pageCache.ttl, now, countView: (id) => views.count(id), closing: () => closing });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Reader views held in memory; `flush()` writes them now (tests, shutdown). */
    readerViews: ReaderViews;
    pageCache: PageCache;
  }
}
