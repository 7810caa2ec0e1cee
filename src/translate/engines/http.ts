import { setTimeout as sleep } from 'node:timers/promises';
import { EngineError, type EngineErrorCode } from '../types.ts';

/** What the HTTP engines share: one request with a timeout, 429 handling, and status → EngineError mapping. */

export interface HttpSettings {
  timeoutMs: number;
  /** A 429 whose Retry-After is at most this long is waited out and the request sent once more. */
  maxRetryWaitMs: number;
}

export const DEFAULT_HTTP: HttpSettings = { timeoutMs: 30_000, maxRetryWaitMs: 5_000 };

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  json?: unknown;
  signal?: AbortSignal;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/** Sends once; a network failure or timeout becomes an EngineError, any HTTP status is returned. */
export async function send(engine: string, req: HttpRequest, settings: HttpSettings): Promise<HttpAnswer> {
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
  try {
    const res = await fetch(req.url, {
      method: req.method,
      headers: { ...(req.json === undefined ? {} : { 'content-type': 'application/json' }), ...req.headers },
      body: req.json === undefined ? undefined : JSON.stringify(req.json),
      signal,
    });
    return { status: res.status, headers: res.headers, text: await res.text() };
  } catch (err) {
    if (timeout.aborted) {
      throw new EngineError(engine, 'timeout', `no answer from ${safeUrl(req.url)} within ${settings.timeoutMs} ms`);
    }
    if (req.signal?.aborted) throw err;
    throw new EngineError(engine, 'unavailable', `${safeUrl(req.url)}: ${(err as Error).cause ?? (err as Error).message}`);
  }
}

/**
 * Sends, and on a 429 that the engine reads as a rate limit (not a spent quota) with a short enough Retry-After,
 * waits and sends once more. Other statuses are returned for the engine to read; a 429 that stays becomes the
 * engine's error with the server's delay attached.
 */
export async function sendWithRetry(
  engine: string,
  req: HttpRequest,
  settings: HttpSettings,
  toError: (answer: HttpAnswer) => EngineError,
): Promise<HttpAnswer> {
  const first = await send(engine, req, settings);
  if (first.status !== 429) return first;
  const err = toError(first);
  const wait = err.retryAfterMs;
  if (err.code !== 'rate_limited' || wait === undefined || wait > settings.maxRetryWaitMs) throw err;
  await sleep(wait, undefined, req.signal ? { signal: req.signal } : undefined);
  const second = await send(engine, req, settings);
  if (second.status !== 429) return second;
  throw toError(second);
}

/** An engine's error for an HTTP answer; a rate limit carries the server's Retry-After. */
export function answerError(engine: string, code: EngineErrorCode, message: string, answer: HttpAnswer): EngineError {
  return new EngineError(engine, code, message, code === 'rate_limited' ? retryAfterMs(answer.headers) : undefined);
}

/** Retry-After as delay-seconds or an HTTP date, in ms; undefined when absent or unreadable. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The usual meaning of a status for translation APIs; engines refine it from the body where the API says more. */
export function codeForStatus(status: number): EngineErrorCode {
  if (status === 401 || status === 403) return 'auth';
  if (status === 429) return 'rate_limited';
  if (status === 456) return 'quota_exceeded';
  if (status === 408 || status === 504) return 'timeout';
  if (status >= 500) return 'unavailable';
  return 'bad_response';
}

export function parseJson(engine: string, answer: HttpAnswer, what: string): unknown {
  try {
    return JSON.parse(answer.text);
  } catch {
    throw new EngineError(engine, 'bad_response', `${what}: HTTP ${answer.status}, body is not JSON: ${clip(answer.text)}`);
  }
}

export function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** The URL without its query, so API keys passed as ?key= never reach a log or an error message. */
export function safeUrl(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

/** A lookup kept once it succeeds; a failure is asked again on the next call, and `refresh` always asks anew. */
export class CachedLookup<T> {
  private pending: Promise<T> | null = null;

  constructor(private readonly load: () => Promise<T>) {}

  get(): Promise<T> {
    this.pending ??= this.load().catch((err: unknown) => {
      this.pending = null;
      throw err;
    });
    return this.pending;
  }

  refresh(): Promise<T> {
    this.pending = null;
    return this.get();
  }
}
