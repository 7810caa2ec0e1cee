import { categoriseArticle } from './categorise.ts';
import type { PipelineContext } from './context.ts';

export interface PublishPassReport {
  /** Shown on the site for the first time. */
  published: number;
  /** Already shown; now with a newer translation (a revision), at the same URL. */
  updated: number;
}

const MAX_SLUG = 80;

/** An English URL slug: ASCII letters and digits joined by "-", cut at a word boundary; "article" when nothing is left. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  return slug || (words[0]?.slice(0, MAX_SLUG) ?? 'article');
}

/** "/2021/03/26/russia-moves-to-strengthen-ties-42": the UTC day of `publishedAt`, the slug, the article id. */
export function articlePath(a: { id: number; publishedAt: string; title: string }): string {
  const day = new Date(a.publishedAt);
  if (Number.isNaN(day.getTime())) throw new Error(`article ${a.id}: publication time "${a.publishedAt}" is not a date`);
  const ymd = day.toISOString().slice(0, 10).replaceAll('-', '/');
  return `/${ymd}/${slugify(a.title)}-${a.id}`;
}

/** The article id at the end of a site path, or null when the path is not an article's. */
export function articleIdOf(path: string): number | null {
  const m = /^\/\d{4}\/\d{2}\/\d{2}\/(?:[a-z0-9-]*-)?(\d+)$/.exec(path);
  return m ? Number(m[1]) : null;
}

const DEFAULT_LIMIT = 500;

/**
 * Puts on the site every translated article whose newest translation the quality check let through, one
 * transaction each. Running it again changes nothing until a new translation arrives.
 */
export async function publishOnce(ctx: Pick<PipelineContext, 'store' | 'config' | 'now' | 'log'>, opts: { limit?: number; signal?: AbortSignal } = {}): Promise<PublishPassReport> {
  const report: PublishPassReport = { published: 0, updated: 0 };
  const due = await ctx.store.publishing.due(ctx.config.translation.target, opts.limit ?? DEFAULT_LIMIT);
  for (const c of due) {
    if (opts.signal?.aborted) break;
    const path = c.path ?? articlePath({ id: c.id, publishedAt: c.publishedAt ?? c.discoveredAt, title: c.translatedTitle ?? c.originalTitle ?? '' });
    await categoriseArticle(ctx, c.id, c.translationId);
    const outcome = await ctx.store.publishing.publish(c.id, { path, translationId: c.translationId }, ctx.now());
    if (outcome === 'gone') continue;
    report[outcome]++;
    ctx.log.info({ stage: 'publish', article: c.id, path, outcome }, 'published');
  }
  return report;
}
