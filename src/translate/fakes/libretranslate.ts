import { fakeTranslate, knowsLanguage } from './lexicon.ts';
import { startFake, type FakeAnswer, type FakeRequest, type FakeServer } from './server.ts';

/**
 * A LibreTranslate server as its API documents it: POST /translate (JSON or form; `q` a string or an array,
 * `source`, `target`, `format`, `api_key`) → `{"translatedText": …}`; GET /languages; errors as
 * `{"error": "..."}` with 400 (bad request or language), 403 (API key), 429 (limits), 500.
 */

export interface LibreFakeOptions {
  /** When set, requests must carry this api_key. */
  apiKey?: string;
  charLimit?: number;
  batchLimit?: number;
}

const LANGS = ['en', 'es', 'fr', 'de', 'pt'];

export function startLibreTranslateFake(options: LibreFakeOptions = {}): Promise<FakeServer> {
  return startFake(
    {
      handle(req) {
        if (req.method === 'GET' && req.path === '/languages') {
          return { status: 200, body: LANGS.map((code) => ({ code, name: code, targets: LANGS.filter((t) => t !== code) })) };
        }
        if (req.method === 'POST' && req.path === '/translate') return translate(req, options);
        return { status: 404, body: { error: 'Not Found' } };
      },
      faultAnswer(fault): FakeAnswer {
        if (fault.kind === 'rate_limited') {
          const headers: Record<string, string> =
            fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
          return { status: 429, body: { error: 'Too many request limits violations' }, headers };
        }
        if (fault.kind === 'quota') return { status: 429, body: { error: 'Daily character limit exceeded' } };
        const status = fault.kind === 'server_error' ? (fault.status ?? 500) : 500;
        return { status, body: { error: 'Cannot translate text: model failed to load' } };
      },
    },
    { isTranslate: (r) => r.path === '/translate', segmentsOf: (r) => qOf(r) },
  );
}

function params(req: FakeRequest): Record<string, unknown> {
  if (req.json && typeof req.json === 'object') return req.json as Record<string, unknown>;
  return Object.fromEntries(req.form ?? []);
}

function qOf(req: FakeRequest): string[] {
  const q = params(req).q;
  return Array.isArray(q) ? (q as string[]) : typeof q === 'string' ? [q] : [];
}

function translate(req: FakeRequest, options: LibreFakeOptions): FakeAnswer {
  const p = params(req);
  if (options.apiKey !== undefined && p.api_key !== options.apiKey) {
    return { status: 403, body: { error: p.api_key ? 'Invalid API key' : 'Visit the portal to get an API key' } };
  }
  if (p.q === undefined) return { status: 400, body: { error: 'Invalid request: missing q parameter' } };
  for (const key of ['source', 'target'] as const) {
    if (typeof p[key] !== 'string') return { status: 400, body: { error: `Invalid request: missing ${key} parameter` } };
  }
  const source = p.source as string;
  const target = p.target as string;
  if (!knowsLanguage(source) && source !== 'auto') return { status: 400, body: { error: `${source} is not supported` } };
  if (!LANGS.includes(target)) return { status: 400, body: { error: `${target} is not supported` } };
  const q = qOf(req);
  if (options.batchLimit !== undefined && q.length > options.batchLimit) {
    return { status: 400, body: { error: `Invalid request: request (${q.length}) exceeds text limit (${options.batchLimit})` } };
  }
  const chars = q.reduce((n, s) => n + s.length, 0);
  if (options.charLimit !== undefined && chars > options.charLimit) {
    return { status: 400, body: { error: `Invalid request: request (${chars}) exceeds text limit (${options.charLimit})` } };
  }
  const out = q.map((s) => fakeTranslate(s, source));
  return { status: 200, body: { translatedText: Array.isArray(p.q) ? out : out[0] } };
}
