import type { FastifyReply, FastifyRequest } from 'fastify';
import { articleIdOf } from '../../pipeline/publish.ts';
import { sendHtml } from '../http.ts';
import { renderPage, type WebContext } from '../render.ts';
import { ArticlePage } from '../views/ArticlePage.tsx';
import { youMayLike } from '../you-may-like.ts';
import { notFound, removed } from './errors.tsx';

const SIDE_BY_SIDE = 'side-by-side';

/** /YYYY/MM/DD/slug-ID: an old or mistyped slug or date for a live article redirects to its one path. */
export async function articleHandler(web: WebContext, request: FastifyRequest<{ Querystring: { view?: string } }>, reply: FastifyReply) {
  const path = request.url.split('?')[0]!;
  const id = articleIdOf(path.replace(/\/+$/, ''));
  if (id === null) return notFound(web, request, reply);
  const found = await web.published.lookup(id);
  if (found.status === 'missing') return notFound(web, request, reply);
  if (found.status === 'removed') return removed(web, request, reply);
  const a = found.article;
  const sideBySide = request.query.view === SIDE_BY_SIDE;
  if (path !== a.path) return reply.redirect(sideBySide ? `${a.path}?view=${SIDE_BY_SIDE}` : a.path, 301);
  const [story, alike, latest, trends] = await Promise.all([
    web.stories.ofArticle(a.id),
    web.stories.storyMateIds(a.id).then((excludeIds) => youMayLike(web, a, { limit: 5, excludeIds })),
    web.published.latest({ limit: 5, excludeId: a.id }),
    web.trends(),
  ]);
  return sendHtml(request, reply, renderPage(<ArticlePage site={web.site} article={a} sideBySide={sideBySide} alike={alike} latest={latest} trends={trends} story={story} />));
}
