import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FeedEntry } from '../../store/published.ts';
import { renderAtom } from '../feeds/atom.ts';
import { FEED_TYPES, type Feed } from '../feeds/feed.ts';
import { renderJsonFeed } from '../feeds/jsonfeed.ts';
import { renderRss } from '../feeds/rss.ts';
import { PAGE_CACHE, sendCached } from '../http.ts';
import { notFound } from '../pages/errors.tsx';
import type { WebContext } from '../render.ts';
import {
  NEWS_LIMIT,
  NEWS_SITEMAP_PATH,
  NEWS_WINDOW_MS,
  SITEMAP_TYPE,
  parseMonth,
  renderMonthSitemap,
  renderNewsSitemap,
  renderRobots,
  renderSitemapIndex,
} from '../sitemaps.ts';

export const FEED_SIZE = 50;

/**
 * A set of articles offered in the three feed formats under `base` (`${base}/feed.xml`, `/atom.xml`, `/feed.json`).
 * A category, source or language feed is one more scope: its base path, its title and its query.
 */
export interface FeedScope {
  base: string;
  title: (web: WebContext) => string;
  description: (web: WebContext) => string;
  entries: (web: WebContext) => Promise<FeedEntry[]>;
}

const SCOPES: FeedScope[] = [
  {
    base: '',
    title: (web) => web.site.name,
    description: (web) => web.site.tagline,
    entries: (web) => web.published.feedEntries({ limit: FEED_SIZE }),
  },
];

export const FORMATS = [
  { file: 'feed.xml', type: FEED_TYPES.rss, render: renderRss },
  { file: 'atom.xml', type: FEED_TYPES.atom, render: renderAtom },
  { file: 'feed.json', type: FEED_TYPES.json, render: renderJsonFeed },
];

export type FeedFormat = (typeof FORMATS)[number];

export async function feedOf(web: WebContext, scope: FeedScope): Promise<Feed> {
  const root = web.site.baseUrl + scope.base;
  return {
    title: scope.title(web),
    description: scope.description(web),
    baseUrl: web.site.baseUrl,
    home: scope.base === '' ? `${root}/` : root,
    links: { rss: `${root}/feed.xml`, atom: `${root}/atom.xml`, json: `${root}/feed.json` },
    entries: await scope.entries(web),
  };
}

const xmlReply = (request: FastifyRequest, reply: FastifyReply, body: string) => sendCached(request, reply, body, { type: SITEMAP_TYPE, cache: PAGE_CACHE });

/** What machines read: feeds, robots.txt and sitemaps. */
export function feedRoutes(app: FastifyInstance, web: WebContext): void {
  for (const scope of SCOPES) {
    for (const format of FORMATS) {
      app.get(`${scope.base}/${format.file}`, async (request, reply) =>
        sendCached(request, reply, format.render(await feedOf(web, scope)), { type: format.type, cache: PAGE_CACHE }),
      );
    }
  }
  app.get('/robots.txt', (request, reply) => sendCached(request, reply, renderRobots(web.site), { type: 'text/plain; charset=utf-8', cache: PAGE_CACHE }));
  app.get('/sitemap.xml', async (request, reply) => xmlReply(request, reply, renderSitemapIndex(web.site, await web.published.sitemapMonths())));
  app.get(NEWS_SITEMAP_PATH, async (request, reply) => {
    const since = new Date(Date.now() - NEWS_WINDOW_MS).toISOString();
    return xmlReply(request, reply, renderNewsSitemap(web.site, await web.published.publishedSince(since, { limit: NEWS_LIMIT })));
  });
  app.get<{ Params: { month: string } }>('/sitemaps/articles-:month.xml', async (request, reply) => {
    const month = parseMonth(request.params.month);
    const entries = month === null ? [] : await web.published.inMonth(month);
    if (entries.length === 0) return notFound(web, request, reply);
    return xmlReply(request, reply, renderMonthSitemap(web.site, entries));
  });
}
