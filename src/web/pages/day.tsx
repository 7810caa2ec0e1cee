import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendHtml } from '../http.ts';
import { renderPage, type WebContext } from '../render.ts';
import { DayPage } from '../views/DayPage.tsx';
import { notFound } from './errors.tsx';

export const PAGE_SIZE = 50;

/** "2021-03-26" when it is a real calendar day, else null. */
export function parseDay(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text) ? text : null;
}

/** 1 when absent; null when not a whole number from 1. */
export function parsePage(text: string | undefined): number | null {
  if (text === undefined) return 1;
  return /^[1-9]\d{0,5}$/.test(text) ? Number(text) : null;
}

export async function dayHandler(web: WebContext, request: FastifyRequest<{ Params: { day: string }; Querystring: { page?: string } }>, reply: FastifyReply) {
  const day = parseDay(request.params.day);
  const page = parsePage(request.query.page);
  if (day === null || page === null) return notFound(web, request, reply);
  const { items, total } = await web.published.onDay(day, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pages) return notFound(web, request, reply);
  return sendHtml(request, reply, renderPage(<DayPage site={web.site} day={day} items={items} page={page} pages={pages} total={total} />));
}
