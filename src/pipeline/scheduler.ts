import type { PipelineContext } from './context.ts';
import { ingestOnce, type SourceRunReport } from './ingest.ts';

export interface SchedulerOptions {
  signal: AbortSignal;
  /** Longest sleep between passes, so retries and re-checks that fall due are picked up. */
  maxIdleMs?: number;
  onPass?: (reports: SourceRunReport[]) => void;
}

/**
 * The long-running loop behind `foreigndesk run`: each feed is polled on its own (adaptive) schedule, and
 * articles are fetched as they fall due. Stops cleanly when the signal aborts.
 */
export async function runScheduler(ctx: PipelineContext, opts: SchedulerOptions): Promise<void> {
  const maxIdle = opts.maxIdleMs ?? 30_000;
  while (!opts.signal.aborted) {
    try {
      const reports = await ingestOnce(ctx, { signal: opts.signal });
      opts.onPass?.(reports);
    } catch (err) {
      ctx.log.error({ stage: 'schedule', err: err instanceof Error ? err.message : String(err) }, 'ingest pass failed');
    }
    const next = await ctx.store.feeds.nextDueAt();
    const wait = next ? Math.min(maxIdle, Math.max(1000, next.getTime() - ctx.now().getTime())) : maxIdle;
    await sleep(wait, opts.signal);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
