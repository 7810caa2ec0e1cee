import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startSeededSite } from './seeded-site.ts';

const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

function clock(start: string) {
  let t = Date.parse(start);
  return { now: () => new Date(t), set: (iso: string) => (t = Date.parse(iso)) };
}

test('views of an article page are counted for browsers (200 and 304), not for bots or prefetches, and flushed per hour', async () => {
  const c = clock('2026-03-26T14:10:00Z');
  const site = await startSeededSite({ now: c.now });
  try {
    const a = await site.publish({ slug: 'read', title: 'A much read story' });
    const view = (headers: Record<string, string>) => site.app.inject({ method: 'GET', url: a.path, headers });
    const first = await view({ 'user-agent': BROWSER });
    await view({ 'user-agent': BROWSER, 'accept-encoding': 'br' });
    assert.equal((await view({ 'user-agent': BROWSER, 'if-none-match': first.headers.etag as string })).statusCode, 304);
    await view({ 'user-agent': BROWSER, 'sec-purpose': 'prefetch' });
    await view({ 'user-agent': GOOGLEBOT });
    await view({ 'user-agent': '' });
    await site.app.inject({ method: 'GET', url: '/', headers: { 'user-agent': BROWSER } });
    await site.app.inject({ method: 'GET', url: `${a.path}/`, headers: { 'user-agent': BROWSER } });
    await site.app.inject({ method: 'GET', url: '/2021/01/01/missing-999', headers: { 'user-agent': BROWSER } });
    assert.deepEqual(await site.store.db.selectFrom('views_hourly').selectAll().execute(), [], 'held in memory until flushed');

    await site.app.readerViews.flush();
    c.set('2026-03-26T15:01:00Z');
    await view({ 'user-agent': BROWSER, 'x-forwarded-for': '203.0.113.9', cookie: 'a=b' });
    await site.app.readerViews.flush();

    const rows = await site.store.db.selectFrom('views_hourly').selectAll().orderBy('hour').execute();
    assert.deepEqual(rows, [
      { article_id: a.id, hour: '2026-03-26T14', views: 3 },
      { article_id: a.id, hour: '2026-03-26T15', views: 1 },
    ]);
    assert.equal(first.headers['set-cookie'], undefined);
  } finally {
    await site.close();
  }
});

test('views still held are written when the server closes', async () => {
  const site = await startSeededSite();
  const a = await site.publish({ slug: 'closing', title: 'Read just before closing' });
  await site.app.inject({ method: 'GET', url: a.path, headers: { 'user-agent': BROWSER } });
  await site.app.close();
  const rows = await site.store.db.selectFrom('views_hourly').select(['article_id', 'views']).execute();
  assert.deepEqual(rows, [{ article_id: a.id, views: 1 }]);
  await site.close();
});

test('Trends 24h on the home and article pages shows the most viewed first', async () => {
  const c = clock('2026-03-26T14:10:00Z');
  const site = await startSeededSite({ now: c.now, web: { pageCache: { ttl: '1s' } } });
  try {
    const quiet = await site.publish({ slug: 'quiet', title: 'A quiet story' });
    const popular = await site.publish({ slug: 'popular', title: 'A popular story' });
    const unread = await site.publish({ slug: 'unread', title: 'An unread story' });
    const home = () => site.app.inject({ method: 'GET', url: '/', headers: { 'user-agent': BROWSER } });
    assert.ok(!(await home()).body.includes('Trends 24h'), 'no trends before anyone reads');
    for (const [path, n] of [
      [quiet.path, 1],
      [popular.path, 3],
    ] as const) {
      for (let i = 0; i < n; i++) await site.app.inject({ method: 'GET', url: path, headers: { 'user-agent': BROWSER } });
    }
    await site.app.readerViews.flush();
    c.set('2026-03-26T14:11:00Z');
    for (const url of ['/', unread.path]) {
      const html = (await site.app.inject({ method: 'GET', url, headers: { 'user-agent': BROWSER } })).body;
      const section = /<h2 id="trends-24h">Trends 24h<\/h2>(.*?)<\/section>/s.exec(html)?.[1];
      assert.ok(section, `${url} has Trends 24h`);
      const order = [...section.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]);
      assert.deepEqual(order, [popular.path, quiet.path], url);
    }
    c.set('2026-03-27T15:00:00Z');
    assert.ok(!(await home()).body.includes('Trends 24h'), 'views older than a day no longer trend');
  } finally {
    await site.close();
  }
});
