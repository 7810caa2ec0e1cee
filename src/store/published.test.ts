import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { configSchema } from '../config/schema.ts';
import { publishOnce } from '../pipeline/publish.ts';
import { seedExtracted, seedSource, seedTranslation } from '../pipeline/publish-fixtures.ts';
import { sqliteHandle } from './database.ts';
import { openStore, type Store } from './index.ts';
import { cardQuery } from './published.ts';

let dir: string;
let store: Store;
const ids: Record<string, number> = {};
const paragraph = (text: string) => ({ type: 'paragraph' as const, html: text, text });

// name, source, language, category, published (UTC), decision
const WORLD: [string, string, string, string, string, 'publish' | 'hold'][] = [
  ['a', 'el-pais', 'es', 'News/Politics', '2021-03-26T19:00:00Z', 'publish'],
  ['b', 'el-pais', 'es', 'News/Politics', '2021-03-26T08:00:00Z', 'publish'],
  ['c', 'el-pais', 'es', 'Sport', '2021-03-26T12:00:00Z', 'publish'],
  ['d', 'publico', 'pt', 'News/Politics', '2021-03-25T23:59:00Z', 'publish'],
  ['e', 'el-pais', 'es', 'News/Politics', '2021-03-27T01:00:00Z', 'hold'],
];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fd-published-'));
  store = await openStore({ dataDir: dir });
  await seedSource(store, { id: 'el-pais', name: 'El País', country: 'ES', language: 'es', homepage: 'https://elpais.example/' });
  await store.sources.syncFromConfig([
    ...(await store.db.selectFrom('sources').select('config_json').execute()).map((r) => JSON.parse(r.config_json)),
    { id: 'publico', name: 'Público', country: 'PT', language: 'pt', homepage: 'https://publico.example/', feeds: ['https://publico.example/rss'], sitemaps: [], sectionPages: [], sections: {}, mode: 'full', pollInterval: 900_000, enabled: true },
  ]);
  for (const [name, sourceId, language, category, publishedAt, decision] of WORLD) {
    ids[name] = await seedExtracted(store, { sourceId, url: `https://${sourceId}.example/${name}`, language, title: `Original ${name}`, blocks: [paragraph('x')], publishedAt, category });
    await seedTranslation(store, ids[name]!, language, { title: `Story ${name}`, blocks: [paragraph('y')], decision });
  }
  await publishOnce({ store, config: configSchema.parse({}), log: pino({ level: 'silent' }), now: () => new Date('2021-03-27T09:00:00Z') });
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const titles = (cards: { title: string }[]) => cards.map((c) => c.title);

test('latest lists published articles only, newest first', async () => {
  assert.deepEqual(titles(await store.published.latest({ limit: 10 })), ['Story a', 'Story c', 'Story b', 'Story d']);
  assert.deepEqual(titles(await store.published.latest({ limit: 2, excludeId: ids.a! })), ['Story c', 'Story b']);
  const [first] = await store.published.latest({ limit: 1 });
  assert.deepEqual(first, {
    id: ids.a,
    path: `/2021/03/26/story-a-${ids.a}`,
    title: 'Story a',
    standfirst: null,
    publishedAt: '2021-03-26T19:00:00Z',
    category: 'News/Politics',
    categoryAssignment: { source: 'section-map', confidence: 1, iptc: 'medtop:11000000' },
    language: 'es',
    sourceId: 'el-pais',
    sourceName: 'El País',
  });
});

test('a day lists the articles whose path carries it, a page at a time', async () => {
  const cases: [string, number, number, string[], number][] = [
    ['2021-03-26', 10, 0, ['Story a', 'Story c', 'Story b'], 3],
    ['2021-03-26', 2, 2, ['Story b'], 3],
    ['2021-03-25', 10, 0, ['Story d'], 1],
    ['2021-03-27', 10, 0, [], 0],
  ];
  for (const [day, limit, offset, expected, total] of cases) {
    const page = await store.published.onDay(day, { limit, offset });
    assert.deepEqual(titles(page.items), expected, `${day} +${offset}`);
    assert.equal(page.total, total, day);
  }
});

test('alike: same category and language, the article itself left out', async () => {
  assert.deepEqual(titles(await store.published.alike({ category: 'News/Politics', language: 'es', excludeId: ids.a!, limit: 5 })), ['Story b']);
  assert.deepEqual(titles(await store.published.alike({ category: 'Sport', language: 'pt', excludeId: ids.a!, limit: 5 })), []);
});

test('top stories per category, busiest first; sources with their published counts', async () => {
  const top = await store.published.topByCategory({ perCategory: 1, window: 100 });
  assert.deepEqual(top.map((g) => [g.category, titles(g.items)]), [['News/Politics', ['Story a']], ['Sport', ['Story c']]]);
  assert.deepEqual(
    (await store.published.sources()).map((s) => [s.name, s.country, s.language, s.published]),
    [['El País', 'ES', 'es', 3], ['Público', 'PT', 'pt', 1]],
  );
});

test('lookup: held and unknown articles are missing', async () => {
  assert.deepEqual(await store.published.lookup(ids.e!), { status: 'missing' });
  assert.deepEqual(await store.published.lookup(99_999), { status: 'missing' });
  const found = await store.published.lookup(ids.d!);
  assert.equal(found.status, 'published');
  if (found.status === 'published') {
    assert.equal(found.article.url, 'https://publico.example/d');
    assert.deepEqual(found.article.translation.route, ['pt', 'en']);
    assert.deepEqual(found.article.original.blocks, [paragraph('x')]);
    assert.deepEqual(found.article.source, { homepage: 'https://publico.example/', country: 'PT' });
  }
});

test('cards of given ids (search, trends) are looked up by id, never found by scanning the published ones', async () => {
  const ordered = [ids.d!, ids.a!, ids.e!, ids.c!];
  const query = cardQuery(store.db, { forIds: true }).where('articles.id', 'in', ordered).compile();
  const plan = sqliteHandle(store.db)
    .sqlite.prepare(`explain query plan ${query.sql}`)
    .all(...(query.parameters as unknown[]))
    .map((r) => (r as { detail: string }).detail);
  assert.ok(plan.includes('SEARCH articles USING INTEGER PRIMARY KEY (rowid=?)'), plan.join('\n'));
  assert.deepEqual(titles(await store.published.cardsByIds(ordered)), ['Story d', 'Story a', 'Story c'], 'in the order given, held ones left out');
});
