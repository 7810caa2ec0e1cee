import { createHash } from 'node:crypto';
import type { Budgets, BudgetUsage } from './budget.ts';
import { nothingToTranslate, protect, restore, type Glossary } from './glossary.ts';
import type { TranslationMemory } from './memory.ts';
import { EngineError, type EngineErrorCode, type EngineHealth, type LanguagePair, type TranslationEngine } from './types.ts';

/**
 * The engine chain: engines in configured order; the first that serves the pair, is healthy, is not resting
 * after a 429 or a spent quota, and has budget left translates. On failure the next is tried. Every engine
 * gets the same protection (glossary, kept names, numbers, URLs, e-mail) and the same memory in front of it.
 */

export interface ChainOptions {
  engines: TranslationEngine[];
  memory: TranslationMemory;
  budgets: Budgets;
  /** How long a health answer, or an engine found down, is trusted. */
  healthTtlMs?: number;
  /** How long a rate-limited engine rests when the server named no delay. */
  rateLimitRestMs?: number;
  /** How long an engine whose quota is spent rests before it is asked again. */
  quotaRestMs?: number;
  clock?: () => Date;
}

export interface ChainRequest {
  /** Inline HTML segments. */
  segments: string[];
  from: string;
  to: string;
  glossary: Glossary;
  /** Names written the same in every language (outlet names): never translated. */
  keep: string[];
  signal?: AbortSignal;
}

export type AttemptCode = EngineErrorCode | 'budget' | 'unhealthy' | 'resting';

export interface Attempt {
  engine: string;
  code: AttemptCode;
  detail: string;
  /** When this engine may serve again, if that is known. */
  retryAt?: Date;
}

export interface ChainSuccess {
  status: 'translated';
  texts: string[];
  engine: string;
  model?: string;
  route: string[];
  charsBilled: number;
  /** Segments served from memory (or repeated within the request) instead of sent. */
  fromMemory: number;
  sent: number;
  placeholdersLost: number;
  unknownWords?: number;
  /** Engines passed over before this one, and why. */
  attempts: Attempt[];
}

export type ChainResult =
  | ChainSuccess
  /** Every engine for the pair is over budget, resting or down: try again later (at retryAt if known). */
  | { status: 'waiting'; retryAt?: Date; attempts: Attempt[] }
  | { status: 'unsupported'; attempts: Attempt[] }
  | { status: 'failed'; attempts: Attempt[] };

export interface EngineReport {
  engine: string;
  health: EngineHealth;
  pairs: LanguagePair[];
  usage: BudgetUsage;
}

const WAITABLE: ReadonlySet<AttemptCode> = new Set(['budget', 'resting', 'unhealthy', 'rate_limited', 'quota_exceeded', 'unavailable', 'timeout']);

export class EngineChain {
  private readonly healthTtlMs: number;
  private readonly clock: () => Date;
  private readonly restingUntil = new Map<string, number>();
  private readonly health = new Map<string, { ok: boolean; detail: string; until: number }>();

  constructor(private readonly options: ChainOptions) {
    const names = options.engines.map((e) => e.name);
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice) throw new Error(`translation.engines lists "${twice}" twice`);
    this.healthTtlMs = options.healthTtlMs ?? 60_000;
    this.clock = options.clock ?? (() => new Date());
  }

  async translate(req: ChainRequest): Promise<ChainResult> {
    const attempts: Attempt[] = [];
    for (const engine of this.options.engines) {
      try {
        const result = await this.tryEngine(engine, req, attempts);
        if (result) return result;
      } catch (err) {
        if (req.signal?.aborted) throw err;
        attempts.push(this.failed(engine, err));
      }
    }
    if (attempts.every((a) => a.code === 'unsupported_pair')) return { status: 'unsupported', attempts };
    if (attempts.some((a) => WAITABLE.has(a.code))) {
      const times = attempts.flatMap((a) => (a.retryAt ? [a.retryAt.getTime()] : []));
      return { status: 'waiting', ...(times.length ? { retryAt: new Date(Math.min(...times)) } : {}), attempts };
    }
    return { status: 'failed', attempts };
  }

  /** Each engine's health, pairs and budget use, for `foreigndesk doctor`. */
  async report(): Promise<EngineReport[]> {
    return Promise.all(
      this.options.engines.map(async (engine) => {
        const health = await engine.health().catch((err: Error) => ({ ok: false, detail: err.message }));
        const pairs = health.ok ? await engine.pairs().catch(() => []) : [];
        return { engine: engine.name, health, pairs, usage: await this.options.budgets.usage(engine.name) };
      }),
    );
  }

  private async tryEngine(engine: TranslationEngine, req: ChainRequest, attempts: Attempt[]): Promise<ChainSuccess | null> {
    const { from, to } = req;
    const skip = (code: AttemptCode, detail: string, retryAt?: Date): null => {
      attempts.push({ engine: engine.name, code, detail, ...(retryAt ? { retryAt } : {}) });
      return null;
    };
    // Resting and health first: an engine known to be down is not asked for its pairs on every article.
    const now = this.clock().getTime();
    const resting = this.restingUntil.get(engine.name);
    if (resting !== undefined && resting > now) return skip('resting', 'resting after a rate limit or spent quota', new Date(resting));
    const health = await this.healthOf(engine, now);
    if (!health.ok) return skip('unhealthy', health.detail, new Date(health.until));
    const pair = (await engine.pairs()).find((p) => p.from === from && p.to === to);
    if (!pair) return skip('unsupported_pair', `${from}→${to} not served`);

    const native = engine.nativeGlossary?.(from, to) ?? false;
    const rules = { terms: native ? {} : req.glossary, keep: req.keep };
    const prepared = req.segments.map((s) => protect(s, rules));
    const wanted = prepared.flatMap((p, i) => (nothingToTranslate(p.html) ? [] : [i]));
    const nativeTerms = native && Object.keys(req.glossary).length > 0 ? req.glossary : undefined;
    const context = nativeTerms ? `glossary:${digest(nativeTerms)}` : '';
    const lookup = await this.options.memory.lookup(engine.name, from, to, wanted.map((i) => prepared[i]!.html), context);
    const chars = lookup.toSend.reduce((n, s) => n + s.length, 0);
    const budget = await this.options.budgets.check(engine.name, chars);
    if (!budget.ok) {
      return skip('budget', `${chars} more characters would pass the ${budget.period} budget (${budget.used} of ${budget.limit} used)`, budget.resumeAt);
    }

    let model: string | undefined;
    let route = pair.route;
    let charsBilled = 0;
    let unknownWords: number | undefined;
    let sentTexts: string[] = [];
    if (lookup.toSend.length > 0) {
      const out = await engine.translate(lookup.toSend, from, to, {
        format: 'html',
        ...(req.signal ? { signal: req.signal } : {}),
        ...(nativeTerms ? { glossary: nativeTerms } : {}),
      });
      if (out.texts.length !== lookup.toSend.length) {
        throw new EngineError(engine.name, 'bad_response', `${out.texts.length} translations for ${lookup.toSend.length} segments`);
      }
      await this.options.budgets.charge(engine.name, out.charsBilled);
      ({ model, route, charsBilled, unknownWords } = out);
      sentTexts = out.texts;
    }
    const translated = await lookup.complete(sentTexts);

    let placeholdersLost = 0;
    const texts = prepared.map((p) => p.html);
    wanted.forEach((i, k) => {
      texts[i] = translated[k]!;
    });
    const restored = texts.map((t, i) => {
      const r = restore(t, prepared[i]!.slots);
      placeholdersLost += r.lost;
      return r.html;
    });
    return {
      status: 'translated',
      texts: restored,
      engine: engine.name,
      ...(model ? { model } : {}),
      route,
      charsBilled,
      fromMemory: wanted.length - lookup.toSend.length,
      sent: lookup.toSend.length,
      placeholdersLost,
      ...(unknownWords !== undefined ? { unknownWords } : {}),
      attempts,
    };
  }

  private async healthOf(engine: TranslationEngine, now: number): Promise<{ ok: boolean; detail: string; until: number }> {
    const cached = this.health.get(engine.name);
    if (cached && cached.until > now) return cached;
    const h = await engine.health().catch((err: Error) => ({ ok: false, detail: err.message }));
    const entry = { ...h, until: now + this.healthTtlMs };
    this.health.set(engine.name, entry);
    return entry;
  }

  /** Records a failure and decides how long the engine is left alone. */
  private failed(engine: TranslationEngine, err: unknown): Attempt {
    const now = this.clock().getTime();
    if (!(err instanceof EngineError)) {
      return { engine: engine.name, code: 'bad_response', detail: err instanceof Error ? err.message : String(err) };
    }
    const attempt: Attempt = { engine: engine.name, code: err.code, detail: err.message };
    if (err.code === 'rate_limited' || err.code === 'quota_exceeded') {
      const rest = err.code === 'rate_limited' ? (err.retryAfterMs ?? this.options.rateLimitRestMs ?? 60_000) : (this.options.quotaRestMs ?? 3_600_000);
      this.restingUntil.set(engine.name, now + rest);
      attempt.retryAt = new Date(now + rest);
    } else if (err.code === 'unavailable' || err.code === 'timeout') {
      this.health.set(engine.name, { ok: false, detail: err.message, until: now + this.healthTtlMs });
      attempt.retryAt = new Date(now + this.healthTtlMs);
    }
    return attempt;
  }
}

function digest(glossary: Glossary): string {
  return createHash('sha256').update(JSON.stringify(Object.entries(glossary).sort())).digest('hex').slice(0, 16);
}
