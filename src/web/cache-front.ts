import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { FastifyServerOptions } from 'fastify';
import { articleIdOf } from '../pipeline/publish.ts';
import { isBot, isPrefetch } from './bots.ts';
import { notModified, variantEtag } from './cached-responses.ts';
import { negotiateEncoding, type Encoding } from './compression.ts';
import { SECURITY_HEADERS } from './http.ts';
import type { CachedPage, PageCache } from './page-cache.ts';
import { limitedSurface } from './rate-limit.ts';

/** Answers a request from the page cache and returns true, or returns false and leaves it untouched for Fastify. */
export type CacheFront = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Ready-made header lists of one cached page, per status and encoding, built on its first hit. */
interface Answers {
  articleId: number | null;
  headers: Map<string, string[]>;
}

const MEMO_LIMIT = 256;

/**
 * The page cache in front of Fastify: a fresh cached GET is answered straight from the `http` request listener,
 * with the same headers, validators, encodings and reader-view counting as the Fastify hooks in
 * `cached-responses.ts` and `site-performance.ts` give it, but without routing and hooks, which cost more than the
 * answer itself. Rate-limited surfaces (/api/, /search) always go through Fastify, so their limits still count
 * every request; so does everything once the server is closing (Fastify answers 503).
 */
export function cacheFront(o: {
  cache: PageCache;
  generation: () => number;
  ttlMs: number;
  now: () => number;
  countView: (articleId: number) => void;
  closing: () => boolean;
}): CacheFront {
  const prepared = new WeakMap<CachedPage, Answers>();
  const encodings = memo(negotiateEncoding);
  return (req, res) => {
    if (req.method !== 'GET' || o.closing()) return false;
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    if (limitedSurface(path)) return false;
    const entry = o.cache.get(url);
    if (!entry || entry.generation !== o.generation() || o.now() - entry.storedAt >= o.ttlMs) return false;
    o.cache.hits++;
    let answers = prepared.get(entry);
    if (!answers) {
      answers = { articleId: articleIdOf(path), headers: new Map() };
      prepared.set(entry, answers);
    }
    const encoding = encodings(req.headers['accept-encoding']);
    const status = notModified(req.headers, entry) ? 304 : 200;
    const key = `${status}${encoding}`;
    let headers = answers.headers.get(key);
    if (!headers) {
      headers = headerList(entry, encoding, status);
      answers.headers.set(key, headers);
    }
    res.writeHead(status, headers);
    res.end(status === 304 ? undefined : bodyOf(entry, encoding));
    if (answers.articleId !== null && !isBot(req.headers['user-agent']) && !isPrefetch(req.headers)) o.countView(answers.articleId);
    return true;
  };
}

/**
 * The `http.Server` Fastify runs on, with the cache front before Fastify's own handler, set up with the timeouts
 * Fastify gives the servers it makes itself. `front` is read on every request, so it may be installed after
 * Fastify is created.
 */
export function serverWithCacheFront(front: () => CacheFront): NonNullable<FastifyServerOptions['serverFactory']> {
  return (handler, options) => {
    const server: Server = createServer((req, res) => {
      if (!front()(req, res)) handler(req, res);
    });
    const { keepAliveTimeout, requestTimeout, connectionTimeout, maxRequestsPerSocket } = options;
    if (typeof keepAliveTimeout === 'number') server.keepAliveTimeout = keepAliveTimeout;
    if (typeof requestTimeout === 'number') server.requestTimeout = requestTimeout;
    if (typeof connectionTimeout === 'number') server.setTimeout(connectionTimeout);
    if (typeof maxRequestsPerSocket === 'number' && maxRequestsPerSocket > 0) server.maxRequestsPerSocket = maxRequestsPerSocket;
    return server;
  };
}

function headerList(entry: CachedPage, encoding: Encoding, status: 200 | 304): string[] {
  const all: Record<string, string> = { ...entry.headers, etag: variantEtag(entry.etag, encoding), vary: 'accept-encoding', 'last-modified': entry.lastModified, ...SECURITY_HEADERS };
  if (status === 304) delete all['content-type'];
  else {
    if (encoding !== 'identity') all['content-encoding'] = encoding;
    all['content-length'] = String(bodyOf(entry, encoding).length);
  }
  return Object.entries(all).flat();
}

function bodyOf(entry: CachedPage, encoding: Encoding): Buffer {
  return encoding === 'identity' ? entry.body : encoding === 'br' ? entry.br : entry.gzip;
}

/** A pure function of one header (Accept-Encoding) remembered for the few values clients send; forgotten all at once when full. */
function memo<T>(f: (value: string | undefined) => T): (value: string | undefined) => T {
  const seen = new Map<string | undefined, T>();
  return (value) => {
    let result = seen.get(value);
    if (result === undefined) {
      if (seen.size >= MEMO_LIMIT) seen.clear();
      result = f(value);
      seen.set(value, result);
    }
    return result;
  };
}
