import type { PipelineContext } from './context.ts';
import { translateStoredArticle } from './translate-article.ts';

export interface TranslatePassOptions {
  sourceIds?: string[];
  since?: Date;
  /** Translate again articles whose translation is current. */
  retranslate?: boolean;
  /** Ask again about articles whose next attempt is not due yet. */
  ignoreSchedule?: boolean;
  /** Articles taken in this pass; the rest wait for the next. */
  limit?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface TranslatePassReport {
  translated: number;
  passedThrough: number;
  waiting: number;
  unsupported: number;
  failed: number;
  /** Held back from publishing by the quality check. */
  held: number;
  charsByEngine: Record<string, number>;
  memory: { hits: number; misses: number; hitRate: number };
  firstError: string | null;
}

const DEFAULT_LIMIT = 200;

/** One pass over the articles that need translating, newest first, one at a time. */
export async function translateOnce(ctx: PipelineContext, opts: TranslatePassOptions = {}): Promise<TranslatePassReport> {
  const jobs = await ctx.store.translations.due({
    target: ctx.config.translation.target,
    now: ctx.now(),
    limit: opts.limit ?? DEFAULT_LIMIT,
    sourceIds: opts.sourceIds ?? [...ctx.sources.keys()],
    ...(opts.since ? { since: opts.since } : {}),
    ...(opts.retranslate ? { retranslate: true } : {}),
    ...(opts.ignoreSchedule ? { ignoreSchedule: true } : {}),
  });
  const before = ctx.translation.memory.stats();
  const report: TranslatePassReport = { translated: 0, passedThrough: 0, waiting: 0, unsupported: 0, failed: 0, held: 0, charsByEngine: {}, memory: { hits: 0, misses: 0, hitRate: 0 }, firstError: null };
  opts.onProgress?.(0, jobs.length);
  let done = 0;
  for (const job of jobs) {
    if (opts.signal?.aborted) break;
    const outcome = await translateStoredArticle(ctx, job, opts.signal);
    switch (outcome.status) {
      case 'translated':
      case 'passed-through':
        if (outcome.status === 'translated') report.translated++;
        else report.passedThrough++;
        if (outcome.decision === 'hold') report.held++;
        report.charsByEngine[outcome.engine] = (report.charsByEngine[outcome.engine] ?? 0) + outcome.chars;
        break;
      case 'waiting':
      case 'unsupported':
      case 'failed':
        report[outcome.status]++;
        if (outcome.status !== 'unsupported') report.firstError ??= outcome.message;
        break;
      case 'gone':
        break;
    }
    opts.onProgress?.(++done, jobs.length);
  }
  const after = ctx.translation.memory.stats();
  const hits = after.hits - before.hits;
  const misses = after.misses - before.misses;
  report.memory = { hits, misses, hitRate: hits + misses === 0 ? 0 : hits / (hits + misses) };
  return report;
}
