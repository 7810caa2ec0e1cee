/** One article's recent reader views, and (once stories exist) how many outlets cover its story. */
export interface TrendInput {
  articleId: number;
  /** Views per UTC hour ("2026-03-26T14"); hours outside the window are ignored. */
  hourly: { hour: string; views: number }[];
  /** Outlets covering the article's story; absent counts as one. */
  outlets?: number;
}

export interface TrendOptions {
  now: Date;
  limit: number;
  /** Views lose half their weight every this many hours, so a story read now outranks one read this morning. */
  halfLifeHours?: number;
  windowHours?: number;
}

export interface Trend {
  articleId: number;
  score: number;
  views: number;
}

const HOUR_MS = 3_600_000;

/**
 * Trends 24h: views in the window, each hour weighted by its age, scaled up for stories that more outlets cover
 * (1 + log2 outlets: a second outlet counts as much as doubling the views, further ones less each). Ties go to
 * more raw views, then to the newer article.
 */
export function rankTrends(items: TrendInput[], o: TrendOptions): Trend[] {
  const halfLife = o.halfLifeHours ?? 6;
  const window = o.windowHours ?? 24;
  const now = o.now.getTime();
  const ranked: Trend[] = [];
  for (const item of items) {
    let weighted = 0;
    let views = 0;
    for (const h of item.hourly) {
      const start = Date.parse(`${h.hour}:00:00Z`);
      if (Number.isNaN(start) || h.views <= 0) continue;
      const age = Math.max(0, (now - start) / HOUR_MS);
      if (age >= window) continue;
      weighted += h.views * 0.5 ** (Math.floor(age) / halfLife);
      views += h.views;
    }
    if (views === 0) continue;
    const outlets = Math.max(1, item.outlets ?? 1);
    ranked.push({ articleId: item.articleId, score: weighted * (1 + Math.log2(outlets)), views });
  }
  return ranked.sort((a, b) => b.score - a.score || b.views - a.views || b.articleId - a.articleId).slice(0, o.limit);
}

/** Groups flat hourly rows by article, the shape rankTrends takes. */
export function trendInputs(rows: { articleId: number; hour: string; views: number }[], outlets?: ReadonlyMap<number, number>): TrendInput[] {
  const byArticle = new Map<number, TrendInput>();
  for (const r of rows) {
    let item = byArticle.get(r.articleId);
    if (!item) {
      item = { articleId: r.articleId, hourly: [], ...(outlets?.has(r.articleId) ? { outlets: outlets.get(r.articleId)! } : {}) };
      byArticle.set(r.articleId, item);
    }
    item.hourly.push({ hour: r.hour, views: r.views });
  }
  return [...byArticle.values()];
}
