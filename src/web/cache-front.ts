import { createServer, maxHeaderSize, type IncomingHttpHeaders, type Server } from 'node:http';
import type { FastifyServerOptions } from 'fastify';
import { articleIdOf } from '../pipeline/publish.ts';
import { isBot, isPrefetch } from './bots.ts';
import { notModified, variantEtag } from './cached-responses.ts';
import { negotiateEncoding, type Encoding } from './compression.ts';
import { SECURITY_HEADERS } from './http.ts';
import type { CachedPage, PageCache } from './page-cache.ts';
import { limitedSurface } from './rate-limit.ts';
import { installSocketFront } from './socket-front.ts';

/** A cached page's answer to one request, ready to send: the same for every request with the same validators and encoding. */
export interface FrontAnswer {
  status: 200 | 304;
  /** Name, value, name, value…: the form `writeHead` takes without copying. */
  headers: string[];
  body: Buffer | undefined;
}

/**
 * The answer for a GET of `url` with these request headers from the page cache, counting the view as the Fastify
 * hooks would; null when the cache has no fresh page for it and Fastify must answer.
 */
export type CacheFront = (url: string, headers: IncomingHttpHeaders) => FrontAnswer | null;

/** Ready-made answers of one cached page, per status and encoding, built on its first hit. */
interface Answers {
  articleId: number | null;
  byKey: Map<string, FrontAnswer>;
}

const MEMO_LIMIT = 256;

/**
 * The page cache in front of Fastify: a fresh cached GET is answered with the same headers, validators, encodings
 * and reader-view counting as the Fastify hooks in `cached-responses.ts` and `site-performance.ts` give it, but
 * without routing and hooks, which cost more than the answer itself. Rate-limited surfaces (/api/, /search) always
 * go through Fastify, so their limits still count every request; so does everything once the server is closing
 * (Fastify answers 503).
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
  // Readers send few distinct user agents, and the bot rules are one long alternation: decided once per agent.
  const bots = memo(isBot);
  return (url, requestHeaders) => {
    if (o.closing()) return null;
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    if (limitedSurface(path)) return null;
    const entry = o.cache.get(url);
    if (!entry || entry.generation !== o.generation() || o.now() - entry.storedAt >= o.ttlMs) return null;
    o.cache.hits++;
    let answers = prepared.get(entry);
    if (!answers) {
      answers = { articleId: articleIdOf(path), byKey: new Map() };
      prepared.set(entry, answers);
    }
    const encoding = encodings(requestHeaders['accept-encoding']);
    const status = notModified(requestHeaders, entry) ? 304 : 200;
    const key = `${status}${encoding}`;
    let answer = answers.byKey.get(key);
    if (!answer) {
      answer = { status, headers: headerList(entry, encoding, status), body: status === 304 ? undefined : bodyOf(entry, encoding) };
      answers.byKey.set(key, answer);
    }
    if (answers.articleId !== null && !bots(requestHeaders['user-agent']) && !isPrefetch(requestHeaders)) o.countView(answers.articleId);
    return answer;
  };
}

/**
 * The `http.Server` Fastify runs on, with the cache front before Fastify's own handler — on the socket
 * (`socket-front.ts`) and again in the request listener for connections Node's parser has taken over — set up with
 * the timeouts Fastify gives the servers it makes itself. `front` is read on every request, so it may be installed after
 * Fastify is created.
 */
export function serverWithCacheFront(front: () => CacheFront): NonNullable<FastifyServerOptions['serverFactory']> {
  return (handler, options) => {
    const server: Server = createServer((req, res) => {
      let answer: FrontAnswer | null = null;
      try {
        if (req.method === 'GET') answer = front()(req.url ?? '/', req.headers);
      } catch {
        // A throwing front must not take the process down from the parser's callback: Fastify answers instead.
      }
      if (!answer) return handler(req, res);
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    });
    const { keepAliveTimeout, requestTimeout, connectionTimeout, maxRequestsPerSocket } = options;
    if (typeof keepAliveTimeout === 'number') server.keepAliveTimeout = keepAliveTimeout;
    if (typeof requestTimeout === 'number') server.requestTimeout = requestTimeout;
    if (typeof connectionTimeout === 'number') server.setTimeout(connectionTimeout);
    if (typeof maxRequestsPerSocket === 'number' && maxRequestsPerSocket > 0) server.maxRequestsPerSocket = maxRequestsPerSocket;
    // The socket lane counts no requests per connection, so a configured cap leaves every request to Node.
    else installSocketFront(server, { front, keepAliveMs: server.keepAliveTimeout, maxHeadBytes: maxHeaderSize });
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

/** A pure function of one header value, remembered for the few values clients send; forgotten all at once when full. */
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
