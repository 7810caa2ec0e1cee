import { setImmediate as nextTurn } from 'node:timers/promises';
import { hourOf } from '../store/views.ts';
import type { PipelineContext } from './context.ts';

/** About 1 MB written per merge step (FTS5 pages are ~4 KB): a few milliseconds of write lock each. */
const MERGE_STEP_PAGES = 256;
/**
 * Merge steps per round, at most (~200 MB written): enough to keep up with a busy desk's new articles each hour; a
 * big merge that needs more goes on in the next rounds.
 */
const MERGE_STEPS_PER_ROUND = 200;

/** What one round of store upkeep did. */
export interface HousekeepingReport {
  /** Hourly view counts deleted for being older than `web.viewsRetention`. */
  viewsPruned: number;
  /** Search index merge steps that did work, and the index's b-trees afterwards. */
  searchMergeSteps: number;
  searchSegments: number;
}

/**
 * Store upkeep the long-running loop does about hourly: planner statistics refreshed, old view counts dropped, the
 * search index's b-trees merged a bounded amount. Each task's failure is logged and never stops the others, nor the loop.
 */
export async function housekeep(ctx: Pick<PipelineContext, 'store' | 'config' | 'now' | 'log'>): Promise<HousekeepingReport> {
  const report: HousekeepingReport = { viewsPruned: 0, searchMergeSteps: 0, searchSegments: 0 };
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
  await task('merge-search-index', async () => {
    // Pages are served between steps: the loop shares its process with the web server.
    while (report.searchMergeSteps < MERGE_STEPS_PER_ROUND && ctx.store.searchIndex.mergeStep(MERGE_STEP_PAGES)) {
      report.searchMergeSteps++;
      await nextTurn();
    }
    report.searchSegments = ctx.store.searchIndex.segments();
  });
  return report;
}
