import { clusterOnce, type ClusterPassReport } from './cluster.ts';
import type { PipelineContext } from './context.ts';
import { housekeep, type HousekeepingReport } from './housekeeping.ts';
import { ingestOnce, type SourceRunReport } from './ingest.ts';
import { publishOnce, type PublishPassReport } from './publish.ts';
import { translateOnce, type TranslatePassReport } from './translate.ts';

export interface SchedulerOptions {
  signal: AbortSignal;
  /** Longest sleep between passes, so retries and re-checks that fall due are picked up. */
  maxIdleMs?: number;
  onPass?: (reports: SourceRunReport[]) => void;
  /** Translate after each ingest pass (default); `foreigndesk ingest` only takes in. */
  translate?: boolean;
  onTranslated?: (report: TranslatePassReport) => void;
  onPublished?: (report: PublishPassReport) => void;
  onClustered?: (report: ClusterPassReport) => void;
  onHousekeeping?: (report: HousekeepingReport) => void;
}

/**
 * The long-running loop behind `foreigndesk run`: each feed is polled on its own (adaptive) schedule,
 * articles are fetched as they fall due, and what was taken in is translated, then published, after each pass. Stops cleanly
 * when the signal aborts.
 */
/** Store upkeep (housekeeping.ts): SQLite advises refreshing planner statistics about hourly on long-lived connections. */
const HOUSEKEEPING_EVERY_MS = 3_600_000;

export async function runScheduler(ctx: PipelineContext, opts: SchedulerOptions): Promise<void> {
  const maxIdle = opts.maxIdleMs ?? 30_000;
  let housekeptAt = ctx.now().getTime();
  const translating = opts.translate !== false;
  /** One pass of a stage: its failure is logged (unless we are stopping) and never stops the next stage. */
  const pass = async <T>(stage: string, run: () => Promise<T>, done?: (report: T) => void) => {
    if (opts.signal.aborted) return;
    try {
      // Not `done?.(await run())`: an optional call skips its arguments, so without a listener the stage would not run.
      const report = await run();
      done?.(report);
    } catch (err) {
      if (!opts.signal.aborted) ctx.log.error({ stage: 'schedule', err: err instanceof Error ? err.message : String(err) }, `${stage} pass failed`);
    }
  };
  while (!opts.signal.aborted) {
    await pass('ingest', () => ingestOnce(ctx, { signal: opts.signal }), opts.onPass);
    if (translating) {
      await pass('translate', () => translateOnce(ctx, { signal: opts.signal }), opts.onTranslated);
      await pass('publish', () => publishOnce(ctx, { signal: opts.signal }), opts.onPublished);
      await pass('cluster', () => clusterOnce(ctx, { signal: opts.signal }), opts.onClustered);
    }
    if (ctx.now().getTime() - housekeptAt >= HOUSEKEEPING_EVERY_MS) {
      housekeptAt = ctx.now().getTime();
      await pass('housekeeping', () => housekeep(ctx), opts.onHousekeeping);
    }
    const next = await ctx.store.feeds.nextDueAt();
    const wait = next ? Math.min(maxIdle, Math.max(1000, next.getTime() - ctx.now().getTime())) : maxIdle;
    await sleep(wait, opts.signal);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
