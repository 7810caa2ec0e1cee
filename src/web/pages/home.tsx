import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendHtml } from '../http.ts';
import { renderPage, type WebContext } from '../render.ts';
import { HomePage } from '../views/HomePage.tsx';

export async function homeHandler(web: WebContext, request: FastifyRequest, reply: FastifyReply) {
  const [latest, categories, trends] = await Promise.all([web.published.latest({ limit: 20 }), web.published.topByCategory({ perCategory: 4, window: 300 }), web.trends()]);
  return sendHtml(request, reply, renderPage(<HomePage site={web.site} latest={latest} categories={categories} trends={trends} />));
}
