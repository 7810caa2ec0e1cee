import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderTable } from '../cli/table.ts';
import { loadConfig } from '../config/load.ts';
import { StoryClusterer } from '../organize/cluster/clusterer.ts';
import { buildEngine } from '../translate/engines/factory.ts';
import type { TranslationEngine } from '../translate/types.ts';
import { BCP47, loadLabelled, translateLanguage, type EnglishText, type LabelledArticle } from './cluster-data.ts';
import { bcubed, pairwise } from './scoring/cluster.ts';

/**
 * bench:cluster — translation and story clustering over labelled stories (one JSON per article: id, story,
 * language, title, body), scored against the story labels with B-cubed and pairwise F1. The clusterer sees only
 * the language, title and body of each article, in a seeded shuffled order, one arrival a minute.
 * Runs the chosen languages (default: English plus every language the configured engines translate) and all of them.
 */
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.join('devtools', 'fixture-world', 'ntrex-dev', 'stories') },
    langs: { type: 'string' },
    config: { type: 'string', short: 'c' },
    seed: { type: 'string', default: '1' },
    'no-cache': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

interface RunResult {
  languages: string[];
  articles: number;
  stories: number;
  found: number;
  bcubed_precision: number;
  bcubed_recall: number;
  bcubed_f1: number;
  pairwise_f1: number;
  /** Translation (as the engine took it when first made) plus clustering. */
  articles_per_s: number;
  cluster_articles_per_s: number;
}

const round = (n: number) => Number(n.toFixed(4));

/** mulberry32: a small seeded generator, so every run sees the same arrival order. */
function shuffled<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Prepared {
  article: LabelledArticle;
  /** English text when translated (or already English), else the original. */
  text: EnglishText;
  language: string;
}

function run(prepared: Prepared[], langs: string[], translationSeconds: number, seed: number): RunResult {
  const chosen = shuffled(prepared.filter((p) => langs.includes(p.article.language)), seed);
  const clusterer = new StoryClusterer();
  const predicted = new Map<string, string>();
  const base = Date.parse('2019-01-01T00:00:00Z');
  const started = performance.now();
  chosen.forEach((p, i) => {
    const r = clusterer.add({ id: p.article.id, language: p.language, title: p.text.title, body: p.text.body, date: base + i * 60_000 });
    predicted.set(p.article.id, r.story);
  });
  const clusterSeconds = (performance.now() - started) / 1000;
  const gold = new Map(chosen.map((p) => [p.article.id, p.article.story]));
  const b = bcubed(predicted, gold);
  return {
    languages: langs,
    articles: chosen.length,
    stories: new Set(gold.values()).size,
    found: new Set(predicted.values()).size,
    bcubed_precision: round(b.precision),
    bcubed_recall: round(b.recall),
    bcubed_f1: round(b.f1),
    pairwise_f1: round(pairwise(predicted, gold).f1),
    articles_per_s: Math.round(chosen.length / (clusterSeconds + translationSeconds)),
    cluster_articles_per_s: Math.round(chosen.length / clusterSeconds),
  };
}

async function servedBy(engines: TranslationEngine[]): Promise<Map<string, TranslationEngine>> {
  const out = new Map<string, TranslationEngine>();
  for (const engine of engines) {
    const pairs = await engine.pairs().catch(() => []);
    for (const p of pairs) if (p.to === 'en' && !out.has(p.from)) out.set(p.from, engine);
  }
  return out;
}

async function main(): Promise<void> {
  const config = loadConfig(values.config ? { path: values.config } : {});
  const engines = config.translation.engines.map((name) => buildEngine(name, config.translation));
  const cacheDir = values['no-cache'] ? null : path.join('.cache', 'bench-cluster');
  try {
    const all = await loadLabelled(values.data!);
    const present = [...new Set(all.map((a) => a.language))].sort();
    const unknown = present.filter((l) => !BCP47[l]);
    if (unknown.length > 0) throw new Error(`bench:cluster: ${values.data}: unknown language codes ${unknown.join(', ')}`);
    const served = await servedBy(engines);
    const translatable = present.filter((l) => l === 'eng' || served.has(BCP47[l]!));
    const langs = values.langs ? values.langs.split(',').map((l) => l.trim()) : translatable;
    for (const l of langs) if (!present.includes(l)) throw new Error(`bench:cluster: --langs ${l}: no articles in that language in ${values.data}`);

    const prepared: Prepared[] = [];
    const seconds = new Map<string, number>();
    for (const lang of present) {
      const articles = all.filter((a) => a.language === lang);
      const engine = served.get(BCP47[lang]!);
      if (lang === 'eng' || !engine) {
        for (const a of articles) prepared.push({ article: a, text: { title: a.title, body: a.body }, language: BCP47[lang]! });
        continue;
      }
      const t = await translateLanguage(articles, engine, { cacheDir });
      seconds.set(lang, t.seconds);
      articles.forEach((a, i) => prepared.push({ article: a, text: t.texts[i]!, language: 'en' }));
    }
    const secondsFor = (ls: string[]) => ls.reduce((sum, l) => sum + (seconds.get(l) ?? 0), 0);
    const seed = Number(values.seed);
    const chosen = run(prepared, langs, secondsFor(langs), seed);
    const everything = run(prepared, present, secondsFor(present), seed);
    if (values.json) {
      console.log(JSON.stringify({ bench: 'cluster', data: values.data, ...chosen, all_languages: everything }));
    } else {
      const keys = Object.keys(chosen) as (keyof RunResult)[];
      const cell = (r: RunResult, k: keyof RunResult) => (Array.isArray(r[k]) ? (r[k] as string[]).join(',') : String(r[k]));
      console.log(renderTable(['measure', 'chosen languages', 'all languages'], keys.map((k) => [k, cell(chosen, k), cell(everything, k)])));
    }
  } finally {
    await Promise.all(engines.map((e) => e.close()));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
