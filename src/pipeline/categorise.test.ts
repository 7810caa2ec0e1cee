import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startFixtureWorld, type FixtureWorld } from '../../devtools/fixture-world/world.ts';
import { LOCALES } from '../../devtools/fixture-world/outlets.ts';
import { categoriesCommand } from '../cli/categories.ts';
import { configSchema } from '../config/schema.ts';
import { classify } from '../organize/classify.ts';
import type { CategoryCounts } from '../organize/category-counts.ts';
import { storyLines } from '../organize/labelled-stories.ts';
import { categoryByLabel, categoryNode } from '../organize/taxonomy.ts';
import { createWebServer } from '../web/server.ts';
import { createContext, type PipelineContext } from './context.ts';
import { ingestOnce } from './ingest.ts';
import { publishOnce } from './publish.ts';
import { withStore } from '../store/test-store.ts';
import { seedExtracted, seedTranslation } from './publish-fixtures.ts';

/**
 * The fixture world taken in by the real ingest, each article given the English reference of its NTREX story as
 * its translation, then published: the Spanish outlet keeps its section map, the English one has none (its own
 * section labels name our categories), the Portuguese one has none either (its labels do not), so the classifier
 * decides.
 */
const para = (text: string) => ({ type: 'paragraph' as const, html: text, text });
const reference = (story: string) => {
  const { title, lines } = storyLines(story);
  const [standfirst = '', ...body] = lines;
  return { title, standfirst, body };
};

let world: FixtureWorld;
let ctx: PipelineContext;
let dir: string;
const UNMAPPED = new Set(['en', 'pt']);

before(async () => {
  world = await startFixtureWorld({ languages: ['spa', 'eng', 'por'], articlesPerSource: 6, crawlDelay: 0 });
  dir = mkdtempSync(join(tmpdir(), 'fd-categorise-'));
  const config = configSchema.parse({
    dataDir: dir,
    // Generous: on a loaded machine a short timeout fails a page, and this test is not about fetching.
    fetch: { allowPrivateNetworks: ['127.0.0.0/8'], perHostDelay: '1ms', timeout: '30s', connectTimeout: '10s' },
    ingest: { maxArticleAge: '3650d' },
    web: { baseUrl: 'https://desk.example' },
    sources: world.sourceConfigs().map((s) => (UNMAPPED.has(s.language) ? { ...s, sections: {} } : s)),
  });
  ctx = await createContext(config, { log: pino({ level: 'silent' }) });
  await ingestOnce(ctx, { force: true });
  for (const a of world.articles()) {
    const row = await ctx.store.db.selectFrom('articles').select(['id', 'state', 'error']).where('canonical_url', '=', a.url).executeTakeFirstOrThrow();
    assert.equal(row.state, 'extracted', `${a.url} not taken in: ${row.error}`);
    const r = reference(a.story);
    await seedTranslation(ctx.store, row.id, a.language, { title: r.title, standfirst: r.standfirst, blocks: r.body.map(para), decision: 'publish', engine: 'reference' });
  }
  await publishOnce(ctx);
});

after(async () => {
  await ctx.close();
  await world.close();
  rmSync(dir, { recursive: true, force: true });
});

const stored = () => ctx.store.db.selectFrom('articles').selectAll().where('state', '=', 'published').execute();

test('section map when mapped, the outlet’s English label next, the classifier otherwise; provenance stored', async () => {
  const rows = await stored();
  const truths = world.articles();
  assert.equal(rows.length, truths.length);
  const seen = new Set<string>();
  for (const truth of truths) {
    const row = rows.find((r) => r.canonical_url === truth.url)!;
    const label = LOCALES[truth.language === 'en' ? 'eng' : truth.language === 'pt' ? 'por' : 'spa']!.sections.find((s) => s.slug === truth.section)!.label;
    const want =
      truth.language === 'es'
        ? { category: truth.category, source: 'section-map', confidence: 1 }
        : truth.language === 'en'
          ? { category: categoryByLabel(label)!, source: 'feed', confidence: 0.9 }
          : (() => {
              const r = reference(truth.story);
              const c = classify({ title: r.title, standfirst: r.standfirst, body: r.body.join('\n') });
              return { category: c.category, source: 'classifier', confidence: Math.round(c.confidence * 1000) / 1000 };
            })();
    assert.deepEqual(
      { category: row.category, source: row.category_source, confidence: row.category_confidence, iptc: row.category_iptc },
      { ...want, iptc: categoryNode(want.category)!.iptc },
      `${truth.url} (${label})`,
    );
    seen.add(want.source);
  }
  assert.deepEqual([...seen].sort(), ['classifier', 'feed', 'section-map']);
});

test('publishing again changes nothing', async () => {
  const before = await stored();
  assert.deepEqual(await publishOnce(ctx), { published: 0, updated: 0 });
  assert.deepEqual(await stored(), before);
});

test('API and JSON-LD show the category with its IPTC code and provenance', async () => {
  const app = createWebServer({ store: ctx.store, config: ctx.config });
  try {
    const row = (await stored()).find((r) => r.category_source === 'section-map' && r.category === 'News/Politics') ?? (await stored()).find((r) => r.category_iptc !== null)!;
    const node = categoryNode(row.category!)!;
    const uri = `http://cv.iptc.org/newscodes/mediatopic/${node.iptc!.slice('medtop:'.length)}`;
    const api = (await app.inject({ url: `/api/v1/articles/${row.id}` })).json();
    assert.equal(api.category, row.category);
    assert.deepEqual(api.categoryInfo, { path: row.category, name: node.name, iptc: { code: node.iptc, uri }, source: row.category_source, confidence: row.category_confidence });
    const list = (await app.inject({ url: '/api/v1/articles?limit=100' })).json();
    const item = list.items.find((i: { id: number }) => i.id === row.id);
    assert.equal(item.categoryInfo.iptc.code, node.iptc);
    const spec = (await app.inject({ url: '/api/v1/openapi.json' })).json();
    assert.ok(spec.components.schemas.Article.properties.categoryInfo);

    const page = await app.inject({ url: row.path! });
    assert.equal(page.statusCode, 200);
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.body)![1]!);
    assert.equal(ld.articleSection, row.category);
    assert.deepEqual(ld.about, { '@type': 'Thing', name: node.name, sameAs: uri });
  } finally {
    await app.close();
  }
});

test('foreigndesk categories: the tree with IPTC codes, counts per node and per provenance', async () => {
  // In-process (the command as main.ts registers it), so no second Node process competes with other test files.
  const cli = async (...args: string[]) => {
    const out: string[] = [];
    const log = console.log;
    console.log = (line: string) => void out.push(line);
    try {
      await categoriesCommand(() => ctx.config).parseAsync(args, { from: 'user' });
    } finally {
      console.log = log;
    }
    return out.join('\n');
  };
  const rows = await stored();
  const counts = JSON.parse(await cli('--json')) as CategoryCounts;
  assert.equal(counts.published, rows.length);
  for (const source of ['section-map', 'feed', 'classifier']) assert.equal(counts.bySource[source], rows.filter((r) => r.category_source === source).length, source);
  const politics = counts.nodes.find((n) => n.path === 'News/Politics')!;
  assert.equal(politics.iptc, 'medtop:11000000');
  assert.equal(politics.total, rows.filter((r) => r.category === 'News/Politics').length);
  const news = counts.nodes.find((n) => n.path === 'News')!;
  assert.equal(news.total, rows.filter((r) => r.category === 'News' || r.category!.startsWith('News/')).length);

  const table = await cli();
  assert.match(table, new RegExp(`^  Politics\\s+medtop:11000000\\s+${politics.total}\\s+${politics.bySource['section-map']}\\s+${politics.bySource.feed}\\s+${politics.bySource.classifier}$`, 'm'));
  assert.match(table, /^Sport\s+medtop:15000000\s+\d+/m);
  assert.match(table, new RegExp(`^published: ${rows.length}; section-map: ${counts.bySource['section-map']}, feed: ${counts.bySource.feed}, classifier: ${counts.bySource.classifier}`, 'm'));
});

test('an article whose stored evidence is unreadable is published all the same, the error naming it', async () => {
  await withStore(async (store) => {
    const lines: { msg: string; article?: number; stage?: string; err?: string }[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const id = await seedExtracted(store, { sourceId: 'elpais', url: 'https://elpais.com/a.html', language: 'es', title: 'Título', blocks: [para('Hola.')], publishedAt: '2021-03-26T10:00:00Z' });
    await seedTranslation(store, id, 'es', { title: 'The striker scored twice', blocks: [para('The goalkeeper saved a penalty.')], decision: 'publish' });
    await store.db.updateTable('articles').set({ feed_item_json: '{not json' }).where('id', '=', id).execute();
    assert.deepEqual(await publishOnce({ store, config: configSchema.parse({}), log, now: () => new Date('2021-03-27T00:00:00Z') }), { published: 1, updated: 0 });
    const row = (await store.articles.byId(id))!;
    assert.equal(row.state, 'published');
    assert.equal(row.category_source, null);
    const error = lines.find((l) => l.stage === 'categorise');
    assert.equal(error?.article, id);
    assert.match(error?.err ?? '', new RegExp(`article ${id}: its feed item is not valid JSON`));
  });
});
