import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startSeededSite, type SeededSite } from './seeded-site.ts';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0';
const CONNECTION_HEADERS = new Set(['date', 'connection', 'keep-alive']);

interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: Buffer;
}

function over(base: string, method: string, path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: { ...res.headers }, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function injected(site: SeededSite, method: 'GET' | 'HEAD', path: string, headers: Record<string, string>): Promise<Answer> {
  const res = await site.app.inject({ method, url: path, headers });
  return { status: res.statusCode, headers: { ...res.headers }, body: res.rawPayload };
}

function withoutConnectionHeaders(a: Answer): Answer {
  return { ...a, headers: Object.fromEntries(Object.entries(a.headers).filter(([name]) => !CONNECTION_HEADERS.has(name))) };
}

test('a cached page over the network is answered by the front exactly as Fastify answers it, in every encoding and validator case', async () => {
  const site = await startSeededSite();
  try {
    const a = await site.publish({ slug: 'front', title: 'The council meets on the floods', paragraphs: ['A paragraph long enough to be compressed. '.repeat(60)] });
    const base = await site.app.listen({ host: '127.0.0.1', port: 0 });
    const first = await over(base, 'GET', a.path, { 'user-agent': BROWSER });
    assert.equal(first.status, 200);
    const etag = String(first.headers.etag);
    const cases: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'gzip, deflate' },
      { 'accept-encoding': 'gzip, deflate, br' },
      { 'accept-encoding': 'br;q=0, gzip' },
      { 'if-none-match': etag },
      { 'if-none-match': `W/${etag.slice(0, -1)}-br"`, 'accept-encoding': 'br' },
      { 'if-none-match': '"other"' },
      { 'if-modified-since': String(first.headers['last-modified']) },
      { 'if-modified-since': 'Thu, 01 Jan 1970 00:00:00 GMT', 'accept-encoding': 'gzip' },
    ];
    for (const headers of cases) {
      const hits = site.app.pageCache.hits;
      const misses = site.app.pageCache.misses;
      const front = await over(base, 'GET', a.path, { 'user-agent': BROWSER, ...headers });
      assert.equal(site.app.pageCache.hits, hits + 1, `a hit for ${JSON.stringify(headers)}`);
      assert.equal(site.app.pageCache.misses, misses);
      const fastify = await injected(site, 'GET', a.path, { 'user-agent': BROWSER, ...headers });
      assert.deepEqual(withoutConnectionHeaders(front), withoutConnectionHeaders(fastify), JSON.stringify(headers));
      assert.equal(front.headers.connection, 'keep-alive');
      assert.match(String(front.headers['keep-alive']), /^timeout=\d+$/);
    }
    const head = await over(base, 'HEAD', a.path, { 'user-agent': BROWSER });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.equal(head.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(head.headers['content-security-policy'], first.headers['content-security-policy']);
  } finally {
    await site.close();
  }
});

test('views counted by the front follow the same rules: browsers yes, bots and prefetches no, other pages no', async () => {
  const site = await startSeededSite({ now: () => new Date('2026-03-26T14:10:00Z') });
  try {
    const a = await site.publish({ slug: 'read', title: 'A much read story' });
    const base = await site.app.listen({ host: '127.0.0.1', port: 0 });
    await over(base, 'GET', a.path, { 'user-agent': BROWSER });
    await over(base, 'GET', '/', { 'user-agent': BROWSER });
    const hits = site.app.pageCache.hits;
    const first = await over(base, 'GET', a.path, { 'user-agent': BROWSER });
    await over(base, 'GET', a.path, { 'user-agent': BROWSER, 'if-none-match': String(first.headers.etag) });
    await over(base, 'GET', a.path, { 'user-agent': BROWSER, purpose: 'prefetch' });
    await over(base, 'GET', a.path, { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' });
    await over(base, 'GET', '/', { 'user-agent': BROWSER });
    assert.equal(site.app.pageCache.hits, hits + 5, 'all answered from the cache');
    await site.app.readerViews.flush();
    assert.deepEqual(await site.store.db.selectFrom('views_hourly').selectAll().execute(), [{ article_id: a.id, hour: '2026-03-26T14', views: 3 }]);
  } finally {
    await site.close();
  }
});

test('rate-limited surfaces never skip the limit through the front, and a changed site is rendered again', async () => {
  const site = await startSeededSite({ web: { rateLimit: { search: { perMinute: 1, burst: 2 } } } });
  try {
    const a = await site.publish({ slug: 'limited', title: 'Floods in the valley' });
    const base = await site.app.listen({ host: '127.0.0.1', port: 0 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await over(base, 'GET', '/search?q=floods', { 'user-agent': BROWSER })).status);
    assert.deepEqual(statuses, [200, 200, 429]);

    const before = await over(base, 'GET', a.path, { 'user-agent': BROWSER });
    await site.publish({ slug: 'limited', title: 'Floods in the valley recede' });
    const after = await over(base, 'GET', a.path, { 'user-agent': BROWSER });
    assert.notEqual(after.headers.etag, before.headers.etag);
    assert.match(after.body.toString(), /Floods in the valley recede/);
  } finally {
    await site.close();
  }
});
