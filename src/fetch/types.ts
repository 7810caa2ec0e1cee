/** Options and results of the polite HTTP client (fetch/client.ts). */

export interface FetchLimits {
  connectTimeoutMs: number;
  /** Whole request, headers to last byte. */
  timeoutMs: number;
  /** Cap on the body, enforced on the wire and again after decompression. */
  maxBodyBytes: number;
  maxRedirects: number;
}

export interface FetchPoliteness {
  /** Requests in flight per host at once. */
  perHostConcurrency: number;
  /** Minimum delay between two requests to the same host (raised by robots.txt Crawl-delay). */
  perHostDelayMs: number;
  respectRobots: boolean;
  /** Longest backoff after 429/503 or repeated failures. */
  maxBackoffMs: number;
}

export interface FetchOptions {
  /** Validators from an earlier response, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  /** Skip robots.txt (used only for fetching robots.txt itself). */
  ignoreRobots?: boolean;
  signal?: AbortSignal;
}

export interface FetchResult {
  /** Final URL after redirects. */
  url: string;
  status: number;
  /** True on 304: body is empty and the caller keeps what it had. */
  notModified: boolean;
  headers: Record<string, string>;
  /** Decompressed body bytes. */
  body: Buffer;
  /** Media type without parameters, lower-case ("text/html"). */
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Seconds the response may be reused (Cache-Control max-age / s-maxage, Expires); null if unstated. */
  maxAgeSeconds: number | null;
  redirects: string[];
}

export type FetchErrorCode =
  | 'invalid_url'
  | 'blocked_address'
  | 'dns'
  | 'connect'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'redirect_loop'
  | 'robots_disallowed'
  | 'http_status'
  | 'decompression'
  | 'network';

/** Every failure of the client is one of these, naming the URL and what went wrong. */
export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    readonly url: string,
    message: string,
    readonly status?: number,
    /** Milliseconds the server asked us to wait (Retry-After), when it did. */
    readonly retryAfterMs?: number,
  ) {
    super(`${url}: ${message}`);
    this.name = 'FetchError';
  }
}
