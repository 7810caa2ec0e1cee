import type { SourceConfig } from '../config/schema.ts';
import type { Block, ImageRef } from '../extract/types.ts';
import { identifyLanguage } from '../language/identify.ts';
import type { TranslationCandidate } from '../store/translations.ts';
import { TranslationDeferred, TranslationFailed, translateArticle } from '../translate/article.ts';
import { mergeGlossaries } from '../translate/glossary.ts';
import type { PipelineContext } from './context.ts';

export type TranslateOutcome =
  | { status: 'translated' | 'passed-through'; engine: string; route: string[]; chars: number; decision: string }
  | { status: 'waiting' | 'unsupported' | 'failed'; message: string }
  /** Removed or failed while it was being translated; nothing saved. */
  | { status: 'gone' };

/** A language no engine serves is asked about again after this long (an engine may have been added). */
const UNSUPPORTED_RECHECK_MS = 3_600_000;
const RETRY_BASE_MS = 5 * 60_000;
const RETRY_MAX_MS = 6 * 3_600_000;

/**
 * Translates one article and saves the result with the article's move to `translated` in one transaction.
 * Whatever goes wrong is recorded on the article (status, message, next attempt) and returned, never thrown,
 * so one article cannot stop the others.
 */
export async function translateStoredArticle(ctx: PipelineContext, job: TranslationCandidate, signal?: AbortSignal): Promise<TranslateOutcome> {
  const log = ctx.log.child({ stage: 'translate', article: job.id, source: job.sourceId });
  const row = await ctx.store.articles.byId(job.id);
  if (!row?.blocks_json) return { status: 'gone' };
  const source = ctx.sources.get(row.source_id) ?? ctx.config.sources.find((s) => s.id === row.source_id);
  const from = row.language ?? source?.language ?? null;
  const target = ctx.config.translation.target;
  const started = Date.now();
  const attempts = (row.translation_attempts ?? 0) + 1;

  const defer = async (status: 'waiting' | 'unsupported' | 'failed', message: string, retryAt: Date): Promise<TranslateOutcome> => {
    await ctx.store.translations.defer(job.id, status, message, retryAt, ctx.now());
    // A language no engine serves is a standing fact, reported by `doctor`, not an incident on every pass.
    log[status === 'unsupported' ? 'info' : 'warn']({ status, err: message, retry_at: retryAt.toISOString() }, 'article not translated');
    return { status, message };
  };
  const backoff = () => new Date(ctx.now().getTime() + Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (attempts - 1)));

  if (!from) return defer('unsupported', 'the article has no identified language and its source states none', new Date(ctx.now().getTime() + UNSUPPORTED_RECHECK_MS));
  try {
    const article = {
      title: row.title,
      standfirst: row.standfirst,
      blocks: JSON.parse(row.blocks_json) as Block[],
      image: row.image_json ? (JSON.parse(row.image_json) as ImageRef) : null,
      related: [],
    };
    const result = await translateArticle(article, from, target, {
      chain: ctx.translation.chain,
      glossary: mergeGlossaries(ctx.config.translation.glossary, source?.glossary),
      keep: outletNames(source, row.site_name),
      quality: ctx.config.translation.quality,
      identify: identifierFor(ctx.config.languages, target),
      clock: ctx.now,
      ...(signal ? { signal } : {}),
    });
    if ((await ctx.store.translations.record(job.id, row.revision, result, ctx.now())) === 'gone') return { status: 'gone' };
    const p = result.provenance;
    log.info({ engine: p.engine, route: p.route.join('→'), chars: p.charsBilled, from_memory: p.fromMemory, score: result.quality.score, decision: result.quality.decision, duration_ms: Date.now() - started }, 'article translated');
    return { status: p.engine === 'none' ? 'passed-through' : 'translated', engine: p.engine, route: p.route, chars: p.charsBilled, decision: result.quality.decision };
  } catch (err) {
    if (signal?.aborted) throw err;
    if (err instanceof TranslationDeferred) {
      if (err.reason === 'unsupported') return defer('unsupported', `${from}→${target}: ${err.message}`, new Date(ctx.now().getTime() + UNSUPPORTED_RECHECK_MS));
      return defer('waiting', err.message, err.retryAt && err.retryAt > ctx.now() ? err.retryAt : backoff());
    }
    const message = err instanceof TranslationFailed || err instanceof Error ? err.message : String(err);
    return defer('failed', message, backoff());
  }
}

/** Names the outlet goes by, never to pass through an engine: configured and as the page writes it. */
function outletNames(source: SourceConfig | undefined, siteName: string | null): string[] {
  return [...new Set([source?.name, siteName].filter((n): n is string => !!n && n.trim() !== ''))];
}

/** Language of a translated segment, for the source-language-left check; the target is always a candidate. */
function identifierFor(languages: string[], target: string): (text: string) => string | null {
  const expected = [...new Set([...languages, target])];
  return (text) => identifyLanguage(text, { expected })?.language.split('-')[0]!.toLowerCase() ?? null;
}
