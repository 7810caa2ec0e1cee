import { DEFAULT_CLUSTER_OPTIONS, StoryClusterer, type ClusterArticle } from '../organize/cluster/clusterer.ts';
import { features } from '../organize/cluster/features.ts';
import { nearDuplicateOf, shingles, type ShingledArticle } from '../organize/cluster/near-duplicates.ts';
import type { ClusterRow } from '../store/stories.ts';
import type { PipelineContext } from './context.ts';

export interface ClusterPassReport {
  /** Articles put in a story that already had articles. */
  joined: number;
  /** Articles that started a story. */
  started: number;
  /** Of those placed, near-duplicates of an earlier article of their story. */
  nearDuplicates: number;
  /** Articles clustering could not use (logged with the reason). */
  skipped: number;
}

const DEFAULT_LIMIT = 500;

const asInput = (r: ClusterRow): ClusterArticle => ({ id: String(r.id), language: r.language, title: r.title, body: r.body ?? '', date: r.date });

/**
 * Clusters newly published articles into stories, oldest first. Nothing is kept between passes: the stories
 * active around the new articles' dates are rebuilt from the store each time, so a restart changes nothing.
 * An article that cannot be clustered is logged and passed over; the others go on.
 */
export async function clusterOnce(ctx: Pick<PipelineContext, 'store' | 'now' | 'log'>, opts: { limit?: number; signal?: AbortSignal } = {}): Promise<ClusterPassReport> {
  const report: ClusterPassReport = { joined: 0, started: 0, nearDuplicates: 0, skipped: 0 };
  const due = await ctx.store.stories.unclustered(opts.limit ?? DEFAULT_LIMIT);
  if (due.length === 0) return report;
  const window = DEFAULT_CLUSTER_OPTIONS.windowMs;
  const times = due.map((r) => Date.parse(r.date)).filter((t) => !Number.isNaN(t));
  const clusterer = new StoryClusterer();
  const members = new Map<string, ShingledArticle[]>();
  const remember = (r: ClusterRow, key: string) => {
    const list = members.get(key) ?? [];
    list.push({ id: String(r.id), shingles: shingles(r.title, r.body ?? '') });
    members.set(key, list);
  };
  if (times.length > 0) {
    const from = new Date(Math.min(...times) - window).toISOString();
    const to = new Date(Math.max(...times) + window).toISOString();
    for (const r of await ctx.store.stories.clusteredBetween(from, to)) {
      const key = String(r.storyId);
      clusterer.place(asInput(r), key);
      remember(r, key);
    }
  }
  for (const r of due) {
    if (opts.signal?.aborted) break;
    try {
      if (r.body === null) throw new Error(`article ${r.id}: the published translation's blocks are not a JSON list`);
      const input = asInput(r);
      const f = features(input);
      const a = clusterer.assign(input, f);
      const dupOf = a.story === null ? null : nearDuplicateOf({ id: input.id, shingles: shingles(r.title, r.body) }, members.get(a.story) ?? []);
      const storyId = await ctx.store.stories.place(
        r.id,
        { storyId: a.story === null ? null : Number(a.story), nearDuplicateOf: dupOf === null ? null : Number(dupOf), headline: r.title },
        ctx.now(),
      );
      clusterer.place(input, String(storyId), f);
      remember(r, String(storyId));
      report[a.story === null ? 'started' : 'joined']++;
      if (dupOf !== null) report.nearDuplicates++;
      ctx.log.debug({ stage: 'cluster', article: r.id, story: storyId, score: a.score, near_duplicate_of: dupOf }, 'clustered');
    } catch (err) {
      report.skipped++;
      ctx.log.warn({ stage: 'cluster', article: r.id, err: err instanceof Error ? err.message : String(err) }, 'article not clustered');
      await ctx.store.stories.skip(r.id, ctx.now());
    }
  }
  return report;
}
