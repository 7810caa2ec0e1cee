import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendHtml } from '../http.ts';
import { renderPage, type WebContext } from '../render.ts';
import { AboutPage } from '../views/AboutPage.tsx';
import { PrivacyPage } from '../views/PrivacyPage.tsx';
import { SourcesPage } from '../views/SourcesPage.tsx';

export function aboutHandler(web: WebContext, request: FastifyRequest, reply: FastifyReply) {
  return sendHtml(request, reply, renderPage(<AboutPage site={web.site} />));
}

export function privacyHandler(web: WebContext, request: FastifyRequest, reply: FastifyReply) {
  return sendHtml(request, reply, renderPage(<PrivacyPage site={web.site} />));
}

export async function sourcesHandler(web: WebContext, request: FastifyRequest, reply: FastifyReply) {
  return sendHtml(request, reply, renderPage(<SourcesPage site={web.site} sources={await web.published.sources()} />));
}
