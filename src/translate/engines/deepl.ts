import { createHash } from 'node:crypto';
import * as deepl from 'deepl-node';
import { inBatches, type BatchLimits } from '../segments.ts';
import { CachedLookup } from './http.ts';
import {
  EngineError,
  type EngineErrorCode,
  type EngineHealth,
  type EngineOutput,
  type LanguagePair,
  type TranslateOptions,
  type TranslationEngine,
} from '../types.ts';

export interface DeeplConfig {
  authKey: string;
  /** Defaults to DeepL's own (free or pro, from the key); tests point it at the local fake. */
  serverUrl?: string;
  /** DeepL refuses a bare "en" target. */
  englishVariant?: 'en-GB' | 'en-US';
  /** DeepL takes up to 50 texts and 128 KiB per request. */
  limits?: Partial<BatchLimits>;
  timeoutMs?: number;
}

const NAME = 'deepl';

/**
 * DeepL through deepl-node, with its own retries off: the chain decides what a 429 or a 5xx means (fall back,
 * or wait). DeepL documents no Retry-After, and deepl-node does not expose response headers, so a 429
 * becomes rate_limited without a delay.
 */
export class DeeplEngine implements TranslationEngine {
  readonly name = NAME;
  private readonly translator: deepl.Translator;
  private readonly limits: BatchLimits;
  private readonly glossaries = new Map<string, Promise<string>>();
  private readonly languages = new CachedLookup(() => this.fetchPairs());
  /** "es-en" for each pair DeepL takes glossaries for; filled with the pairs, empty until then. */
  private glossaryPairs = new Set<string>();

  constructor(private readonly config: DeeplConfig) {
    if (!config.authKey) throw new Error(`${NAME}: authKey is empty`);
    this.translator = new deepl.Translator(config.authKey, {
      ...(config.serverUrl ? { serverUrl: config.serverUrl } : {}),
      maxRetries: 0,
      minTimeout: config.timeoutMs ?? 30_000,
      sendPlatformInfo: false,
    });
    this.limits = { maxSegments: 50, maxChars: 100_000, ...config.limits };
  }

  nativeGlossary(from: string, to: string): boolean {
    return this.glossaryPairs.has(`${from}-${to}`);
  }

  pairs(): Promise<LanguagePair[]> {
    return this.languages.get();
  }

  async translate(segments: string[], from: string, to: string, options: TranslateOptions): Promise<EngineOutput> {
    const glossary = options.glossary && Object.keys(options.glossary).length > 0 ? await this.glossaryFor(from, to, options.glossary) : undefined;
    let billed = 0;
    const texts = await inBatches(segments, this.limits, async (batch) => {
      const results = await call(() =>
        this.translator.translateText(batch, from as deepl.SourceLanguageCode, this.target(to), {
          tagHandling: options.format === 'html' ? 'html' : undefined,
          ...(glossary ? { glossary } : {}),
        }),
      );
      if (results.length !== batch.length) throw new EngineError(NAME, 'bad_response', `${results.length} translations for ${batch.length} texts`);
      billed += results.reduce((n, r, k) => n + (r.billedCharacters ?? batch[k]!.length), 0);
      return results.map((r) => r.text);
    });
    return { texts, engine: NAME, route: [from, to], charsBilled: billed };
  }

  async health(): Promise<EngineHealth> {
    try {
      const usage = await call(() => this.translator.getUsage());
      const c = usage.character;
      if (!c) return { ok: true, detail: 'reachable; no character limit reported' };
      return { ok: c.count < c.limit, detail: `${c.count} of ${c.limit} characters used this billing period` };
    } catch (err) {
      return { ok: false, detail: (err as Error).message };
    }
  }

  async close(): Promise<void> {}

  private target(to: string): deepl.TargetLanguageCode {
    if (to === 'en') return this.config.englishVariant ?? 'en-GB';
    if (to === 'pt') return 'pt-PT';
    return to as deepl.TargetLanguageCode;
  }

  private async fetchPairs(): Promise<LanguagePair[]> {
    const [sources, targets] = await Promise.all([
      call(() => this.translator.getSourceLanguages()),
      call(() => this.translator.getTargetLanguages()),
    ]);
    // Without the glossary pairs the chain falls back to placeholders, which work for every pair.
    const glossaryPairs = await this.translator.getGlossaryLanguagePairs().catch(() => []);
    this.glossaryPairs = new Set(glossaryPairs.map((p) => `${p.sourceLang.toLowerCase()}-${p.targetLang.toLowerCase()}`));
    const to = [...new Set(targets.map((t) => t.code.split('-')[0]!.toLowerCase()))];
    return sources.flatMap((s) => {
      const from = s.code.split('-')[0]!.toLowerCase();
      return to.filter((t) => t !== from).map((t) => ({ from, to: t, route: [from, t] }));
    });
  }

  /** One glossary per pair and term list, found again by name so a restart does not create another. */
  private glossaryFor(from: string, to: string, terms: Record<string, string>): Promise<string> {
    const digest = createHash('sha256').update(JSON.stringify(Object.entries(terms).sort())).digest('hex').slice(0, 12);
    const name = `foreigndesk ${from}-${to} ${digest}`;
    let id = this.glossaries.get(name);
    if (!id) {
      id = (async () => {
        const existing = (await call(() => this.translator.listGlossaries())).find((g) => g.name === name && g.ready);
        if (existing) return existing.glossaryId;
        const created = await call(() =>
          this.translator.createGlossary(name, from as deepl.SourceLanguageCode, to as deepl.TargetLanguageCode, new deepl.GlossaryEntries({ entries: terms })),
        );
        return created.glossaryId;
      })();
      id.catch(() => this.glossaries.delete(name));
      this.glossaries.set(name, id);
    }
    return id;
  }
}

async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toEngineError(err);
  }
}

function toEngineError(err: unknown): EngineError {
  if (err instanceof EngineError) return err;
  const message = err instanceof Error ? err.message : String(err);
  let code: EngineErrorCode = 'bad_response';
  if (err instanceof deepl.AuthorizationError) code = 'auth';
  else if (err instanceof deepl.QuotaExceededError) code = 'quota_exceeded';
  else if (err instanceof deepl.TooManyRequestsError) code = 'rate_limited';
  else if (err instanceof deepl.ConnectionError) code = /timeout/i.test(message) ? 'timeout' : 'unavailable';
  else if (/Unexpected status code: 5\d\d|Service unavailable/.test(message)) code = 'unavailable';
  else if (/lang.*not supported/i.test(message)) code = 'unsupported_pair';
  return new EngineError(NAME, code, message);
}
