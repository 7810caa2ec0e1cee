import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { configSchema, type Config } from '../config/schema.ts';
import { startFixtureWorld, type FixtureWorld } from '../../devtools/fixture-world/world.ts';
import { examine } from '../cli/doctor.ts';
import type { Block } from '../extract/types.ts';
import type { StoredTranslation } from '../store/translations.ts';
import { DEFAULT_APERTIUM_DIR } from '../translate/engines/apertium/modes.ts';
import { startLibreTranslateFake } from '../translate/fakes/libretranslate.ts';
import { startOpenAiFake } from '../translate/fakes/openai.ts';
import type { FakeServer } from '../translate/fakes/server.ts';
import { createContext, type PipelineContext } from './context.ts';
import { ingestOnce } from './ingest.ts';
import { runScheduler } from './scheduler.ts';
import { translateOnce, type TranslatePassReport } from './translate.ts';

let world: FixtureWorld;
let libre: FakeServer;
let llm: FakeServer;
let ctx: PipelineContext;
let config: Config;
let dir: string;

const sourceOf = (lang: string) => world.sourceConfigs().find((s) => s.language === lang)!.id;
const silent = pino({ level: 'silent' });

before(async () => {
  world = await startFixtureWorld({ languages: ['spa', 'por', 'eng', 'pol'], articlesPerSource: 3, crawlDelay: 0 });
  libre = await startLibreTranslateFake();
  llm = await startOpenAiFake({ apiKey: 'sk-test', models: ['fake-mt'] });
  dir = mkdtempSync(join(tmpdir(), 'fd-translate-'));
  config = configSchema.parse({
    dataDir: dir,
    fetch: { allowPrivateNetworks: ['127.0.0.0/8'], perHostDelay: '1ms', timeout: '6s', connectTimeout: '3s' },
    ingest: { maxArticleAge: '3650d' },
    sources: world.sourceConfigs(),
    translation: {
      engines: ['libretranslate', 'openai'],
      libretranslate: { url: libre.url },
      // Polish is left to no one: it must wait, visibly.
      openai: { baseUrl: `${llm.url}/v1`, apiKey: 'sk-test', model: 'fake-mt', languages: ['es', 'pt', 'en'] },
      glossary: { ministro: 'Minister' },
      quality: { threshold: 0.6, belowThreshold: 'publish-with-notice' },
    },
  });
  ctx = await createContext(config, { log: silent });
  await ingestOnce(ctx, { force: true });
});

after(async () => {
  await ctx.close();
  await Promise.all([world.close(), libre.close(), llm.close()]);
  rmSync(dir, { recursive: true, force: true });
});

async function latestOf(lang: string): Promise<{ blocks: Block[]; original: Block[]; t: StoredTranslation }[]> {
  const rows = await ctx.store.db.selectFrom('articles').selectAll().where('source_id', '=', sourceOf(lang)).execute();
  const out = [];
  for (const row of rows) {
    const t = await ctx.store.translations.latest(row.id, 'en');
    if (t) out.push({ t, blocks: JSON.parse(t.blocks_json) as Block[], original: JSON.parse(row.blocks_json!) as Block[] });
  }
  return out;
}

const hrefs = (blocks: Block[]) => blocks.flatMap((b) => [...JSON.stringify(b).matchAll(/href=\\"([^"\\]+)/g)].map((m) => m[1]));

test('new articles are translated by the first engine, English passes through, Polish waits', async () => {
  const report = await translateOnce(ctx);
  assert.equal(report.translated, 6, JSON.stringify(report));
  assert.equal(report.passedThrough, 3);
  assert.equal(report.unsupported, 3);
  assert.equal(report.failed + report.waiting, 0, report.firstError ?? '');
  assert.ok(report.charsByEngine.libretranslate! > 0);

  for (const lang of ['es', 'pt']) {
    const done = await latestOf(lang);
    assert.equal(done.length, 3, lang);
    for (const { t, blocks, original } of done) {
      assert.equal(t.engine, 'libretranslate');
      assert.equal(t.route, `${lang}→en`);
      assert.deepEqual(blocks.map((b) => b.type), original.map((b) => b.type), 'same block list');
      assert.deepEqual(hrefs(blocks), hrefs(original), 'links kept');
      assert.equal(t.decision, t.quality_score >= 0.6 ? 'publish' : 'publish-with-notice');
      assert.ok(Array.isArray(JSON.parse(t.quality_flags_json)));
    }
  }
  for (const { t, blocks, original } of await latestOf('en')) {
    assert.equal(t.engine, 'none');
    assert.deepEqual(blocks, original);
  }
  const states = await ctx.store.articles.countByState();
  assert.equal(states.translated, 9);
  const polish = await ctx.store.db.selectFrom('articles').select(['state', 'translation_status', 'translation_error']).where('source_id', '=', sourceOf('pl')).execute();
  for (const p of polish) {
    assert.equal(p.state, 'extracted');
    assert.equal(p.translation_status, 'unsupported');
    assert.match(p.translation_error!, /pl→en: no configured engine serves/);
  }
  const health = await ctx.store.sources.health();
  assert.equal(health.find((h) => h.id === sourceOf('pl'))!.awaitingTranslation, 3);
  assert.equal(health.find((h) => h.id === sourceOf('es'))!.awaitingTranslation, 0);

  const doctor = await examine(config, ctx.store, ctx.translation);
  assert.deepEqual(doctor.engines.map((e) => [e.engine, e.health.ok]), [['libretranslate', true], ['openai', true]]);
  assert.deepEqual(doctor.unserved, [{ source: sourceOf('pl'), language: 'pl', articles: 3 }]);

  const again = await translateOnce(ctx);
  assert.equal(again.translated + again.passedThrough + again.unsupported, 0, 'nothing is due on a second pass');
});

test('translating again sends nothing the memory already holds', async () => {
  const sent = libre.segments.length;
  const report = await translateOnce(ctx, { retranslate: true, ignoreSchedule: true, sourceIds: [sourceOf('es'), sourceOf('pt')] });
  assert.equal(report.translated, 6);
  assert.equal(report.memory.hitRate, 1, JSON.stringify(report.memory));
  assert.equal(libre.segments.length, sent, 'no segment sent twice');
  const [one] = await latestOf('es');
  const history = await ctx.store.translations.history(one!.t.article_id);
  assert.equal(history.length, 2, 'older translations are kept');
  assert.equal(history[0]!.blocks_json, history[1]!.blocks_json);
});

test('a new revision is translated again; a 429 falls back to the next engine', async () => {
  const [first] = world.articles().filter((a) => a.sourceId === sourceOf('es'));
  world.revise(first!.url);
  ctx.config.ingest.recheckAfter = 0;
  await ingestOnce(ctx, { force: true, sourceIds: [sourceOf('es')] });
  const row = await ctx.store.db.selectFrom('articles').selectAll().where('url', '=', first!.url).executeTakeFirstOrThrow();
  assert.equal(row.revision, 2);

  libre.fail({ kind: 'rate_limited' });
  const report = await translateOnce(ctx);
  assert.equal(report.translated, 1, JSON.stringify(report));
  const t = (await ctx.store.translations.latest(row.id, 'en'))!;
  assert.equal(t.revision, 2);
  assert.equal(t.engine, 'openai');
  assert.match(t.model!, /^fake-mt/);
  assert.deepEqual(JSON.parse(t.attempts_json).map((a: { engine: string; code: string }) => [a.engine, a.code]), [['libretranslate', 'rate_limited']]);
  assert.equal((await ctx.store.articles.byId(row.id))!.state, 'translated');
});

test('a 5xx from the only engine leaves its articles waiting, each with a time to try again', async () => {
  const engineOnly = await createContext({ ...config, translation: { ...config.translation, engines: ['libretranslate'] } }, { log: silent });
  try {
    const [a, b] = world.articles().filter((x) => x.sourceId === sourceOf('pt'));
    for (const x of [a!, b!]) world.revise(x.url);
    await ingestOnce(engineOnly, { force: true, sourceIds: [sourceOf('pt')] });
    libre.fail({ kind: 'server_error', status: 503 });
    const report = await translateOnce(engineOnly);
    assert.equal(report.waiting, 2, JSON.stringify(report));
    assert.match(report.firstError!, /libretranslate unavailable/);
    const rows = await engineOnly.store.db.selectFrom('articles').select(['translation_status', 'translation_next_at']).where('url', 'in', [a!.url, b!.url]).execute();
    for (const r of rows) {
      assert.equal(r.translation_status, 'waiting');
      assert.ok(Date.parse(r.translation_next_at!) > Date.now());
    }
  } finally {
    await engineOnly.close();
  }
});

test('the scheduler behind foreigndesk run translates what was taken in', async () => {
  const url = world.addArticle(sourceOf('es'), { title: 'El ministro visitó la ciudad', paragraphs: ['El ministro dijo hoy que la ciudad es nueva y que la ley es nueva también.'] });
  await ingestOnce(ctx, { force: true, sourceIds: [sourceOf('es')] });
  const stop = new AbortController();
  const passes: TranslatePassReport[] = [];
  await runScheduler(ctx, {
    signal: stop.signal,
    onTranslated: (r) => {
      passes.push(r);
      stop.abort();
    },
  });
  assert.equal(passes.length, 1);
  assert.equal(passes[0]!.translated, 1, JSON.stringify(passes[0]));
  const row = await ctx.store.db.selectFrom('articles').select(['id', 'state']).where('url', '=', url).executeTakeFirstOrThrow();
  assert.equal(row.state, 'translated');
  const t = (await ctx.store.translations.latest(row.id, 'en'))!;
  assert.equal(t.title, 'The Minister visited the city', 'the global glossary reaches the engine');
});

const apertiumInstalled = existsSync('/usr/bin/apertium') && existsSync(join(DEFAULT_APERTIUM_DIR, 'modes')) && readdirSync(join(DEFAULT_APERTIUM_DIR, 'modes')).some((m) => m === 'spa-eng.mode');

test('Apertium for real: direct and pivot routes, structure kept', { skip: apertiumInstalled ? false : 'apertium (spa-eng) is not installed: run npm run setup' }, async () => {
  const offline = await createContext({ ...config, translation: { ...config.translation, engines: ['apertium'] } }, { log: silent });
  try {
    const report = await translateOnce(offline, { retranslate: true, ignoreSchedule: true, sourceIds: [sourceOf('es'), sourceOf('pt'), sourceOf('pl')] });
    const withContent = await offline.store.db.selectFrom('articles').select('id').where('source_id', 'in', [sourceOf('es'), sourceOf('pt')]).where('blocks_json', 'is not', null).execute();
    assert.equal(report.translated, withContent.length, JSON.stringify(report));
    assert.equal(report.unsupported, 3);
    for (const [lang, route] of [['es', 'es→en'], ['pt', 'pt→es→en']] as const) {
      for (const { t, blocks, original } of await latestOf(lang)) {
        assert.equal(t.engine, 'apertium');
        assert.equal(t.route, route);
        assert.deepEqual(blocks.map((b) => b.type), original.map((b) => b.type));
        assert.deepEqual(hrefs(blocks), hrefs(original));
        assert.match(blocks.map((b) => ('text' in b ? b.text : '')).join(' '), /\b(the|and|of)\b/, 'English came out');
      }
    }
  } finally {
    await offline.close();
  }
});
