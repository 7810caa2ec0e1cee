import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TranslationEngine } from '../translate/types.ts';

/** One article of a labelled story set (`ntrex-dev/stories/*.json`). */
export interface LabelledArticle {
  id: string;
  /** The gold label: articles with the same story are about the same event. */
  story: string;
  /** ISO 639-3, as the data names it. */
  language: string;
  title: string;
  body: string;
  source?: string;
}

/** ISO 639-3 codes of the data → BCP-47 primary subtags the engines speak. */
export const BCP47: Record<string, string> = {
  eng: 'en', spa: 'es', cat: 'ca', glg: 'gl', por: 'pt', fra: 'fr', ita: 'it', ron: 'ro',
  deu: 'de', nld: 'nl', pol: 'pl', rus: 'ru', ukr: 'uk', eus: 'eu', isl: 'is', mkd: 'mk', epo: 'eo',
};

export async function loadLabelled(dir: string): Promise<LabelledArticle[]> {
  const names = (await readdir(dir).catch((error: Error) => {
    throw new Error(`bench:cluster: cannot list ${dir}: ${error.message}`);
  })).filter((n) => n.endsWith('.json')).sort();
  const out: LabelledArticle[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const raw = JSON.parse(await readFile(file, 'utf8')) as Partial<LabelledArticle>;
    for (const key of ['id', 'story', 'language', 'title', 'body'] as const) {
      if (typeof raw[key] !== 'string') throw new Error(`bench:cluster: ${file}: field "${key}" is missing or not a string`);
    }
    out.push(raw as LabelledArticle);
  }
  return out;
}

export interface EnglishText {
  title: string;
  body: string;
}

/** A cached translation keeps the time the engine took, so a rerun still reports it. */
interface CacheEntry {
  seconds: number;
  lines: string[];
}

/**
 * The English title and body of each article of one language, title and body lines translated as one batch.
 * Cached on disk by engine, language and content, so reruns skip the engine;
 * `seconds` is the engine's time, measured when the cache entry was made.
 */
export async function translateLanguage(
  articles: LabelledArticle[],
  engine: TranslationEngine,
  opts: { cacheDir: string | null },
): Promise<{ texts: EnglishText[]; cached: boolean; seconds: number }> {
  const from = BCP47[articles[0]!.language]!;
  const segments = articles.flatMap((a) => [a.title, ...a.body.split('\n')]);
  const key = createHash('sha256').update(segments.join('\n')).digest('hex').slice(0, 16);
  const file = opts.cacheDir ? path.join(opts.cacheDir, `${engine.name}-${from}-${key}.json`) : null;
  let entry: CacheEntry | null = null;
  if (file) entry = await readFile(file, 'utf8').then((t) => JSON.parse(t) as CacheEntry, () => null);
  const cached = entry !== null;
  if (!entry) {
    const started = performance.now();
    const lines = (await engine.translate(segments, from, 'en', { format: 'text' })).texts;
    entry = { seconds: (performance.now() - started) / 1000, lines };
    if (file) {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify(entry));
    }
  }
  const { lines, seconds } = entry;
  const texts: EnglishText[] = [];
  let at = 0;
  for (const a of articles) {
    const n = a.body.split('\n').length;
    texts.push({ title: lines[at]!, body: lines.slice(at + 1, at + 1 + n).join('\n') });
    at += 1 + n;
  }
  return { texts, cached, seconds };
}
