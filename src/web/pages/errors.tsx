import type { FastifyReply, FastifyRequest } from 'fastify';
import { GONE_CACHE, sendHtml } from '../http.ts';
import { renderPage, type WebContext } from '../render.ts';
import { ErrorPage } from '../views/ErrorPage.tsx';

export function notFound(web: WebContext, request: FastifyRequest, reply: FastifyReply) {
  return sendHtml(request, reply, renderPage(<ErrorPage site={web.site} status={404} path={request.url.split('?')[0]!} />), { status: 404 });
}

export function removed(web: WebContext, request: FastifyRequest, reply: FastifyReply) {
  return sendHtml(request, reply, renderPage(<ErrorPage site={web.site} status={410} path={request.url.split('?')[0]!} />), { status: 410, cache: GONE_CACHE });
}

/** The page for a client over its rate limit; never cached, so it goes straight out. */
export function tooManyRequests(web: WebContext, request: FastifyRequest, reply: FastifyReply) {
  return reply.type('text/html; charset=utf-8').send(renderPage(<ErrorPage site={web.site} status={429} path={request.url.split('?')[0]!} />));
}
