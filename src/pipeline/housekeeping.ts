import { hourOf } from '../store/views.ts';
import type { PipelineContext } from './context.ts';

/** What one round of store upkeep did. */
export interface HousekeepingReport {
  /** Hourly view counts deleted for being older than `web.viewsRetention`. */
  viewsPruned: number;
}

/**
 * Store upkeep the long-running loop does about hourly: planner statistics refreshed and old view counts dropped.
 * Each task's failure is logged and never stops the others, nor the loop.
 */
export async function housekeep(ctx: Pick<PipelineContext, 'store' | 'config' | 'now' | 'log'>): Promise<HousekeepingReport> {
  const report: HousekeepingReport = { viewsPruned: 0 };
  const task = async (name: string, run: () => unknown) => {
    try {
      await run();
    } catch (err) {
      ctx.log.warn({ stage: 'housekeeping', task: name, err: err instanceof Error ? err.message : String(err) }, 'housekeeping task failed');
    }
  };
  await task('optimize', () => ctx.store.optimize());
  await task('prune-views', async () => {
    report.viewsPruned = await ctx.store.views.pruneBefore(hourOf(new Date(ctx.now().getTime() - ctx.config.web.viewsRetention)));
  });
  return report;
}
