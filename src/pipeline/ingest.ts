import type { SourceConfig } from '../config/schema.ts';
import type { FetchJob } from '../store/articles.ts';
import type { PipelineContext } from './context.ts';
import { processArticle } from './fetch-article.ts';
import { feedsOf, pollSource } from './poll-source.ts';

export interface SourceRunReport {
  source: string;
  name: string;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  removed: number;
  /** Not fetched because robots.txt disallows it. */
  skipped: number;
  firstError: string | null;
}

export interface Progress {
  phase: 'feeds' | 'articles';
  done: number;
  total: number;
}

export interface IngestOptions {
  /** Poll every source now, whatever its schedule. */
  force?: boolean;
  sourceIds?: string[];
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

/** Articles fetched per pass per source; the rest wait for the next pass (a new source's backlog is spread out). */
const ARTICLES_PER_PASS = 500;

/**
 * One pass: poll every due source's feeds, then fetch and extract every article that is due. Sources are
 * independent: one failing feed, page or host never stops the others.
 */
export async function ingestOnce(ctx: PipelineContext, opts: IngestOptions = {}): Promise<SourceRunReport[]> {
  const sources = [...ctx.sources.values()].filter((s) => !opts.sourceIds || opts.sourceIds.includes(s.id));
  for (const s of sources) await ctx.store.feeds.ensure(s.id, feedsOf(s), s.pollInterval, ctx.now());
  const due = new Set(await ctx.store.feeds.dueSources(ctx.now()));
  const reports = new Map(sources.map((s) => [s.id, emptyReport(s)]));
  const toPoll = sources.filter((s) => opts.force || due.has(s.id));

  let done = 0;
  opts.onProgress?.({ phase: 'feeds', done, total: toPoll.length });
  await runPool(toPoll, ctx.config.ingest.concurrency, async (source) => {
    if (opts.signal?.aborted) return;
    const r = await pollSource(ctx, source, { force: opts.force });
    const report = reports.get(source.id)!;
    report.unchanged += r.unchanged;
    report.failed += r.feedsFailed;
    report.firstError ??= r.errors[0] ?? null;
    opts.onProgress?.({ phase: 'feeds', done: ++done, total: toPoll.length });
  });

  const now = ctx.now().getTime();
  await ctx.store.articles.scheduleRechecks(
    { fetchedBefore: new Date(now - ctx.config.ingest.recheckAfter), publishedAfter: new Date(now - ctx.config.ingest.recheckWindow), sourceIds: toPoll.map((s) => s.id) },
    ctx.now(),
  );
  const jobs = await ctx.store.articles.dueForFetch(ARTICLES_PER_PASS * sources.length, ctx.now(), sources.map((s) => s.id));
  const bySource = new Map<string, FetchJob[]>();
  for (const job of jobs) {
    const list = bySource.get(job.sourceId) ?? [];
    if (list.length < ARTICLES_PER_PASS) list.push(job);
    bySource.set(job.sourceId, list);
  }
  const total = [...bySource.values()].reduce((n, l) => n + l.length, 0);
  done = 0;
  opts.onProgress?.({ phase: 'articles', done, total });
  // One lane per source: the HTTP client keeps each host polite, lanes keep a slow host from holding up the rest.
  await runPool([...bySource.entries()], ctx.config.ingest.concurrency, async ([sourceId, list]) => {
    const source = ctx.sources.get(sourceId)!;
    const report = reports.get(sourceId)!;
    for (const job of list) {
      if (opts.signal?.aborted) return;
      const { outcome, error } = await processArticle(ctx, job, source);
      tally(report, outcome, error);
      opts.onProgress?.({ phase: 'articles', done: ++done, total });
    }
  });
  return [...reports.values()];
}

function emptyReport(s: SourceConfig): SourceRunReport {
  return { source: s.id, name: s.name, new: 0, updated: 0, unchanged: 0, failed: 0, removed: 0, skipped: 0, firstError: null };
}

function tally(report: SourceRunReport, outcome: string, error?: string) {
  switch (outcome) {
    case 'new':
      report.new++;
      break;
    case 'updated':
      report.updated++;
      break;
    case 'unchanged':
    case 'not-modified':
    case 'duplicate':
      report.unchanged++;
      break;
    case 'removed':
      report.removed++;
      break;
    case 'skipped':
      report.skipped++;
      break;
    default:
      report.failed++;
      report.firstError ??= error ?? null;
  }
}

export async function runPool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}
