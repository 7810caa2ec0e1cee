import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { renderTable } from '../cli/table.ts';
import { configSchema, type SourceConfig } from '../config/schema.ts';
import { publishOnce } from '../pipeline/publish.ts';
import { seedExtracted, seedTranslation } from '../pipeline/publish-fixtures.ts';
import { openStore } from '../store/index.ts';
import { createWebServer } from '../web/server.ts';

/**
 * bench:lists — the category, source, language and country pages and their feeds over a store of N published
 * articles (put in through the same repository calls the pipeline makes): milliseconds per request, median and
 * 95th percentile, through the whole server (routing, queries, rendering, ETag) without a socket; and the CPU time
 * this process spent per request (median), which other work on the machine inflates less than wall time.
 */
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '30' },
    json: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const rounds = Number(values.rounds);
if (!(articles > 0 && rounds > 0)) throw new Error('--articles and --rounds must be positive numbers');

const OUTLETS: [string, string, string][] = [
  ['el-diario', 'ES', 'es'],
  ['la-voz', 'ES', 'es'],
  ['o-jornal', 'PT', 'pt'],
  ['le-quotidien', 'FR', 'fr'],
  ['il-giornale', 'IT', 'it'],
  ['el-cronista', 'AR', 'es'],
];
const CATEGORIES = ['News/Politics', 'News/World', 'Business/Economy', 'Sport/Football', 'Culture'];
const paragraph = { type: 'paragraph' as const, html: 'Texto.', text: 'Texto.' };

const dir = mkdtempSync(join(tmpdir(), 'fd-bench-lists-'));
const store = await openStore({ dataDir: dir });
try {
  const sources: SourceConfig[] = OUTLETS.map(([id, country, language]) => ({
    id,
    name: id,
    country,
    language,
    homepage: `https://${id}.example/`,
    feeds: [`https://${id}.example/rss`],
    sitemaps: [],
    sectionPages: [],
    sections: Object.fromEntries(CATEGORIES.map((c) => [c.toLowerCase(), c])),
    mode: 'full',
    pollInterval: 900_000,
    enabled: true,
  }));
  await store.sources.syncFromConfig(sources);
  const seedStarted = performance.now();
  for (let n = 0; n < articles; n++) {
    const [sourceId, , language] = OUTLETS[n % OUTLETS.length]!;
    const publishedAt = new Date(Date.UTC(2021, 0, 1) + n * 600_000).toISOString();
    const id = await seedExtracted(store, { sourceId, url: `https://${sourceId}.example/${n}`, language, title: `Original ${n}`, blocks: [paragraph], publishedAt, category: CATEGORIES[n % CATEGORIES.length]! });
    await seedTranslation(store, id, language, { title: `Story ${n}`, blocks: [paragraph], decision: 'publish' });
  }
  const config = configSchema.parse({ dataDir: dir, sources, web: { baseUrl: 'https://desk.example' } });
  const ctx = { store, config, log: pino({ level: 'silent' }), now: () => new Date() };
  while ((await publishOnce(ctx)).published > 0);
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  const app = createWebServer({ store, config });
  const last = Math.ceil((articles * 2) / CATEGORIES.length / 50);
  const urls = [
    '/category/news',
    '/category/news/politics',
    `/category/news?page=${last}`,
    '/source/el-diario',
    '/language/es',
    '/country/ar',
    '/category/news/feed.xml',
    '/source/el-diario/atom.xml',
    '/language/es/feed.json',
    '/date/2021-01-02',
  ];
  const rows = [];
  for (const url of urls) {
    const times: number[] = [];
    const cpu: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const res = await app.inject({ method: 'GET', url });
      const used = process.cpuUsage(cpuStarted);
      times.push(performance.now() - started);
      cpu.push((used.user + used.system) / 1000);
      if (res.statusCode !== 200) throw new Error(`${url}: HTTP ${res.statusCode}`);
    }
    const at = (list: number[], q: number) => Number([...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))]!.toFixed(2));
    rows.push({ url, median_ms: at(times, 0.5), p95_ms: at(times, 0.95), cpu_ms: at(cpu, 0.5) });
  }
  await app.close();
  const result = { articles, rounds, seed_seconds: Number(seedSeconds.toFixed(1)), pages: rows };
  if (values.json) console.log(JSON.stringify(result));
  else {
    console.log(`${articles} published articles (seeded and published in ${result.seed_seconds} s), ${rounds} requests per URL`);
    console.log(renderTable(['url', 'median ms', 'p95 ms', 'CPU ms'], rows.map((r) => [r.url, r.median_ms, r.p95_ms, r.cpu_ms])));
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
