import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredArticle } from '../../store/articles.ts';
import { startTestSite, type TestSite } from '../test-site.ts';

const BASE = 'https://desk.example';

let site: TestSite;
let flagged: StoredArticle;

before(async () => {
  site = await startTestSite({ languages: ['spa', 'eng'], baseUrl: `${BASE}/` });
  const rows = await site.published();
  const db = site.ctx.store.db;
  // Two articles on the same instant: only a (date, id) keyset pages them without loss or repeat.
  await db.updateTable('articles').set({ published_at: rows[1]!.published_at }).where('id', '=', rows[4]!.id).execute();
  flagged = rows.find((r) => r.language === 'es')!;
  await db.updateTable('translations').set({ decision: 'publish-with-notice', quality_flags_json: '["untranslated-words"]' }).where('id', '=', flagged.published_translation_id!).execute();
});

after(() => site.close());

const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });

interface Item {
  id: number;
  url: string;
  published: string;
  category: string | null;
  source: { id: string; name: string; country: string };
  original: { url: string; language: string };
  translation: { engine: string; route: string[]; translatedAt: string; notice: boolean };
}

/** Every page of a query, following `next` until it is null. */
async function walk(query: string): Promise<{ items: Item[]; pages: number }> {
  const items: Item[] = [];
  let pages = 0;
  let next: string | null = null;
  do {
    const res = await get(`/api/v1/articles?${query}${next ? `&cursor=${next}` : ''}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
    const body = res.json() as { items: Item[]; next: string | null };
    items.push(...body.items);
    next = body.next;
    pages++;
    assert.ok(pages < 50, 'pagination ends');
  } while (next !== null);
  return { items, pages };
}

test('pages of every size walk all published articles exactly once, newest first', async () => {
  const rows = await site.published();
  assert.ok(rows.length >= 6, `seeded ${rows.length}`);
  for (const limit of [1, 2, 4, 100]) {
    const { items, pages } = await walk(`limit=${limit}`);
    assert.deepEqual(items.map((i) => i.id).sort((a, b) => a - b), rows.map((r) => r.id), `limit=${limit}`);
    assert.equal(pages, Math.max(1, Math.ceil(rows.length / limit)), `limit=${limit}: pages`);
    const keys = items.map((i) => `${i.published}|${String(i.id).padStart(9, '0')}`);
    assert.deepEqual(keys, [...keys].sort().reverse(), `limit=${limit}: newest first`);
  }
});

test('each item: site URL, outlet, original and translation provenance with the notice flag', async () => {
  const { items } = await walk('limit=100');
  const rows = await site.published();
  const decisions = await site.ctx.store.db.selectFrom('translations').select(['id', 'decision']).execute();
  const decisionOf = (row: StoredArticle) => decisions.find((t) => t.id === row.published_translation_id)!.decision;
  for (const item of items) {
    const row = rows.find((r) => r.id === item.id)!;
    assert.equal(item.url, BASE + row.path!);
    assert.equal(item.original.url, row.canonical_url);
    assert.equal(item.original.language, row.language);
    assert.ok(['El Diario Español', 'The Morning Ledger'].includes(item.source.name), item.source.name);
    assert.match(item.source.country, /^[A-Z]{2}$/);
    assert.ok(!Number.isNaN(Date.parse(item.translation.translatedAt)));
    assert.equal(item.translation.notice, decisionOf(row) === 'publish-with-notice', `notice on ${item.id}`);
  }
  assert.equal(items.find((i) => i.id === flagged.id)!.translation.notice, true);
  const es = items.find((i) => i.original.language === 'es')!;
  assert.equal(es.translation.engine, 'libretranslate');
  assert.deepEqual(es.translation.route, ['es', 'en']);
});

test('filters narrow the list and combine', async () => {
  const rows = await site.published();
  const cases = [
    { query: 'language=es', want: rows.filter((r) => r.language === 'es') },
    { query: 'source=morning-ledger', want: rows.filter((r) => r.source_id === 'morning-ledger') },
    { query: 'category=News', want: rows.filter((r) => r.category?.startsWith('News/')) },
    { query: 'category=Business%2FEconomy', want: rows.filter((r) => r.category === 'Business/Economy') },
    { query: 'category=Busi', want: [] },
    { query: `since=${encodeURIComponent(rows[1]!.published_at!)}`, want: rows.filter((r) => r.published_at! >= rows[1]!.published_at!) },
    { query: 'language=es&source=morning-ledger', want: [] },
    { query: 'language=fr', want: [] },
  ];
  for (const c of cases) {
    const { items } = await walk(`limit=2&${c.query}`);
    assert.deepEqual(items.map((i) => i.id).sort((a, b) => a - b), c.want.map((r) => r.id), c.query);
  }
});

test('a bad parameter gets 400 with a JSON error naming it', async () => {
  const cases = [
    { query: 'limit=0', parameter: 'limit' },
    { query: 'limit=101', parameter: 'limit' },
    { query: 'limit=ten', parameter: 'limit' },
    { query: 'cursor=not-ours', parameter: 'cursor' },
    { query: `cursor=${Buffer.from('{"a":1}').toString('base64url')}`, parameter: 'cursor' },
    { query: 'language=Spanish', parameter: 'language' },
    { query: 'source=El%20Pais', parameter: 'source' },
    { query: 'category=News//Politics', parameter: 'category' },
    { query: 'since=yesterday', parameter: 'since' },
    { query: 'since=2021-13-45', parameter: 'since' },
    { query: 'language=es&language=pt', parameter: 'language' },
    { query: 'lang=es', parameter: 'lang' },
  ];
  for (const c of cases) {
    const res = await get(`/api/v1/articles?${c.query}`);
    assert.equal(res.statusCode, 400, c.query);
    assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
    const { error } = res.json() as { error: { status: number; message: string; parameter: string } };
    assert.equal(error.parameter, c.parameter, c.query);
    assert.ok(error.message.startsWith(`${c.parameter}: `), error.message);
  }
});

test('one article: both texts, provenance and the quality decision; ETag answers 304', async () => {
  const res = await get(`/api/v1/articles/${flagged.id}`);
  assert.equal(res.statusCode, 200);
  const a = res.json();
  assert.equal(a.url, BASE + flagged.path!);
  assert.equal(a.original.url, flagged.canonical_url);
  assert.equal(a.original.language, 'es');
  assert.equal(a.original.title, flagged.title);
  assert.deepEqual(a.original.blocks, JSON.parse(flagged.blocks_json!));
  assert.equal(a.translation.language, 'en');
  assert.notEqual(a.translation.title, a.original.title);
  assert.equal(a.translation.blocks.length, a.original.blocks.length);
  assert.equal(a.translation.engine, 'libretranslate');
  assert.deepEqual(a.translation.quality, { decision: 'publish-with-notice', flags: ['untranslated-words'], notice: true });
  assert.equal(a.source.name, 'El Diario Español');
  const again = await get(`/api/v1/articles/${flagged.id}`, { 'if-none-match': res.headers.etag as string });
  assert.equal(again.statusCode, 304);
});

test('missing, malformed and taken-down articles answer JSON 404 and 410', async () => {
  const rows = await site.published();
  const gone = rows.at(-1)!;
  await site.ctx.store.db.updateTable('articles').set({ state: 'removed' }).where('id', '=', gone.id).execute();
  for (const [url, status] of [['/api/v1/articles/999999', 404], ['/api/v1/articles/abc', 404], [`/api/v1/articles/${gone.id}`, 410], ['/api/v1/nothing', 404]] as const) {
    const res = await get(url);
    assert.equal(res.statusCode, status, url);
    assert.equal(res.headers['content-type'], 'application/json; charset=utf-8', url);
    assert.equal(res.json().error.status, status, url);
  }
  const { items } = await walk('limit=100');
  assert.ok(!items.some((i) => i.id === gone.id), 'the removed article leaves the list');
});

test('sources: every source with its published count', async () => {
  const rows = await site.published();
  const { items } = (await get('/api/v1/sources')).json() as { items: { id: string; name: string; homepage: string; country: string; language: string; articles: number }[] };
  assert.deepEqual(items.map((s) => s.id).sort(), ['diario-espanol', 'morning-ledger']);
  for (const s of items) {
    assert.equal(s.articles, rows.filter((r) => r.source_id === s.id).length, s.id);
    assert.match(s.homepage, /^http:\/\/127\./);
  }
  assert.equal(items.find((s) => s.id === 'diario-espanol')!.language, 'es');
});

/** Full paths of the router's tree as Fastify prints it (a segment per line, indented four per level). */
function routedPaths(tree: string): string[] {
  const stack: string[] = [];
  const paths: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^((?:[│ ] {3})*)(?:[├└]── )?(\S+) \(/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    stack.push(m[2]!);
    paths.push(stack.join(''));
  }
  return paths;
}

test('openapi.json is OpenAPI 3.1 and describes exactly the paths served under /api/v1', async () => {
  const res = await get('/api/v1/openapi.json');
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['content-type'], 'application/json; charset=utf-8');
  const doc = res.json();
  assert.match(doc.openapi, /^3\.1\.\d+$/);
  assert.equal(doc.servers[0].url, `${BASE}/api/v1`);
  const served = routedPaths(site.app.printRoutes({ commonPrefix: false }))
    .filter((p) => p.startsWith('/api/v1/'))
    .map((p) => p.slice('/api/v1'.length).replace(/:(\w+)/g, '{$1}'));
  assert.ok(served.length >= 4, served.join(' '));
  assert.deepEqual(Object.keys(doc.paths).sort(), served.sort());
  const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g)!;
  for (const r of refs) assert.ok(doc.components.schemas[r.split('/').at(-1)!], `${r} is defined`);
  const params = doc.paths['/articles'].get.parameters.map((p: { name: string }) => p.name).sort();
  assert.deepEqual(params, ['category', 'cursor', 'language', 'limit', 'since', 'source']);
});
