import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderTable } from '../cli/table.ts';
import { parseQuery } from '../organize/search/query.ts';
import { openStore, type Store } from '../store/index.ts';
import { indexArticles } from '../store/search-index.ts';
import type { SearchFilters } from '../store/search.ts';
import { seededRandom as random } from '../../devtools/fixture-world/text.ts';
import { CATEGORIES, corpus, COUNTRIES, FIRST_DAY, LANGUAGES, SOURCES, type Corpus } from './search-corpus.ts';

/**
 * bench:search — p50/p95/p99 latency of search queries (parse, rank, highlight, cards: what a page asks of the
 * store) and of "You may like", over N synthetic published articles in a fresh SQLite file, written through the
 * same index path as publishing, in batched transactions.
 */
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '400' },
    seed: { type: 'string', default: '7' },
    /** Keep the generated database in DIR and reuse it when it is already there (same --articles and --seed). */
    keep: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const queries = Number(values.queries);
const seed = Number(values.seed);
if (!(Number.isInteger(articles) && articles > 0 && Number.isInteger(queries) && queries > 0)) throw new Error('--articles and --queries must be positive integers');

const BATCH = 1000;
const NOW = new Date(FIRST_DAY + 731 * 86_400_000);

async function load(store: Store, c: Corpus): Promise<void> {
  await store.sources.syncFromConfig(
    Array.from({ length: SOURCES }, (_, s) => ({
      id: `source-${s}`,
      name: `Source ${s}`,
      homepage: `https://source-${s}.example/`,
      country: COUNTRIES[s % LANGUAGES.length]!,
      language: LANGUAGES[s % LANGUAGES.length]!,
      feeds: [`https://source-${s}.example/feed`],
      sitemaps: [],
      sectionPages: [],
      sections: {},
      mode: 'full' as const,
      pollInterval: 900_000,
      enabled: true,
    })),
  );
  for (let start = 0; start < articles; start += BATCH) {
    const ids = Array.from({ length: Math.min(BATCH, articles - start) }, (_, k) => start + k + 1);
    const batch = ids.map((id) => ({ id, a: c.article(id - 1, articles) }));
    await store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('articles')
        .values(
          batch.map(({ id, a }) => ({
            id,
            source_id: `source-${a.sourceIndex}`,
            url_hash: `h${id}`,
            url: `https://source-${a.sourceIndex}.example/${id}`,
            canonical_url: `https://source-${a.sourceIndex}.example/${id}`,
            state: 'published' as const,
            language: a.language,
            title: a.original.title,
            standfirst: a.original.standfirst,
            authors_json: '[]',
            published_at: a.publishedAt,
            category: a.category,
            blocks_json: JSON.stringify(a.original.blocks),
            word_count: 0,
            revision: 1,
            attempts: 0,
            discovered_at: a.publishedAt,
            updated_at: a.publishedAt,
            path: `/${a.publishedAt.slice(0, 10).replaceAll('-', '/')}/article-${id}`,
            published_translation_id: id,
            site_published_at: a.publishedAt,
            site_updated_at: a.publishedAt,
          })),
        )
        .execute();
      await trx
        .insertInto('translations')
        .values(
          batch.map(({ id, a }) => ({
            id,
            article_id: id,
            revision: 1,
            source_language: a.language,
            target_language: 'en',
            title: a.title,
            standfirst: a.standfirst,
            blocks_json: JSON.stringify(a.blocks),
            engine: 'apertium',
            route: `${a.language}→en`,
            translated_at: a.publishedAt,
            quality_score: 0.9,
            quality_flags_json: '[]',
            quality_measures_json: '{}',
            decision: 'publish',
            related_json: '[]',
            chars_billed: 0,
            segments_from_memory: 0,
            segments_sent: 0,
            attempts_json: '[]',
            created_at: a.publishedAt,
          })),
        )
        .execute();
      await indexArticles(trx, ids);
    });
    if (!values.json && process.stderr.isTTY) process.stderr.write(`\rloaded ${start + ids.length} / ${articles}`);
  }
  if (!values.json && process.stderr.isTTY) process.stderr.write('\n');
}

interface Probe {
  kind: string;
  text: string;
  filters: SearchFilters;
}

/** A realistic mix: common, mid and rare words, two words, phrases, prefixes, original-language words, with and without filters. */
function queryMix(c: Corpus, n: number): Probe[] {
  const r = random(seed + 1);
  const word = (from: number, to: number) => c.english[from + Math.floor(r() * (to - from))]!;
  const language = () => LANGUAGES[Math.floor(r() * LANGUAGES.length)]!;
  const sample = () => c.article(Math.floor(r() * articles), articles);
  const day = (offset: number) => new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);
  const kinds: (() => Probe)[] = [
    () => ({ kind: 'common word', text: word(60, 200), filters: {} }),
    () => ({ kind: 'mid word', text: word(500, 5000), filters: {} }),
    () => ({ kind: 'rare word', text: word(10_000, 40_000), filters: {} }),
    () => ({ kind: 'two words', text: `${word(60, 400)} ${word(400, 8000)}`, filters: {} }),
    () => ({ kind: 'two common words', text: `${word(60, 200)} ${word(60, 200)}`, filters: {} }),
    () => {
      const first = sample().blocks[0]!;
      const words = first.type === 'paragraph' ? first.text.split(' ') : [];
      const at = Math.floor(r() * Math.max(1, words.length - 3));
      return { kind: 'phrase', text: `"${words.slice(at, at + 2).join(' ').replace(/\.$/, '')}"`, filters: {} };
    },
    () => ({ kind: 'prefix', text: `${word(300, 3000).slice(0, 4)}*`, filters: {} }),
    () => {
      const l = language();
      return { kind: 'original word', text: c.originals[l]![Math.floor(200 + r() * 3000)]!, filters: {} };
    },
    () => ({ kind: 'common + language', text: word(60, 200), filters: { language: language() } }),
    () => ({ kind: 'common + category', text: word(60, 200), filters: { category: CATEGORIES[Math.floor(r() * CATEGORIES.length)]!.split('/')[0]! } }),
    () => {
      const from = Math.floor(r() * 700);
      return { kind: 'common + dates', text: word(60, 200), filters: { from: day(from), to: day(from + 30) } };
    },
    () => ({ kind: 'mid + source', text: word(500, 5000), filters: { source: `source-${Math.floor(r() * SOURCES)}` } }),
    () => ({ kind: 'exclusion', text: `${word(60, 300)} -${word(60, 300)}`, filters: {} }),
  ];
  return Array.from({ length: n }, (_, i) => kinds[i % kinds.length]!());
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (x: number) => Number(x.toFixed(2));
const summary = (times: number[]) => {
  const s = [...times].sort((a, b) => a - b);
  return { n: s.length, p50: ms(percentile(s, 50)), p95: ms(percentile(s, 95)), p99: ms(percentile(s, 99)), max: ms(s.at(-1)!) };
};

/**
 * Wall time and this process's CPU time: on a shared machine the wall time also counts waiting for a core, the
 * CPU time does not (SQLite runs in this thread, so it is all counted).
 */
async function timed<T>(f: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await f();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, value };
}

const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'fd-bench-search-'));
try {
  const store = await openStore({ dataDir: dir });
  const c = corpus(seed);
  const started = performance.now();
  const loaded = await store.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const reused = Number(loaded.n) > 0;
  if (!reused) await load(store, c);
  else if (Number(loaded.n) !== articles) throw new Error(`${dir} holds ${loaded.n} articles, not ${articles}: remove it or pass the same --articles`);
  const loadSeconds = (performance.now() - started) / 1000;

  const probes = queryMix(c, queries);
  for (const p of probes.slice(0, 20)) await store.search.search({ query: parseQuery(p.text), filters: p.filters, limit: 20, offset: 0, now: NOW });
  const byKind = new Map<string, number[]>();
  const cpuByKind = new Map<string, number[]>();
  const all: number[] = [];
  const cpu: number[] = [];
  let hits = 0;
  for (const p of probes) {
    const { ms: t, cpuMs, value } = await timed(() => store.search.search({ query: parseQuery(p.text), filters: p.filters, limit: 20, offset: 0, now: NOW }));
    hits += value.hits.length;
    all.push(t);
    cpu.push(cpuMs);
    byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), t]);
    cpuByKind.set(p.kind, [...(cpuByKind.get(p.kind) ?? []), cpuMs]);
  }
  const r = random(seed + 2);
  const related: number[] = [];
  const relatedCpu: number[] = [];
  for (let i = 0; i < Math.min(100, queries); i++) {
    const id = 1 + Math.floor(r() * articles);
    const { ms: t, cpuMs } = await timed(() => store.search.related({ id, limit: 5, now: NOW }));
    related.push(t);
    relatedCpu.push(cpuMs);
  }
  await store.close();

  const total = summary(all);
  const totalCpu = summary(cpu);
  const rel = summary(related);
  const relCpu = summary(relatedCpu);
  const result = {
    articles,
    queries: probes.length,
    load_s: reused ? null : Number(loadSeconds.toFixed(1)),
    articles_per_s: reused ? null : Math.round(articles / loadSeconds),
    db_mb: Math.round(statSync(join(dir, 'foreigndesk.sqlite')).size / 1024 / 1024),
    p50_ms: total.p50,
    p95_ms: total.p95,
    p99_ms: total.p99,
    max_ms: total.max,
    cpu_p50_ms: totalCpu.p50,
    cpu_p95_ms: totalCpu.p95,
    mean_hits: Number((hits / probes.length).toFixed(1)),
    related_p50_ms: rel.p50,
    related_p95_ms: rel.p95,
    related_cpu_p95_ms: relCpu.p95,
  };
  if (values.json) console.log(JSON.stringify(result));
  else {
    const row = (kind: string, wall: ReturnType<typeof summary>, c: ReturnType<typeof summary>) => [kind, wall.n, wall.p50, wall.p95, wall.p99, wall.max, c.p50, c.p95];
    const rows = [...byKind.entries()].map(([kind, times]) => row(kind, summary(times), summary(cpuByKind.get(kind)!)));
    rows.push(row('all queries', total, totalCpu), row('you may like', rel, relCpu));
    console.log(renderTable(['query', 'n', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'cpu p50', 'cpu p95'], rows));
    const loading = reused ? `reused from ${dir}` : `loaded in ${result.load_s} s (${result.articles_per_s}/s)`;
    console.log(`\n${articles} articles ${loading}, database ${result.db_mb} MB`);
  }
} finally {
  if (values.keep === undefined) rmSync(dir, { recursive: true, force: true });
}
