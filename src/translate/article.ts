import type { Attempt, EngineChain } from './chain.ts';
import type { Glossary } from './glossary.ts';
import { assessQuality, DEFAULT_QUALITY, type QualityConfig, type QualityReport } from './quality.ts';
import { htmlToText, planSegments, type ArticleText } from './segments.ts';

/**
 * The translation stage's core: an article's title, standfirst, blocks, captions and related headlines in,
 * the same shape in English out, with who translated it and how well. No database, no queue: the pipeline
 * runner loads, calls this, and saves.
 */

export interface TranslateDeps {
  chain: EngineChain;
  /** Global terms merged with the source's own (see mergeGlossaries). */
  glossary?: Glossary;
  /** Outlet names from source configuration, and any other names to write as they are. */
  keep?: string[];
  quality?: QualityConfig;
  /** Language of a text, as a BCP-47 primary subtag, or null when unsure; for the source-left check. */
  identify?: (text: string) => string | null;
  clock?: () => Date;
  signal?: AbortSignal;
}

export interface Provenance {
  /** "none" when the article was already in the target language. */
  engine: string;
  model?: string;
  /** Languages passed through, e.g. ['pt', 'es', 'en']. */
  route: string[];
  /** ISO 8601, UTC. */
  translatedAt: string;
  charsBilled: number;
  /** Segments served by translation memory, and segments sent to the engine. */
  fromMemory: number;
  sent: number;
  /** Engines passed over before the one that translated, and why. */
  attempts: Attempt[];
}

export interface TranslatedArticle extends ArticleText {
  from: string;
  to: string;
  provenance: Provenance;
  quality: QualityReport;
}

/** No engine can take the article now (budgets, rate limits, engines down) or at all (pair not served). */
export class TranslationDeferred extends Error {
  constructor(
    readonly reason: 'waiting' | 'unsupported',
    readonly attempts: Attempt[],
    readonly retryAt?: Date,
  ) {
    super(
      reason === 'unsupported'
        ? 'no configured engine serves this language pair'
        : `every engine is over budget, resting or down${retryAt ? ` until ${retryAt.toISOString()}` : ''}: ${summary(attempts)}`,
    );
    this.name = 'TranslationDeferred';
  }
}

export class TranslationFailed extends Error {
  constructor(readonly attempts: Attempt[]) {
    super(`every engine failed: ${summary(attempts)}`);
    this.name = 'TranslationFailed';
  }
}

function summary(attempts: Attempt[]): string {
  return attempts.map((a) => `${a.engine} ${a.code} (${a.detail})`).join('; ');
}

function primary(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

export async function translateArticle(article: ArticleText, from: string, to: string, deps: TranslateDeps): Promise<TranslatedArticle> {
  const now = (deps.clock ?? (() => new Date()))().toISOString();
  const plan = planSegments(article);
  const source = plan.segments.map(htmlToText);
  if (primary(from) === primary(to)) {
    return {
      ...article,
      from,
      to,
      provenance: { engine: 'none', route: [primary(from)], translatedAt: now, charsBilled: 0, fromMemory: 0, sent: 0, attempts: [] },
      quality: assessQuality({ from: primary(from), source, output: source, identify: () => null }, deps.quality),
    };
  }

  const result = await deps.chain.translate({
    segments: plan.segments,
    from: primary(from),
    to: primary(to),
    glossary: deps.glossary ?? {},
    keep: deps.keep ?? [],
    ...(deps.signal ? { signal: deps.signal } : {}),
  });
  if (result.status === 'waiting') throw new TranslationDeferred('waiting', result.attempts, result.retryAt);
  if (result.status === 'unsupported') throw new TranslationDeferred('unsupported', result.attempts);
  if (result.status === 'failed') throw new TranslationFailed(result.attempts);

  const quality = assessQuality(
    {
      from: primary(from),
      source,
      output: result.texts.map(htmlToText),
      placeholdersLost: result.placeholdersLost,
      replacedTerms: Object.keys(deps.glossary ?? {}),
      ...(result.unknownWords !== undefined ? { unknownWords: result.unknownWords } : {}),
      ...(deps.identify ? { identify: deps.identify } : {}),
    },
    deps.quality ?? DEFAULT_QUALITY,
  );
  return {
    ...plan.rebuild(result.texts),
    from,
    to,
    provenance: {
      engine: result.engine,
      ...(result.model ? { model: result.model } : {}),
      route: result.route,
      translatedAt: now,
      charsBilled: result.charsBilled,
      fromMemory: result.fromMemory,
      sent: result.sent,
      attempts: result.attempts,
    },
    quality,
  };
}
