import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { openStore } from '../store/index.ts';
import { PageCache, type CachedPage } from './page-cache.ts';
import { startSeededSite, type SeededSite } from './seeded-site.ts';

const page = (bytes: number): CachedPage => ({
  headers: { 'content-type': 'text/html' },
  etag: '"x"',
  lastModified: '',
  lastModifiedMs: 0,
  body: Buffer.alloc(bytes),
  gzip: Buffer.alloc(0),
  br: Buffer.alloc(0),
  generation: 0,
  storedAt: 0,
});

test('the cache is bounded by bytes and drops the least recently used first', () => {
  const cache = new PageCache(3 * (1000 + 512 + 4));
  cache.set('/a', page(1000));
  cache.set('/b', page(1000));
  cache.set('/c', page(1000));
  cache.get('/a');
  cache.set('/d', page(1000));
  assert.deepEqual(['/a', '/b', '/c', '/d'].map((k) => cache.peek(k) !== undefined), [true, false, true, true]);
  assert.ok(cache.usedBytes <= cache.maxBytes);
  cache.set('/huge', page(10_000));
  assert.equal(cache.peek('/huge'), undefined, 'a page larger than the whole cache is not kept');
  assert.equal(cache.size, 3);
});

let site: SeededSite;
let first: { id: number; path: string };
const BROWSER = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0' };
const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers: { ...BROWSER, ...headers } });
const dayOf = (path: string) => path.slice(1, 11).replaceAll('/', '-');

before(async () => {
  site = await startSeededSite({ web: { pageCache: { otherWritersRecheck: '1ms' } } });
  first = await site.publish({ slug: 'first', title: 'Parliament passes the budget', category: 'News' });
});

after(() => site.close());

test('a cache hit returns the identical bytes and headers without rendering again', async () => {
  const a = await get('/');
  const hitsBefore = site.app.pageCache.hits;
  const b = await get('/');
  assert.equal(site.app.pageCache.hits, hitsBefore + 1, 'answered from the cache');
  assert.equal(b.statusCode, 200);
  assert.equal(b.body, a.body);
  for (const h of ['etag', 'last-modified', 'cache-control', 'content-type', 'vary', 'content-security-policy']) assert.equal(b.headers[h], a.headers[h], h);
  assert.match(a.headers['cache-control'] as string, /^public, max-age=\d+, stale-while-revalidate=\d+$/);
  assert.equal(b.headers['set-cookie'], undefined);
});

test('a cached API answer keeps its own headers (CORS) and its JSON', async () => {
  const a = await get('/api/v1/sources');
  const hitsBefore = site.app.pageCache.hits;
  const b = await get('/api/v1/sources');
  assert.equal(site.app.pageCache.hits, hitsBefore + 1);
  assert.equal(b.headers['access-control-allow-origin'], '*');
  assert.equal(b.headers['content-type'], a.headers['content-type']);
  assert.deepEqual(b.json(), a.json());
});

test('a translation published while the site runs shows at once on the home, day and article pages', async () => {
  const dayPage = `/date/${dayOf(first.path)}`;
  for (const url of ['/', dayPage, first.path]) await get(url);
  const second = await site.publish({ slug: 'second', title: 'Floods reach the capital' });
  for (const url of ['/', dayPage, first.path]) assert.ok((await get(url)).body.includes(`href="${second.path}"`), `${url} lists the new article`);
  const article = await get(second.path);
  assert.equal(article.statusCode, 200);
  assert.match(article.body, /<h1>Floods reach the capital<\/h1>/);
});

test('a revision shows at once, at the same path', async () => {
  const before = await get(first.path);
  assert.match(before.body, /Parliament passes the budget/);
  const revised = await site.publish({ slug: 'first', title: 'Parliament passes the amended budget', category: 'News' });
  assert.equal(revised.path, first.path);
  const after = await get(first.path);
  assert.match(after.body, /<h1>Parliament passes the amended budget<\/h1>/);
  assert.notEqual(after.headers.etag, before.headers.etag);
  assert.match((await get('/')).body, /Parliament passes the amended budget/);
});

test('a removal shows at once: 410 for the article, gone from the lists', async () => {
  const doomed = await site.publish({ slug: 'doomed', title: 'A story taken down' });
  assert.equal((await get(doomed.path)).statusCode, 200);
  assert.ok((await get('/')).body.includes(doomed.path));
  await site.store.articles.remove(doomed.id, 'takedown requested');
  assert.equal((await get(doomed.path)).statusCode, 410);
  assert.ok(!(await get('/')).body.includes(doomed.path));
});

test('clustering shows at once: a near-duplicate leaves the lists, and a change to a story bumps the generation', async () => {
  const original = await site.publish({ slug: 'wire-a', title: 'Wire story about the harbour' });
  const copy = await site.publish({ slug: 'wire-b', title: 'Wire story about the harbour, again' });
  assert.ok((await get('/')).body.includes(copy.path));
  const story = await site.store.stories.place(original.id, { storyId: null, nearDuplicateOf: null, headline: 'Wire story about the harbour' });
  await site.store.stories.place(copy.id, { storyId: story, nearDuplicateOf: original.id, headline: 'Wire story about the harbour' });
  const home = (await get('/')).body;
  assert.ok(home.includes(original.path) && !home.includes(copy.path), 'one of a group of near-duplicates is listed');
  const before = site.store.siteGeneration.current();
  await site.store.db.updateTable('stories').set({ headline: 'The harbour story' }).where('id', '=', story).execute();
  assert.ok(site.store.siteGeneration.current() > before);
});

test('a change written by another process on the same database file (a category, a source name) shows once the recheck interval has passed', async () => {
  await get('/');
  await get('/sources');
  const other = await openStore({ dataDir: site.dir });
  try {
    await other.db.updateTable('articles').set({ category: 'Economy' }).where('id', '=', first.id).execute();
    await other.db.updateTable('sources').set({ name: 'El País (Madrid)' }).where('id', '=', 'el-pais').execute();
  } finally {
    await other.close();
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.match((await get('/')).body, /<h3><a href=\"\/category\/economy\">Economy<\/a><\/h3>/);
  assert.match((await get('/sources')).body, /El País \(Madrid\)/);
});

test('gzip and br answers decompress to the same HTML, each with its own ETag; 304 by ETag or date, also when compressed', async () => {
  for (const url of ['/', first.path]) {
    const plain = await get(url);
    const gz = await get(url, { 'accept-encoding': 'gzip, deflate' });
    const br = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(plain.headers['content-encoding'], undefined);
    for (const r of [plain, gz, br]) assert.equal(r.headers.vary, 'accept-encoding', url);
    assert.equal(gunzipSync(gz.rawPayload).toString(), plain.body);
    assert.equal(brotliDecompressSync(br.rawPayload).toString(), plain.body);
    assert.ok(br.rawPayload.length < plain.rawPayload.length / 2, 'br is smaller');
    assert.equal(new Set([plain.headers.etag, gz.headers.etag, br.headers.etag]).size, 3);

    const byTag = await get(url, { 'accept-encoding': 'br', 'if-none-match': br.headers.etag as string });
    assert.equal(byTag.statusCode, 304, `${url} by ETag`);
    assert.equal(byTag.rawPayload.length, 0);
    const byDate = await get(url, { 'accept-encoding': 'gzip', 'if-modified-since': plain.headers['last-modified'] as string });
    assert.equal(byDate.statusCode, 304, `${url} by date`);
    const earlier = new Date(Date.parse(plain.headers['last-modified'] as string) - 1000).toUTCString();
    assert.equal((await get(url, { 'if-modified-since': earlier })).statusCode, 200);
    assert.equal((await get(url, { 'if-none-match': '"other"', 'if-modified-since': plain.headers['last-modified'] as string })).statusCode, 200, 'If-None-Match decides');
  }
});

test('pages not cached (404) are compressed too; small and already-compressed answers are left alone', async () => {
  const missing = await get('/nowhere', { 'accept-encoding': 'gzip' });
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.headers['content-encoding'], 'gzip');
  assert.match(gunzipSync(missing.rawPayload).toString(), /Page not found/);
  const health = await get('/healthz', { 'accept-encoding': 'gzip' });
  assert.equal(health.headers['content-encoding'], undefined);
  assert.deepEqual(health.json(), { ok: true });
});
