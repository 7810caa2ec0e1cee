import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { configSchema } from '../config/schema.ts';
import { createContext } from '../pipeline/context.ts';
import { ingestOnce } from '../pipeline/ingest.ts';
import { renderTable } from '../cli/table.ts';
import { startFixtureWorld } from '../../devtools/fixture-world/world.ts';

/**
 * bench:ingest — the local news world end to end (feeds → pages → extraction → store) on a fresh SQLite file:
 * articles per minute and peak RSS. The world runs in this process too, so the figures include serving it.
 */
const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: '13' },
    articles: { type: 'string', default: '50' },
    json: { type: 'boolean', default: false },
  },
});
const sources = Number(values.sources);
const articlesPerSource = Number(values.articles);
if (!(sources > 0 && articlesPerSource > 0)) throw new Error('--sources and --articles must be positive numbers');

const world = await startFixtureWorld({ sources, articlesPerSource, crawlDelay: 0 });
const dir = mkdtempSync(join(tmpdir(), 'fd-bench-ingest-'));
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
try {
  const config = configSchema.parse({
    dataDir: dir,
    fetch: { allowPrivateNetworks: ['127.0.0.0/8'], perHostDelay: '1ms' },
    ingest: { maxArticleAge: '3650d' },
    sources: world.sourceConfigs(),
  });
  const ctx = await createContext(config, { log: pino({ level: 'silent' }) });
  const started = performance.now();
  const reports = await ingestOnce(ctx, { force: true });
  const seconds = (performance.now() - started) / 1000;
  const stored = reports.reduce((n, r) => n + r.new, 0);
  const failed = reports.reduce((n, r) => n + r.failed, 0);
  await ctx.store.close();
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const result = {
    sources,
    articles_per_source: articlesPerSource,
    articles: stored,
    failed,
    seconds: Number(seconds.toFixed(2)),
    articles_per_min: Math.round((stored / seconds) * 60),
    peak_rss_mb: Math.round(peakRss / 1024 / 1024),
  };
  if (values.json) console.log(JSON.stringify(result));
  else {
    console.log(renderTable(Object.keys(result), [Object.values(result)]));
    for (const r of reports.filter((x) => x.failed > 0)) console.log(`${r.source}: ${r.failed} failed, first: ${r.firstError}`);
  }
} finally {
  clearInterval(sampler);
  await world.close();
  rmSync(dir, { recursive: true, force: true });
}
