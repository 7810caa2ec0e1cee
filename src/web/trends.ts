import { rankTrends, trendInputs } from '../organize/trends.ts';
import type { Store } from '../store/index.ts';
import type { ArticleCard } from '../store/published.ts';
import { hourOf } from '../store/views.ts';

const WINDOW_HOURS = 24;

/**
 * Trends 24h as cards, computed at most once per `refreshMs` (concurrent pages share one computation): views move
 * every few seconds, pages need not follow them faster than the page cache renders.
 */
export function trendsProvider(store: Pick<Store, 'views' | 'published' | 'stories'>, o: { limit: number; refreshMs: number; now: () => Date }): () => Promise<ArticleCard[]> {
  let current: { at: number; cards: Promise<ArticleCard[]> } | undefined;
  const compute = async (now: Date) => {
    const from = hourOf(new Date(now.getTime() - (WINDOW_HOURS - 1) * 3_600_000));
    const rows = await store.views.since(from);
    const outlets = await store.stories.outletsByArticle([...new Set(rows.map((r) => r.articleId))]);
    const ranked = rankTrends(trendInputs(rows, outlets), { now, limit: o.limit, windowHours: WINDOW_HOURS });
    return store.published.cardsByIds(ranked.map((t) => t.articleId));
  };
  return () => {
    const now = o.now();
    if (!current || now.getTime() - current.at >= o.refreshMs) {
      const cards = compute(now);
      current = { at: now.getTime(), cards };
      cards.catch(() => {
        if (current?.cards === cards) current = undefined;
      });
    }
    return current.cards;
  };
}
