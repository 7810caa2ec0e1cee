import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface RateLimit {
  perMinute: number;
  burst: number;
}

const SWEEP_EVERY_MS = 60_000;

/**
 * Token buckets per client address, in memory only (never stored or logged). A full bucket is the same as no
 * bucket, so full ones are dropped every minute: an address is held only while it is being limited.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;
  private sweptAt = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
  ) {
    this.perMs = limit.perMinute / 60_000;
  }

  /** 0 when the request may go ahead (and is counted), else the seconds until it may. */
  take(key: string): number {
    const t = this.now();
    if (t - this.sweptAt >= SWEEP_EVERY_MS) this.sweep(t);
    const b = this.buckets.get(key);
    const tokens = b ? Math.min(this.limit.burst, b.tokens + (t - b.at) * this.perMs) : this.limit.burst;
    if (tokens >= 1) {
      this.buckets.set(key, { tokens: tokens - 1, at: t });
      return 0;
    }
    if (b) {
      b.tokens = tokens;
      b.at = t;
    }
    return Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000));
  }

  get held(): number {
    return this.buckets.size;
  }

  private sweep(t: number): void {
    this.sweptAt = t;
    for (const [key, b] of this.buckets) if (b.tokens + (t - b.at) * this.perMs >= this.limit.burst) this.buckets.delete(key);
  }
}

/** Which limit a path falls under: everything below /api/, and /search with anything below it. */
export function limitedSurface(path: string): 'api' | 'search' | null {
  if (path.startsWith('/api/')) return 'api';
  if (path === '/search' || path.startsWith('/search/') || path.startsWith('/search.')) return 'search';
  return null;
}

/**
 * Answers 429 with Retry-After once a client address has spent its bucket for the surface: JSON under /api/,
 * an HTML page elsewhere. Runs before the page cache, so a cached answer is limited too.
 */
export function installRateLimits(
  app: FastifyInstance,
  o: { api: RateLimit; search: RateLimit; now: () => number; page: (request: FastifyRequest, reply: FastifyReply, retryAfter: number) => unknown },
): void {
  const buckets = { api: new TokenBuckets(o.api, o.now), search: new TokenBuckets(o.search, o.now) };
  app.addHook('onRequest', (request, reply, done) => {
    const q = request.url.indexOf('?');
    const surface = limitedSurface(q === -1 ? request.url : request.url.slice(0, q));
    if (!surface) return done();
    const wait = buckets[surface].take(request.ip);
    if (wait === 0) return done();
    reply.code(429).header('retry-after', String(wait)).header('cache-control', 'no-store');
    if (surface === 'api') {
      reply.type('application/json; charset=utf-8').send(JSON.stringify({ error: { status: 429, message: `too many requests: try again in ${wait} s`, retryAfter: wait } }));
    } else o.page(request, reply, wait);
  });
}
