import { inBatches, type BatchLimits } from '../segments.ts';
import {
  EngineError,
  type EngineHealth,
  type EngineOutput,
  type LanguagePair,
  type TranslateOptions,
  type TranslationEngine,
} from '../types.ts';
import { CachedLookup, DEFAULT_HTTP, answerError, clip, codeForStatus, joinUrl, parseJson, sendWithRetry, type HttpAnswer, type HttpRequest, type HttpSettings } from './http.ts';

interface Common {
  /** Defaults to https://translation.googleapis.com. */
  url?: string;
  /** Google advises at most 128 segments and about 30k code points per request. */
  limits?: Partial<BatchLimits>;
  http?: Partial<HttpSettings>;
}

export type GoogleConfig =
  | (Common & { version: 'v2'; apiKey: string })
  | (Common & {
      version: 'v3';
      project: string;
      location?: string;
      /** An OAuth 2 access token, or a function that returns a fresh one. */
      accessToken: string | (() => Promise<string>);
      /** Glossary resource (or id in this project and location) per pair, keyed "es-en". */
      glossaries?: Record<string, string>;
    });

const NAME = 'google';

export class GoogleEngine implements TranslationEngine {
  readonly name = NAME;
  private readonly base: string;
  private readonly limits: BatchLimits;
  private readonly http: HttpSettings;
  private readonly languages = new CachedLookup(() => this.fetchPairs());

  constructor(private readonly config: GoogleConfig) {
    if (config.version === 'v2' && !config.apiKey) throw new Error(`${NAME}: apiKey is empty (translation.google.apiKey)`);
    if (config.version === 'v3' && !config.project) throw new Error(`${NAME}: project is empty (translation.google.project)`);
    this.base = config.url ?? 'https://translation.googleapis.com';
    this.limits = { maxSegments: 128, maxChars: 30_000, ...config.limits };
    this.http = { ...DEFAULT_HTTP, ...config.http };
  }

  nativeGlossary(from: string, to: string): boolean {
    return this.config.version === 'v3' && this.config.glossaries?.[`${from}-${to}`] !== undefined;
  }

  pairs(): Promise<LanguagePair[]> {
    return this.languages.get();
  }

  async translate(segments: string[], from: string, to: string, options: TranslateOptions): Promise<EngineOutput> {
    let model: string | undefined;
    const texts = await inBatches(segments, this.limits, async (batch) => {
      const result = await this.request(batch, from, to, options);
      model ??= result.model;
      return result.texts;
    });
    const chars = segments.reduce((n, s) => n + s.length, 0);
    return { texts, engine: NAME, route: [from, to], charsBilled: chars, ...(model ? { model } : {}) };
  }

  async health(): Promise<EngineHealth> {
    try {
      const pairs = await this.languages.refresh();
      return { ok: pairs.length > 0, detail: `Cloud Translation ${this.config.version}: ${pairs.length} language pairs` };
    } catch (err) {
      return { ok: false, detail: (err as Error).message };
    }
  }

  async close(): Promise<void> {}

  private get v3Parent(): string {
    if (this.config.version !== 'v3') throw new Error('v3 only');
    return `projects/${this.config.project}/locations/${this.config.location ?? 'global'}`;
  }

  private async authorised(req: HttpRequest): Promise<HttpRequest> {
    if (this.config.version === 'v2') {
      const url = new URL(req.url);
      url.searchParams.set('key', this.config.apiKey);
      return { ...req, url: url.toString() };
    }
    const token = typeof this.config.accessToken === 'string' ? this.config.accessToken : await this.config.accessToken();
    return { ...req, headers: { ...req.headers, authorization: `Bearer ${token}` } };
  }

  private async call(req: HttpRequest, what: string): Promise<unknown> {
    const answer = await sendWithRetry(NAME, await this.authorised(req), this.http, (a) => toError(a, what));
    if (answer.status !== 200) throw toError(answer, what);
    return parseJson(NAME, answer, what);
  }

  private async fetchPairs(): Promise<LanguagePair[]> {
    let sources: string[];
    let targets: string[];
    if (this.config.version === 'v2') {
      const url = joinUrl(this.base, '/language/translate/v2/languages');
      const body = (await this.call({ method: 'GET', url }, 'GET languages')) as { data?: { languages?: { language?: unknown }[] } };
      const codes = (body.data?.languages ?? []).map((l) => l.language).filter((c): c is string => typeof c === 'string');
      sources = targets = codes;
    } else {
      const url = joinUrl(this.base, `/v3/${this.v3Parent}/supportedLanguages`);
      type Lang = { languageCode?: unknown; supportSource?: boolean; supportTarget?: boolean };
      const body = (await this.call({ method: 'GET', url }, 'GET supportedLanguages')) as { languages?: Lang[] };
      const langs = (body.languages ?? []).filter((l): l is Lang & { languageCode: string } => typeof l.languageCode === 'string');
      sources = langs.filter((l) => l.supportSource).map((l) => l.languageCode);
      targets = langs.filter((l) => l.supportTarget).map((l) => l.languageCode);
    }
    return sources.flatMap((from) => targets.filter((to) => to !== from).map((to) => ({ from, to, route: [from, to] })));
  }

  private async request(batch: string[], from: string, to: string, options: TranslateOptions): Promise<{ texts: string[]; model?: string }> {
    const signal = options.signal ? { signal: options.signal } : {};
    if (this.config.version === 'v2') {
      const json = { q: batch, source: from, target: to, format: options.format };
      const body = (await this.call({ method: 'POST', url: joinUrl(this.base, '/language/translate/v2'), json, ...signal }, 'POST translate')) as {
        data?: { translations?: { translatedText?: unknown }[] };
      };
      return { texts: texts(body.data?.translations, batch.length) };
    }
    const glossary = this.config.glossaries?.[`${from}-${to}`];
    const json = {
      contents: batch,
      sourceLanguageCode: from,
      targetLanguageCode: to,
      mimeType: options.format === 'html' ? 'text/html' : 'text/plain',
      ...(glossary ? { glossaryConfig: { glossary: glossary.includes('/') ? glossary : `${this.v3Parent}/glossaries/${glossary}` } } : {}),
    };
    const url = joinUrl(this.base, `/v3/${this.v3Parent}:translateText`);
    type Translation = { translatedText?: unknown; model?: unknown };
    const body = (await this.call({ method: 'POST', url, json, ...signal }, 'POST translateText')) as {
      translations?: Translation[];
      glossaryTranslations?: Translation[];
    };
    const chosen = glossary && body.glossaryTranslations ? body.glossaryTranslations : body.translations;
    const model = chosen?.[0]?.model;
    return { texts: texts(chosen, batch.length), ...(typeof model === 'string' ? { model } : {}) };
  }
}

function texts(translations: { translatedText?: unknown }[] | undefined, expected: number): string[] {
  const out = (translations ?? []).map((t) => t.translatedText);
  if (out.length !== expected || !out.every((t): t is string => typeof t === 'string')) {
    throw new EngineError(NAME, 'bad_response', `expected ${expected} translations, got ${clip(JSON.stringify(translations ?? null))}`);
  }
  return out;
}

interface GoogleError {
  code?: number;
  message?: string;
  status?: string;
  errors?: { reason?: string }[];
}

function readError(answer: HttpAnswer): GoogleError {
  try {
    const body = JSON.parse(answer.text) as { error?: GoogleError };
    if (body.error && typeof body.error === 'object') return body.error;
  } catch {
    // Proxies and load balancers answer in HTML; the status alone must then do.
  }
  return { message: clip(answer.text) };
}

function describe(answer: HttpAnswer): string {
  const e = readError(answer);
  return [e.status, e.message].filter(Boolean).join(': ');
}

function toError(answer: HttpAnswer, what: string): EngineError {
  const e = readError(answer);
  const reasons = (e.errors ?? []).map((r) => r.reason ?? '');
  const message = `${what}: HTTP ${answer.status} ${describe(answer)}`;
  let code = codeForStatus(answer.status);
  if (reasons.some((r) => /dailyLimitExceeded|quotaExceeded/.test(r)) || /per day|daily limit/i.test(e.message ?? '')) code = 'quota_exceeded';
  else if (e.status === 'UNAUTHENTICATED' || /API key not valid|missing a valid API key/i.test(e.message ?? '')) code = 'auth';
  else if (answer.status === 400 && /language/i.test(e.message ?? '')) code = 'unsupported_pair';
  return answerError(NAME, code, message, answer);
}
