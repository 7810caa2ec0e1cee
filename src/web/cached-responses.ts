import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { compressOne, compressVariants, negotiateEncoding, type Encoding } from './compression.ts';
import type { CachedPage, PageCache } from './page-cache.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The site generation when a cacheable request arrived; -1 when its response is not to be cached. */
    siteGeneration: number;
  }
}

const COMPRESS_FROM_BYTES = 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|feed\+json|ld\+json))/;

/**
 * The page cache on the request path. A GET whose cached page is of the current site generation and younger than
 * `ttlMs` is answered from memory (304 when the client's ETag or date still holds) before routing runs any
 * handler; any other GET that a handler answers 200 with a public ETag is stored with its gzip and br variants.
 * Every other response above 1 KB is compressed as it goes out.
 */
export function installPageCache(app: FastifyInstance, o: { cache: PageCache; generation: () => number; ttlMs: number; now: () => number }): void {
  app.decorateRequest('siteGeneration', -1);

  app.addHook('onRequest', (request, reply, done) => {
    if (request.method !== 'GET') return done();
    const generation = o.generation();
    const entry = o.cache.get(request.url);
    if (entry && entry.generation === generation && o.now() - entry.storedAt < o.ttlMs) {
      o.cache.hits++;
      serveHit(request, reply, entry);
      return;
    }
    o.cache.misses++;
    request.siteGeneration = generation;
    done();
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.method !== 'GET' || reply.hasHeader('content-encoding') || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return done(null, payload);
    const etag = reply.getHeader('etag');
    const cacheControl = String(reply.getHeader('cache-control') ?? '');
    const encoding = negotiateEncoding(request.headers['accept-encoding']);
    if (request.siteGeneration >= 0 && reply.statusCode === 200 && typeof etag === 'string' && cacheControl.startsWith('public') && !reply.hasHeader('set-cookie')) {
      const entry = store(o, request.url, { body: Buffer.from(payload), etag, headers: ownHeaders(reply), generation: request.siteGeneration });
      reply.header('last-modified', entry.lastModified);
      return done(null, encoded(reply, entry, encoding));
    }
    const type = String(reply.getHeader('content-type') ?? '');
    if (encoding === 'identity' || reply.statusCode === 304 || Buffer.byteLength(payload) < COMPRESS_FROM_BYTES || !COMPRESSIBLE.test(type)) return done(null, payload);
    reply.header('content-encoding', encoding).header('vary', 'accept-encoding');
    if (typeof etag === 'string') reply.header('etag', variantEtag(etag, encoding));
    done(null, compressOne(Buffer.from(payload), encoding));
  });
}

/** Headers that belong to one answer, or that every answer gets anyway (security headers, added on send). */
const NOT_KEPT = new Set(['content-length', 'content-encoding', 'etag', 'last-modified', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

function ownHeaders(reply: FastifyReply): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined && !NOT_KEPT.has(name)) kept[name] = String(value);
  return kept;
}

function store(o: { cache: PageCache; now: () => number }, key: string, r: { body: Buffer; etag: string; headers: Record<string, string>; generation: number }): CachedPage {
  const previous = o.cache.peek(key);
  // The same bytes rendered again keep the date they were first seen with, so If-Modified-Since still holds.
  const lastModifiedMs = previous?.etag === r.etag ? previous.lastModifiedMs : Math.floor(o.now() / 1000) * 1000;
  const entry: CachedPage = { ...r, ...compressVariants(r.body), lastModifiedMs, lastModified: new Date(lastModifiedMs).toUTCString(), storedAt: o.now() };
  o.cache.set(key, entry);
  return entry;
}

function serveHit(request: FastifyRequest, reply: FastifyReply, entry: CachedPage): void {
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  reply.headers(entry.headers).header('etag', variantEtag(entry.etag, encoding)).header('vary', 'accept-encoding').header('last-modified', entry.lastModified);
  if (notModified(request.headers, entry)) {
    reply.removeHeader('content-type');
    reply.code(304).send();
    return;
  }
  reply.code(200).send(encoded(reply, entry, encoding));
}

function encoded(reply: FastifyReply, entry: CachedPage, encoding: Encoding): Buffer {
  if (encoding === 'identity') return entry.body;
  reply.header('content-encoding', encoding).header('etag', variantEtag(entry.etag, encoding));
  return encoding === 'br' ? entry.br : entry.gzip;
}

/** `"abc"` → `"abc-br"`: each encoding is its own representation, with its own strong ETag. */
export function variantEtag(etag: string, encoding: Encoding): string {
  return encoding === 'identity' ? etag : `${etag.slice(0, -1)}-${encoding === 'br' ? 'br' : 'gz'}"`;
}

/** If-None-Match (any encoding's ETag of these bytes) decides when present; else If-Modified-Since. */
export function notModified(headers: IncomingHttpHeaders, entry: CachedPage): boolean {
  const inm = headers['if-none-match'];
  if (inm) {
    const base = entry.etag.slice(0, -1);
    return inm.split(',').some((tag) => {
      const t = tag.trim().replace(/^W\//, '');
      return t === '*' || t === entry.etag || t === `${base}-br"` || t === `${base}-gz"`;
    });
  }
  const ims = headers['if-modified-since'];
  if (!ims) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && entry.lastModifiedMs <= since;
}
