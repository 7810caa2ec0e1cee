import { inBatches, type BatchLimits } from '../segments.ts';
import {
  EngineError,
  type EngineHealth,
  type EngineOutput,
  type LanguagePair,
  type TranslateOptions,
  type TranslationEngine,
} from '../types.ts';
import { CachedLookup, DEFAULT_HTTP, answerError, clip, codeForStatus, joinUrl, parseJson, sendWithRetry, type HttpAnswer, type HttpSettings } from './http.ts';

export interface LibreTranslateConfig {
  /** Base URL of the server, e.g. http://127.0.0.1:5000. */
  url: string;
  apiKey?: string;
  /** The server's batch_limit and char_limit; defaults stay under LibreTranslate's own. */
  limits?: Partial<BatchLimits>;
  http?: Partial<HttpSettings>;
}

const NAME = 'libretranslate';

export class LibreTranslateEngine implements TranslationEngine {
  readonly name = NAME;
  private readonly limits: BatchLimits;
  private readonly http: HttpSettings;
  private readonly languages = new CachedLookup(() => this.fetchPairs());

  constructor(private readonly config: LibreTranslateConfig) {
    if (!/^https?:\/\//.test(config.url)) throw new Error(`${NAME}: url must be an http(s) URL, got "${config.url}"`);
    this.limits = { maxSegments: 50, maxChars: 5000, ...config.limits };
    this.http = { ...DEFAULT_HTTP, ...config.http };
  }

  pairs(): Promise<LanguagePair[]> {
    return this.languages.get();
  }

  async translate(segments: string[], from: string, to: string, options: TranslateOptions): Promise<EngineOutput> {
    const texts = await inBatches(segments, this.limits, (batch) => this.request(batch, from, to, options));
    return { texts, engine: NAME, route: [from, to], charsBilled: segments.reduce((n, s) => n + s.length, 0) };
  }

  async health(): Promise<EngineHealth> {
    try {
      const pairs = await this.languages.refresh();
      return { ok: pairs.length > 0, detail: `${pairs.length} language pairs at ${this.config.url}` };
    } catch (err) {
      return { ok: false, detail: (err as Error).message };
    }
  }

  async close(): Promise<void> {}

  private async fetchPairs(): Promise<LanguagePair[]> {
    const answer = await sendWithRetry(NAME, { method: 'GET', url: joinUrl(this.config.url, '/languages') }, this.http, toError);
    if (answer.status !== 200) throw toError(answer);
    const body = parseJson(NAME, answer, 'GET /languages');
    if (!Array.isArray(body)) throw new EngineError(NAME, 'bad_response', `GET /languages: expected an array, got ${clip(answer.text)}`);
    return body.flatMap((lang: { code?: unknown; targets?: unknown }) =>
      typeof lang.code === 'string' && Array.isArray(lang.targets)
        ? lang.targets.filter((t): t is string => typeof t === 'string' && t !== lang.code).map((t) => ({ from: lang.code as string, to: t, route: [lang.code as string, t] }))
        : [],
    );
  }

  private async request(q: string[], source: string, target: string, options: TranslateOptions): Promise<string[]> {
    const json = { q, source, target, format: options.format, ...(this.config.apiKey ? { api_key: this.config.apiKey } : {}) };
    const answer = await sendWithRetry(
      NAME,
      { method: 'POST', url: joinUrl(this.config.url, '/translate'), json, ...(options.signal ? { signal: options.signal } : {}) },
      this.http,
      toError,
    );
    if (answer.status !== 200) throw toError(answer);
    const body = parseJson(NAME, answer, 'POST /translate') as { translatedText?: unknown };
    const out = body.translatedText;
    if (!Array.isArray(out) || out.length !== q.length || !out.every((t) => typeof t === 'string')) {
      throw new EngineError(NAME, 'bad_response', `POST /translate: expected translatedText as ${q.length} strings, got ${clip(answer.text)}`);
    }
    return out as string[];
  }
}

function describe(answer: HttpAnswer): string {
  try {
    const body = JSON.parse(answer.text) as { error?: unknown };
    if (typeof body.error === 'string') return body.error;
  } catch {
    // Not JSON: the raw text says what there is to say.
  }
  return clip(answer.text);
}

function toError(answer: HttpAnswer): EngineError {
  const message = describe(answer);
  let code = codeForStatus(answer.status);
  if (answer.status === 400 && /not supported/i.test(message)) code = 'unsupported_pair';
  return answerError(NAME, code, `HTTP ${answer.status}: ${message}`, answer);
}
