import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderTable } from '../cli/table.ts';
import { startSeededSite } from '../web/seeded-site.ts';
import { startStaticNginx } from './static-nginx.ts';
import { runWrk, type WrkResult } from './wrk.ts';

/**
 * bench:web — requests per second and p50/p99 latency of the home page, an article and a date archive at 50
 * connections, from our server (page cache warm) and from nginx serving the same bytes as static files, measured
 * the same way in the same run (wrk, one thread: it shares the two cores with the server under test).
 */
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '300' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const connections = Number(values.connections);
const seconds = Number(values.duration);
if (!(articles > 0 && connections > 0 && seconds > 0)) throw new Error('--articles, --connections and --duration (seconds) must be positive numbers');

// Readers' browsers, so the article runs include counting views as a real visit does.
const HEADERS = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0' };
const DAYS = 10;

const site = await startSeededSite({ web: { rateLimit: {} } });
const prefix = mkdtempSync(join(tmpdir(), 'fd-bench-nginx-'));
let nginx: Awaited<ReturnType<typeof startStaticNginx>> | undefined;
try {
  const paths: string[] = [];
  for (let i = 0; i < articles; i++) {
    const day = String(1 + (i % DAYS)).padStart(2, '0');
    const a = await site.publish({
      slug: `story-${i}`,
      title: `Story ${i}: the council meets on the budget and the floods`,
      paragraphs: Array.from({ length: 12 }, (_, p) => `Paragraph ${p} of story ${i}, long enough to weigh what a real article weighs on the page and in the network.`),
      publishedAt: `2021-03-${day}T${String(8 + (i % 12)).padStart(2, '0')}:00:00Z`,
      category: ['News', 'Economy', 'Culture'][i % 3]!,
    });
    paths.push(a.path);
  }
  const base = await site.app.listen({ host: '127.0.0.1', port: 0 });
  const pages = { home: '/', article: paths[Math.floor(paths.length / 2)]!, day: '/date/2021-03-05' };

  const bodies: Record<string, Buffer> = {};
  for (const path of Object.values(pages)) {
    const res = await fetch(`${base}${path}`, { headers: { ...HEADERS, 'accept-encoding': 'identity' } });
    if (res.status !== 200) throw new Error(`bench: ${path} answered ${res.status}`);
    bodies[path === '/' ? '/' : path] = Buffer.from(await res.arrayBuffer());
  }
  nginx = await startStaticNginx(prefix, bodies);

  const rows: Record<string, { ours: WrkResult; nginx: WrkResult; bytes: number }> = {};
  for (const [name, path] of Object.entries(pages)) {
    // A short warm-up for each server first: caches filled, code compiled, connections open.
    await runWrk(`${base}${path}`, { connections, seconds: 1, headers: HEADERS });
    const ours = await runWrk(`${base}${path}`, { connections, seconds, headers: HEADERS });
    await runWrk(`${nginx.url}${path}`, { connections, seconds: 1, headers: HEADERS });
    const theirs = await runWrk(`${nginx.url}${path}`, { connections, seconds, headers: HEADERS });
    rows[name] = { ours, nginx: theirs, bytes: bodies[path]!.length };
  }

  const round = (n: number, d = 2) => Number(n.toFixed(d));
  const figures = Object.fromEntries(
    Object.entries(rows).map(([name, r]) => [
      name,
      {
        rps: Math.round(r.ours.rps),
        p50_ms: round(r.ours.p50_ms),
        p99_ms: round(r.ours.p99_ms),
        nginx_rps: Math.round(r.nginx.rps),
        nginx_p50_ms: round(r.nginx.p50_ms),
        nginx_p99_ms: round(r.nginx.p99_ms),
        ratio: round(r.ours.rps / r.nginx.rps),
        bytes: r.bytes,
        errors: r.ours.errors + r.nginx.errors,
      },
    ]),
  );
  const cache = site.app.pageCache;
  if (values.json) console.log(JSON.stringify({ articles, connections, seconds, ...figures, cache_hits: cache.hits, cache_misses: cache.misses }));
  else {
    const header = ['page', 'bytes', 'req/s', 'p50 ms', 'p99 ms', 'nginx req/s', 'nginx p50', 'nginx p99', 'ratio', 'errors'];
    console.log(
      renderTable(
        header,
        Object.entries(figures).map(([name, f]) => [name, f.bytes, f.rps, f.p50_ms, f.p99_ms, f.nginx_rps, f.nginx_p50_ms, f.nginx_p99_ms, f.ratio, f.errors]),
      ),
    );
    console.log(`\n${articles} articles; wrk -t1 -c${connections} -d${seconds}s --latency; page cache: ${cache.hits} hits, ${cache.misses} renders.`);
    console.log('Goal: cached article pages at 0.5× nginx req/s or better, p99 under 20 ms.');
  }
} finally {
  await nginx?.stop();
  await site.close();
  rmSync(prefix, { recursive: true, force: true });
}
