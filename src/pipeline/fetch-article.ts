import type { SourceConfig } from '../config/schema.ts';
import { extract } from '../extract/index.ts';
import type { ExtractedArticle } from '../extract/types.ts';
import { decodeHtml } from '../fetch/charset.ts';
import { FetchError } from '../fetch/types.ts';
import { identifyLanguage } from '../language/identify.ts';
import { normalizeUrl, urlHash } from '../sources/canonical-url.ts';
import type { DiscoveredItem } from '../sources/types.ts';
import type { FetchJob, SaveOutcome } from '../store/articles.ts';
import { articleRecord, articleText } from './article-record.ts';
import { excerptArticle } from './excerpt.ts';
import type { PipelineContext } from './context.ts';

export type ArticleOutcome = SaveOutcome | 'not-modified' | 'removed' | 'skipped' | 'failed';

/** Retry schedule for passing failures (timeouts, 5xx, 429): then the article is given up. */
const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000];

/** Fetches, extracts and stores one article. Every outcome is recorded; nothing half-done is kept. */
export async function processArticle(ctx: PipelineContext, job: FetchJob, source: SourceConfig): Promise<{ outcome: ArticleOutcome; error?: string }> {
  const started = Date.now();
  const feedItem = job.feedItemJson ? (JSON.parse(job.feedItemJson) as DiscoveredItem) : null;
  try {
    let extracted: ExtractedArticle;
    let validators = { etag: null as string | null, lastModified: null as string | null };
    if (source.mode === 'excerpt-only') {
      extracted = excerptArticle(job.url, feedItem);
    } else {
      const res = await ctx.http.get(job.url, { etag: job.pageEtag, lastModified: job.pageLastModified, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
      if (res.notModified) {
        await ctx.store.articles.markChecked(job.id, ctx.now());
        return { outcome: 'not-modified' };
      }
      if (res.contentType && !/html|xml/.test(res.contentType)) {
        throw new ArticleError(`${res.url}: not an HTML page (${res.contentType})`, false);
      }
      extracted = extract(decodeHtml(res.body, res.contentType).text, res.url, source.extraction);
      validators = { etag: res.etag, lastModified: res.lastModified };
    }
    if (extracted.blocks.length === 0) throw new ArticleError(`${job.url}: no article body found`, false);
    const record = articleRecord({
      source,
      extracted,
      feedItem,
      language: identifyLanguage(articleText(extracted), { expected: source.language ? [source.language, ...ctx.config.languages] : ctx.config.languages, declared: extracted.declaredLanguage ?? source.language ?? feedItem?.language }),
      canonical: canonicalOf(extracted, job.url),
      aliases: aliasesOf(extracted, job.url),
      pageEtag: validators.etag,
      pageLastModified: validators.lastModified,
    });
    const saved = await ctx.store.articles.saveExtracted(job.id, record, ctx.now());
    ctx.log.info({ source: source.id, article: saved.articleId, stage: 'extract', outcome: saved.outcome, blocks: record.blocks.length, language: record.language, duration_ms: Date.now() - started }, 'article stored');
    return { outcome: saved.outcome };
  } catch (err) {
    return failed(ctx, job, source, err, started);
  }
}

class ArticleError extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message);
  }
}

async function failed(ctx: PipelineContext, job: FetchJob, source: SourceConfig, err: unknown, started: number) {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof FetchError && err.code === 'http_status' && err.status === 410) {
    await ctx.store.articles.remove(job.id, `source answered 410 Gone: ${job.url}`, ctx.now());
    ctx.log.info({ source: source.id, article: job.id, stage: 'fetch', duration_ms: Date.now() - started }, 'article removed at source');
    return { outcome: 'removed' as const, error: message };
  }
  if (err instanceof FetchError && err.code === 'robots_disallowed') {
    // The site asked robots not to go there: a decision to respect, not an error to retry or alarm about.
    await ctx.store.articles.markFailed(job.id, message, null, ctx.now());
    return { outcome: 'skipped' as const, error: message };
  }
  const delay = isRetryable(err) ? RETRY_DELAYS_MS[job.attempts] : undefined;
  const retryAt = delay === undefined ? null : new Date(ctx.now().getTime() + Math.max(delay, err instanceof FetchError ? (err.retryAfterMs ?? 0) : 0));
  await ctx.store.articles.markFailed(job.id, message, retryAt, ctx.now());
  ctx.log.warn({ source: source.id, article: job.id, stage: 'fetch', err: message, retry_at: retryAt?.toISOString() ?? null, duration_ms: Date.now() - started }, 'article failed');
  return { outcome: 'failed' as const, error: message };
}

function isRetryable(err: unknown): boolean {
  if (err instanceof ArticleError) return err.retryable;
  if (!(err instanceof FetchError)) return false;
  if (err.code === 'http_status') return err.status === undefined || err.status === 429 || err.status >= 500 || err.status === 408;
  return ['timeout', 'connect', 'dns', 'network'].includes(err.code);
}

function canonicalOf(e: ExtractedArticle, requested: string): { url: string; hash: string } {
  for (const candidate of [e.canonicalUrl, e.url, requested]) {
    if (!candidate) continue;
    try {
      const url = normalizeUrl(candidate);
      if (sameSite(url, requested)) return { url, hash: urlHash(url) };
    } catch {
      continue;
    }
  }
  const url = normalizeUrl(requested);
  return { url, hash: urlHash(url) };
}

/** A canonical link to another site (a syndication partner) must not merge two outlets' articles. */
function sameSite(a: string, b: string): boolean {
  const site = (u: string) => new URL(u).hostname.replace(/^www\./, '').split('.').slice(-2).join('.');
  return site(a) === site(b);
}

function aliasesOf(e: ExtractedArticle, requested: string): { url: string; hash: string }[] {
  const out: { url: string; hash: string }[] = [];
  for (const u of [requested, e.url]) {
    try {
      const url = normalizeUrl(u);
      if (!out.some((o) => o.url === url)) out.push({ url, hash: urlHash(url) });
    } catch {
      continue;
    }
  }
  return out;
}
