import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendHtml } from '../http.ts';
import { renderPage, type WebContext } from '../render.ts';
import { HomePage } from '../views/HomePage.tsx';

/** Stories seen within this long are "recent" for the home page. */
const STORIES_WINDOW_MS = 3 * 86_400_000;

export async function homeHandler(web: WebContext, request: FastifyRequest, reply: FastifyReply) {
  const [latest, categories, stories, trends] = await Promise.all([
    web.published.latest({ limit: 20 }),
    web.published.topByCategory({ perCategory: 4, window: 300 }),
    web.stories.biggest({ since: new Date(Date.now() - STORIES_WINDOW_MS).toISOString(), limit: 6, minOutlets: 2 }),
    web.trends(),
  ]);
  return sendHtml(request, reply, renderPage(<HomePage site={web.site} latest={latest} categories={categories} stories={stories} trends={trends} />));
}
