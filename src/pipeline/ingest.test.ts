import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { configSchema } from '../config/schema.ts';
import { HOSTILE_SOURCE_ID, startFixtureWorld, type FixtureWorld } from '../../devtools/fixture-world/world.ts';
import { createContext, type PipelineContext } from './context.ts';
import { ingestOnce } from './ingest.ts';
import type { Block } from '../extract/types.ts';

let world: FixtureWorld;
let ctx: PipelineContext;
let dir: string;

before(async () => {
  world = await startFixtureWorld({ languages: ['spa', 'por', 'fra', 'deu', 'pol', 'rus', 'eng', 'cat'], articlesPerSource: 4, hostile: true, crawlDelay: 0 });
  dir = mkdtempSync(join(tmpdir(), 'fd-ingest-'));
  const config = configSchema.parse({
    dataDir: dir,
    fetch: { allowPrivateNetworks: ['127.0.0.0/8'], perHostDelay: '1ms', timeout: '6s', connectTimeout: '3s', maxBodyBytes: 2 * 1024 * 1024 },
    ingest: { maxArticleAge: '3650d', recheckAfter: '6h' },
    // The 429 feed puts the whole hostile host in backoff; it gets a test of its own below.
    sources: world.sourceConfigs().map((s) => ({ ...s, feeds: s.feeds.filter((f) => f !== world.hostile!.rateLimitedFeed) })),
  });
  ctx = await createContext(config, { log: pino({ level: 'silent' }) });
});

after(async () => {
  await ctx.store.close();
  await world.close();
  rmSync(dir, { recursive: true, force: true });
});

const flat = (t: string) => t.replace(/\s+/g, ' ');
const healthy = () => world.sourceConfigs().filter((s) => s.id !== HOSTILE_SOURCE_ID);

test('a first pass takes in every healthy source and contains every hostile endpoint', async () => {
  const reports = await ingestOnce(ctx, { force: true });
  for (const s of healthy()) {
    const r = reports.find((x) => x.source === s.id);
    assert.ok(r, `report for ${s.id}`);
    assert.equal(r.failed, 0, `${s.id}: ${r.firstError}`);
    assert.ok(r.new >= 4, `${s.id} took in ${r.new} articles`);
    assert.ok(world.requestLog().every((q) => !q.path.startsWith('/private/')), 'robots.txt Disallow honoured');
  }
  const hostile = reports.find((r) => r.source === HOSTILE_SOURCE_ID)!;
  assert.ok(hostile.failed >= 5, `hostile source failed ${hostile.failed} times`);
  assert.ok(hostile.firstError);

  const rows = await ctx.store.db.selectFrom('articles').select(['url', 'error', 'state']).where('source_id', '=', HOSTILE_SOURCE_ID).execute();
  const errorOf = (url: string) => rows.find((r) => r.url === url)?.error ?? '(not stored)';
  const h = world.hostile!;
  // The cap stops the bomb within milliseconds on a quiet machine (src/fetch tests); on a loaded one the timeout may win.
  assert.match(errorOf(h.gzipBomb), /too large|exceeds|cap|no response within/i);
  assert.match(errorOf(h.endlessBody), /too large|exceeds|cap|timed? ?out/i);
  assert.match(errorOf(h.slowDrip), /timed? ?out|no response within/i);
  assert.match(errorOf(h.redirectLoop), /loop/i);
  assert.match(errorOf(h.redirectChain), /redirect/i);
  assert.match(errorOf(h.redirectToPrivate), /non-public address 10\.0\.0\.1/);
  assert.match(errorOf(h.redirectToMetadata), /non-public address 169\.254\.169\.254/);
  assert.equal(rows.find((r) => r.url === h.healthyArticle)?.state, 'extracted');
  const lying = await ctx.store.db.selectFrom('articles').select('blocks_json').where('url', '=', h.lyingCharset).executeTakeFirst();
  assert.ok(lying?.blocks_json?.includes(h.lyingCharsetText), 'a page lying about its charset comes out right');

  const health = await ctx.store.sources.health();
  const feeds = await ctx.store.feeds.forSource(HOSTILE_SOURCE_ID);
  const feedError = (url: string) => feeds.find((f) => f.url === url)?.last_error ?? '(none)';
  assert.match(feedError(h.errorFeed), /500/);
  assert.match(feedError(h.htmlFeed), /html/i);
  assert.match(feedError(h.malformedFeed), /malformed XML/);
  assert.ok(health.find((x) => x.id === HOSTILE_SOURCE_ID)!.errorCount >= 3, JSON.stringify(feeds.map((f) => [f.url, f.last_error])));
});

test('stored articles match what the outlets published', async () => {
  const stored = await ctx.store.db.selectFrom('articles').selectAll().where('state', '=', 'extracted').execute();
  let checked = 0;
  for (const truth of world.articles().filter((a) => a.sourceId !== HOSTILE_SOURCE_ID)) {
    const row = stored.find((r) => r.url === truth.url || r.canonical_url === truth.url);
    if (!row) continue;
    checked++;
    assert.equal(flat(row.title!), flat(truth.title), truth.url);
    assert.equal(row.language, truth.language, `${truth.url}: language`);
    assert.equal(row.published_local?.slice(0, 10), truth.published.slice(0, 10), `${truth.url}: published day`);
    assert.equal(Date.parse(row.published_at!), Date.parse(truth.published), `${truth.url}: published instant`);
    const blocks = JSON.parse(row.blocks_json!) as Block[];
    const text = blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    for (const p of truth.paragraphs) assert.ok(flat(text).includes(flat(p)), `${truth.url}: paragraph "${p.slice(0, 40)}…" kept whole`);
    assert.ok(!/newsletter|compartir|share/i.test(text) || truth.paragraphs.some((p) => /newsletter|compartir|share/i.test(p)), `${truth.url}: page furniture left out`);
    assert.equal(row.category, truth.category, `${truth.url}: category from the section map`);
    assert.equal(row.site_name, world.sourceConfigs().find((s) => s.id === truth.sourceId)!.name);
  }
  assert.ok(checked >= healthy().length * 4, `checked ${checked} articles`);
});

test('a second pass asks conditionally and stores nothing twice', async () => {
  const before = await ctx.store.articles.countByState();
  const reports = await ingestOnce(ctx, { force: true });
  for (const r of reports.filter((x) => x.source !== HOSTILE_SOURCE_ID)) {
    assert.equal(r.new, 0, r.source);
    assert.equal(r.updated, 0, r.source);
  }
  assert.deepEqual((await ctx.store.articles.countByState()).extracted, before.extracted);
  const conditional = world.requestLog().filter((r) => r.headers['if-none-match'] || r.headers['if-modified-since']);
  assert.ok(conditional.length >= healthy().length, 'feeds were asked with validators');
});

test('an edit at the source becomes a new revision; a takedown becomes a tombstone', async () => {
  const [edited, gone] = world.articles().filter((a) => a.sourceId === healthy()[0]!.id);
  world.revise(edited!.url);
  world.remove(gone!.url);
  ctx.config.ingest.recheckAfter = 0;
  const reports = await ingestOnce(ctx, { force: true });
  const r = reports.find((x) => x.source === edited!.sourceId)!;
  assert.equal(r.updated, 1, JSON.stringify(r));
  assert.equal(r.removed, 1, JSON.stringify(r));
  const row = await ctx.store.db.selectFrom('articles').selectAll().where('url', '=', edited!.url).executeTakeFirstOrThrow();
  assert.equal(row.revision, 2);
  const removed = await ctx.store.db.selectFrom('articles').selectAll().where('url', '=', gone!.url).executeTakeFirstOrThrow();
  assert.equal(removed.state, 'removed');
  assert.equal(removed.blocks_json, null);
});

test('a 429 with Retry-After backs the host off and the feed waits at least that long', async () => {
  const hostile = ctx.sources.get(HOSTILE_SOURCE_ID)!;
  ctx.sources.set(HOSTILE_SOURCE_ID, { ...hostile, feeds: [world.hostile!.rateLimitedFeed] });
  const [report] = await ingestOnce(ctx, { force: true, sourceIds: [HOSTILE_SOURCE_ID] });
  assert.ok(report!.failed >= 1);
  assert.match(report!.firstError!, /429/);
  const state = await ctx.store.feeds.get(world.hostile!.rateLimitedFeed);
  assert.ok(Date.parse(state!.next_check_at) >= Date.now() + 100_000, `next check ${state!.next_check_at}`);
  const polledBefore = world.requestLog().length;
  await ingestOnce(ctx, { sourceIds: [HOSTILE_SOURCE_ID] });
  assert.equal(world.requestLog().filter((r) => r.path.includes('rate')).length, world.requestLog().slice(0, polledBefore).filter((r) => r.path.includes('rate')).length, 'not asked again before Retry-After');
});
