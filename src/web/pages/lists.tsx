import type { FastifyReply, FastifyRequest } from 'fastify';
import { PAGE_CACHE, sendCached, sendHtml } from '../http.ts';
import { listDescription, listFeedTitle, resolveList, type ListKind } from '../lists.ts';
import { renderPage, type WebContext } from '../render.ts';
import { FEED_SIZE, feedOf, type FeedFormat } from '../routes/feeds.ts';
import { ListPage } from '../views/ListPage.tsx';
import { PAGE_SIZE, parsePage } from './day.tsx';
import { notFound } from './errors.tsx';

type ListRequest = FastifyRequest<{ Querystring: { page?: string } }>;

/** A category, source, language or country page; the site's 404 for a list that does not exist or a page beyond its end. */
export async function listHandler(web: WebContext, request: ListRequest, reply: FastifyReply, kind: ListKind, key: string) {
  const page = parsePage(request.query.page);
  const list = page === null ? null : await resolveList(web, kind, key);
  if (page === null || list === null) return notFound(web, request, reply);
  const { items, total } = await web.listings.page(list.scope, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pages) return notFound(web, request, reply);
  return sendHtml(request, reply, renderPage(<ListPage site={web.site} list={list} items={items} page={page} pages={pages} total={total} />));
}

/** One list's newest articles in one feed format, under the list page's path. */
export async function listFeedHandler(web: WebContext, request: FastifyRequest, reply: FastifyReply, kind: ListKind, key: string, format: FeedFormat) {
  const list = await resolveList(web, kind, key);
  if (list === null) return notFound(web, request, reply);
  const feed = await feedOf(web, {
    base: list.path,
    title: () => listFeedTitle(web.site.name, list),
    description: () => listDescription(list),
    entries: () => web.listings.feedEntries(list.scope, { limit: FEED_SIZE }),
  });
  return sendCached(request, reply, format.render(feed), { type: format.type, cache: PAGE_CACHE });
}
