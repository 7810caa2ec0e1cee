import http from 'node:http';
import https from 'node:https';
import type { Config } from '../config/schema.ts';
import { AddressGuard } from './address-guard.ts';
import { maxAgeSeconds, retryAfterMs } from './cache-headers.ts';
import { HostQueue, type HostStatus } from './host-queue.ts';
import { RobotsCache } from './robots.ts';
import { exchange, type RawResponse } from './transport.ts';
import { FetchError, type FetchLimits, type FetchOptions, type FetchPoliteness, type FetchResult } from './types.ts';

/** The subset of a pino logger the client uses. */
export interface FetchLogger {
  debug(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export interface HttpClientOptions {
  userAgent: string;
  limits: FetchLimits;
  politeness: FetchPoliteness;
  allowPrivateNetworks: boolean | string[];
  logger?: FetchLogger;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/**
 * The polite, safe HTTP client every stage fetches through: robots.txt, per-host queue and backoff, SSRF guard on
 * every hop, manual redirects, conditional GET, and hard size and time limits.
 */
export class HttpClient {
  private readonly guard: AddressGuard;
  private readonly queue: HostQueue;
  private readonly robots: RobotsCache;
  private readonly agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

  constructor(private readonly opts: HttpClientOptions) {
    if (opts.limits.maxRedirects > 5) throw new Error(`fetch.maxRedirects: ${opts.limits.maxRedirects} is above the limit of 5`);
    this.guard = new AddressGuard(opts.allowPrivateNetworks);
    this.queue = new HostQueue(opts.politeness);
    this.robots = new RobotsCache((url) => this.get(url, { ignoreRobots: true, accept: 'text/plain,*/*;q=0.5' }), opts.userAgent);
  }

  static fromConfig(config: Config, logger?: FetchLogger): HttpClient {
    const f = config.fetch;
    return new HttpClient({
      userAgent: `${config.userAgent.product} (+${config.userAgent.contactUrl})`,
      limits: { connectTimeoutMs: f.connectTimeout, timeoutMs: f.timeout, maxBodyBytes: f.maxBodyBytes, maxRedirects: f.maxRedirects },
      politeness: {
        perHostConcurrency: f.perHostConcurrency,
        perHostDelayMs: f.perHostDelay,
        respectRobots: f.respectRobots,
        maxBackoffMs: f.maxBackoff,
      },
      allowPrivateNetworks: f.allowPrivateNetworks,
      logger,
    });
  }

  /** GET with redirects followed. Throws FetchError for every failure, including any non-2xx status but 304. */
  async get(url: string, options: FetchOptions = {}): Promise<FetchResult> {
    let current = parseHttpUrl(url, undefined, url, 'URL');
    const seen = new Set([current.href]);
    const redirects: string[] = [];
    for (;;) {
      const res = await this.hop(current, options);
      const location = res.headers['location'];
      if (REDIRECTS.has(res.status) && location) {
        if (redirects.length >= this.opts.limits.maxRedirects) {
          throw new FetchError('too_many_redirects', url, `more than ${this.opts.limits.maxRedirects} redirects (last ${current.href})`);
        }
        const next = parseHttpUrl(location, current, current.href, `redirect Location "${location}"`);
        if (seen.has(next.href)) throw new FetchError('redirect_loop', url, `redirect loop: ${current.href} → ${next.href} again`);
        seen.add(next.href);
        redirects.push(next.href);
        current = next;
        continue;
      }
      return this.result(current, res, options, redirects);
    }
  }

  /** The `Sitemap:` lines of an origin's robots.txt (fetched and cached as for any request). */
  sitemapsOf(origin: string): Promise<string[]> {
    return this.robots.sitemapsOf(origin);
  }

  hostStatus(host: string): HostStatus {
    return this.queue.hostStatus(host);
  }

  /** Closes kept-alive connections. */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private async hop(url: URL, options: FetchOptions): Promise<RawResponse> {
    let crawlDelayMs = 0;
    this.guard.checkLiteral(url);
    if (this.opts.politeness.respectRobots && !options.ignoreRobots) {
      const verdict = await this.robots.check(url);
      if (!verdict.allowed) throw new FetchError('robots_disallowed', url.href, verdict.reason ?? 'disallowed by robots.txt');
      crawlDelayMs = verdict.crawlDelayMs;
    }
    const headers: Record<string, string> = {
      'user-agent': this.opts.userAgent,
      accept: options.accept ?? DEFAULT_ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    const started = Date.now();
    const res = await this.queue.run(
      url.host,
      url.href,
      () => exchange(url, { headers, limits: this.opts.limits, guard: this.guard, agents: this.agents, signal: options.signal }),
      crawlDelayMs,
    );
    this.opts.logger?.debug({ url: url.href, status: res.status, bytes: res.body.length, duration_ms: Date.now() - started }, 'fetched');
    return res;
  }

  private result(url: URL, res: RawResponse, options: FetchOptions, redirects: string[]): FetchResult {
    const { status, headers } = res;
    if (status === 429 || status === 503) {
      const retryAfter = retryAfterMs(headers['retry-after']);
      const waitMs = this.queue.backOff(url.host, status, retryAfter);
      this.opts.logger?.warn({ url: url.href, status, backoff_ms: waitMs }, 'host backing off');
      throw new FetchError('http_status', url.href, `HTTP ${status}; backing off ${Math.ceil(waitMs / 1000)} s`, status, waitMs);
    }
    this.queue.succeeded(url.host);
    const notModified = status === 304;
    if (!notModified && (status < 200 || status > 299)) {
      throw new FetchError('http_status', url.href, `HTTP ${status}`, status, retryAfterMs(headers['retry-after']));
    }
    const contentType = headers['content-type']?.split(';')[0]?.trim().toLowerCase() || null;
    return {
      url: url.href,
      status,
      notModified,
      headers,
      body: res.body,
      contentType,
      etag: headers['etag'] ?? (notModified ? (options.etag ?? null) : null),
      lastModified: headers['last-modified'] ?? (notModified ? (options.lastModified ?? null) : null),
      maxAgeSeconds: maxAgeSeconds(headers),
      redirects,
    };
  }
}

function parseHttpUrl(text: string, base: URL | undefined, reportAs: string, context: string): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new FetchError('invalid_url', reportAs, `${context}: not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('invalid_url', reportAs, `${context}: only http and https are fetched, not ${url.protocol}`);
  }
  url.hash = '';
  return url;
}
