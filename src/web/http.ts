import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** How long a response may be reused: fresh for `maxAge` seconds, then served stale while a cache refreshes it. */
export interface CachePolicy {
  maxAge: number;
  staleWhileRevalidate: number;
}

export const PAGE_CACHE: CachePolicy = { maxAge: 60, staleWhileRevalidate: 600 };
export const GONE_CACHE: CachePolicy = { maxAge: 3600, staleWhileRevalidate: 86_400 };
export const ASSET_CACHE: CachePolicy = { maxAge: 3600, staleWhileRevalidate: 86_400 };

/**
 * No scripts at all, styles and images from this site only, never framed: a stored XSS that slipped past
 * sanitising still could not run, and readers' browsers make no third-party requests.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** True when the request's If-None-Match names `etag` (weak or strong) or is "*". */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/** Sends a body with its ETag and caching headers, or 304 when the client already holds it. */
export function sendCached(request: FastifyRequest, reply: FastifyReply, body: string | Buffer, o: { type: string; status?: number; cache: CachePolicy }) {
  const etag = etagOf(body);
  reply
    .header('etag', etag)
    .header('cache-control', `public, max-age=${o.cache.maxAge}, stale-while-revalidate=${o.cache.staleWhileRevalidate}`)
    .header('vary', 'accept-encoding');
  const status = o.status ?? 200;
  if (status === 200 && matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.code(status).type(o.type).send(body);
}

export function sendHtml(request: FastifyRequest, reply: FastifyReply, html: string, o: { status?: number; cache?: CachePolicy } = {}) {
  return sendCached(request, reply, html, { type: 'text/html; charset=utf-8', status: o.status ?? 200, cache: o.cache ?? PAGE_CACHE });
}
