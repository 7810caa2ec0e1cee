import type { SourceConfig } from '../config/schema.ts';
import { decodeHtml, decodeText } from '../fetch/charset.ts';
import { FetchError } from '../fetch/types.ts';
import { normalizeUrl, urlHash } from '../sources/canonical-url.ts';
import { parseFeed } from '../sources/feeds.ts';
import { linksFromSectionPage } from '../sources/section-page.ts';
import { parseSitemap } from '../sources/sitemaps.ts';
import { nextPollInterval } from '../sources/poll-interval.ts';
import type { DiscoveredItem, ParsedFeed } from '../sources/types.ts';
import type { PipelineContext } from './context.ts';

export type FeedRole = 'feed' | 'sitemap' | 'section-page';

export interface PollReport {
  feeds: number;
  feedsFailed: number;
  newArticles: number;
  refetches: number;
  unchanged: number;
  errors: string[];
}

/** Child sitemaps read per index per poll: news indexes list the newest first, and old ones never change. */
const MAX_SITEMAP_CHILDREN = 5;

export function feedsOf(source: SourceConfig): { url: string; kind: FeedRole }[] {
  return [
    ...source.feeds.map((url) => ({ url, kind: 'feed' as const })),
    ...source.sitemaps.map((url) => ({ url, kind: 'sitemap' as const })),
    ...source.sectionPages.map((url) => ({ url, kind: 'section-page' as const })),
  ];
}

/** Polls every due feed of one source and records what it lists. One feed failing never stops the others. */
export async function pollSource(ctx: PipelineContext, source: SourceConfig, opts: { force?: boolean } = {}): Promise<PollReport> {
  const report: PollReport = { feeds: 0, feedsFailed: 0, newArticles: 0, refetches: 0, unchanged: 0, errors: [] };
  const now = ctx.now();
  // Feeds dropped from the configuration keep their state (history) but are no longer polled.
  const configured = new Set(feedsOf(source).map((f) => f.url));
  const states = (await ctx.store.feeds.forSource(source.id)).filter((s) => configured.has(s.url));
  const bounds = { minMs: ctx.config.ingest.minPollInterval, maxMs: ctx.config.ingest.maxPollInterval, configuredMs: source.pollInterval };
  for (const state of states) {
    if (!opts.force && Date.parse(state.next_check_at) > now.getTime()) continue;
    report.feeds++;
    const started = Date.now();
    try {
      const res = await ctx.http.get(state.url, {
        etag: state.etag,
        lastModified: state.last_modified,
        accept: state.kind === 'section-page' ? 'text/html' : 'application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml, text/xml;q=0.9, */*;q=0.5',
      });
      let newItems = 0;
      if (!res.notModified) {
        const items = await readItems(ctx, source, state.kind as FeedRole, res.url, res.body, res.contentType);
        const counts = await recordItems(ctx, source, items);
        newItems = counts.new;
        report.newArticles += counts.new;
        report.refetches += counts.refetch;
        report.unchanged += counts.known;
      }
      const intervalMs = nextPollInterval({ ...bounds, currentMs: state.interval_ms, newItems, notModified: res.notModified, maxAgeSeconds: res.maxAgeSeconds, retryAfterMs: null, consecutiveFailures: 0 });
      await ctx.store.feeds.recordCheck({ url: state.url, status: res.status, etag: res.notModified ? undefined : res.etag, lastModified: res.notModified ? undefined : res.lastModified, newItems, intervalMs, nextCheckAt: new Date(ctx.now().getTime() + intervalMs) });
      ctx.log.info({ source: source.id, feed: state.url, stage: 'poll', status: res.status, new_items: newItems, duration_ms: Date.now() - started }, 'feed polled');
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const retryAfterMs = err instanceof FetchError ? (err.retryAfterMs ?? null) : null;
      const intervalMs = nextPollInterval({ ...bounds, currentMs: state.interval_ms, newItems: null, notModified: false, maxAgeSeconds: null, retryAfterMs, consecutiveFailures: state.consecutive_failures + 1 });
      await ctx.store.feeds.recordCheck({ url: state.url, status: err instanceof FetchError ? (err.status ?? null) : null, newItems: 0, intervalMs, nextCheckAt: new Date(ctx.now().getTime() + intervalMs), error: message });
      await ctx.store.sources.recordError(source.id, message);
      report.feedsFailed++;
      report.errors.push(message);
      ctx.log.warn({ source: source.id, feed: state.url, stage: 'poll', err: message, duration_ms: Date.now() - started }, 'feed failed');
    }
  }
  if (report.feeds > report.feedsFailed) await ctx.store.sources.recordSuccess(source.id);
  return report;
}

async function readItems(ctx: PipelineContext, source: SourceConfig, role: FeedRole, url: string, body: Buffer, contentType: string | null): Promise<DiscoveredItem[]> {
  if (role === 'section-page') {
    return linksFromSectionPage(decodeHtml(body, contentType).text, url, new RegExp(source.articleUrlPattern ?? '.'));
  }
  const text = decodeText(body, contentType).text;
  const parsed: ParsedFeed = role === 'sitemap' ? parseSitemap(text, url) : parseFeed(text, url);
  const items = [...parsed.items];
  for (const child of (parsed.children ?? []).slice(0, MAX_SITEMAP_CHILDREN)) {
    const res = await ctx.http.get(child);
    items.push(...parseSitemap(decodeText(res.body, res.contentType).text, res.url).items);
  }
  return items;
}

async function recordItems(ctx: PipelineContext, source: SourceConfig, items: DiscoveredItem[]) {
  const counts = { new: 0, refetch: 0, known: 0 };
  const oldest = ctx.now().getTime() - ctx.config.ingest.maxArticleAge;
  for (const item of items) {
    const stated = item.published ?? item.modified;
    if (stated && Date.parse(stated) < oldest) continue;
    let url: string;
    try {
      url = normalizeUrl(item.url);
    } catch {
      continue;
    }
    const outcome = await ctx.store.articles.discover({ sourceId: source.id, url, urlHash: urlHash(url), feedItem: item, feedModified: item.modified ?? null });
    if (outcome.status === 'new') counts.new++;
    else if (outcome.status === 'known' && outcome.refetch) counts.refetch++;
    else if (outcome.status === 'known') counts.known++;
  }
  return counts;
}
