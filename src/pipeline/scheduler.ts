import { clusterOnce, type ClusterPassReport } from './cluster.ts';
import type { PipelineContext } from './context.ts';
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
}

/**
 * The long-running loop behind `foreigndesk run`: each feed is polled on its own (adaptive) schedule,
 * articles are fetched as they fall due, and what was taken in is translated, then published, after each pass. Stops cleanly
 * when the signal aborts.
 */
/** Planner statistics go stale as the store grows; SQLite advises refreshing them about hourly on long-lived connections. */
const OPTIMIZE_EVERY_MS = 3_600_000;

export async function runScheduler(ctx: PipelineContext, opts: SchedulerOptions): Promise<void> {
  const maxIdle = opts.maxIdleMs ?? 30_000;
  let optimizedAt = ctx.now().getTime();
  while (!opts.signal.aborted) {
    try {
      const reports = await ingestOnce(ctx, { signal: opts.signal });
      opts.onPass?.(reports);
    } catch (err) {
      ctx.log.error({ stage: 'schedule', err: err instanceof Error ? err.message : String(err) }, 'ingest pass failed');
    }
    try {
      if (!opts.signal.aborted && opts.translate !== false) {
        const report = await translateOnce(ctx, { signal: opts.signal });
        opts.onTranslated?.(report);
      }
    } catch (err) {
      if (!opts.signal.aborted) ctx.log.error({ stage: 'schedule', err: err instanceof Error ? err.message : String(err) }, 'translate pass failed');
    }
    try {
      if (!opts.signal.aborted && opts.translate !== false) {
        // Not `onPublished?.(await …)`: an optional call skips its arguments, so without a listener nothing would publish.
        const report = await publishOnce(ctx, { signal: opts.signal });
        opts.onPublished?.(report);
      }
    } catch (err) {
      if (!opts.signal.aborted) ctx.log.error({ stage: 'schedule', err: err instanceof Error ? err.message : String(err) }, 'publish pass failed');
    }
    try {
      if (!opts.signal.aborted && opts.translate !== false) {
        const report = await clusterOnce(ctx, { signal: opts.signal });
        opts.onClustered?.(report);
      }
    } catch (err) {
      if (!opts.signal.aborted) ctx.log.error({ stage: 'schedule', err: err instanceof Error ? err.message : String(err) }, 'cluster pass failed');
    }
    if (ctx.now().getTime() - optimizedAt >= OPTIMIZE_EVERY_MS) {
      optimizedAt = ctx.now().getTime();
      try {
        ctx.store.optimize();
      } catch (err) {
        ctx.log.warn({ stage: 'schedule', err: err instanceof Error ? err.message : String(err) }, 'refreshing planner statistics failed');
      }
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
