import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configSchema } from '../config/schema.ts';
import { limitedSurface, TokenBuckets } from './rate-limit.ts';
import { startSeededSite } from './seeded-site.ts';

test('a token bucket allows its burst, then one request per refill interval, per address', () => {
  let t = 0;
  const buckets = new TokenBuckets({ perMinute: 60, burst: 2 }, () => t);
  assert.deepEqual([buckets.take('a'), buckets.take('a'), buckets.take('a')], [0, 0, 1]);
  assert.equal(buckets.take('b'), 0, 'another address has its own bucket');
  t += 1000;
  assert.deepEqual([buckets.take('a'), buckets.take('a')], [0, 1]);
  t += 60_000;
  assert.deepEqual([buckets.take('a'), buckets.take('a'), buckets.take('a')], [0, 0, 1], 'refills to the burst, no further');
  assert.equal(buckets.held, 1, "b's bucket was full again, so b is forgotten");
  t += 120_000;
  buckets.take('c');
  assert.equal(buckets.held, 1, 'and so is a once full again');
});

test('the limits cover every path under /api/ and /search, and nothing else', () => {
  const cases: [string, 'api' | 'search' | null][] = [
    ['/api/v1/articles', 'api'],
    ['/api/v1/search', 'api'],
    ['/search', 'search'],
    ['/search/more', 'search'],
    ['/', null],
    ['/searching-for-peace', null],
    ['/2021/03/26/search-42', null],
    ['/apidocs', null],
  ];
  for (const [path, surface] of cases) assert.equal(limitedSurface(path), surface, path);
});

test('over the limit the API answers 429 in JSON and search in HTML, with Retry-After; both recover; pages are not limited', async () => {
  let t = Date.parse('2026-03-26T14:00:00Z');
  const site = await startSeededSite({ now: () => new Date(t), web: { rateLimit: { api: { perMinute: 60, burst: 2 }, search: { perMinute: 30, burst: 1 } } } });
  try {
    const get = (url: string) => site.app.inject({ method: 'GET', url });
    assert.deepEqual([(await get('/api/v1/sources')).statusCode, (await get('/api/v1/articles')).statusCode], [200, 200]);
    const api = await get('/api/v1/sources');
    assert.equal(api.statusCode, 429);
    assert.equal(api.headers['retry-after'], '1');
    assert.equal(api.headers['cache-control'], 'no-store');
    assert.deepEqual(api.json(), { error: { status: 429, message: 'too many requests: try again in 1 s', retryAfter: 1 } });

    assert.notEqual((await get('/search?q=budget')).statusCode, 429);
    const search = await get('/search?q=budget');
    assert.equal(search.statusCode, 429);
    assert.equal(search.headers['retry-after'], '2');
    assert.match(search.headers['content-type'] as string, /^text\/html/);
    assert.match(search.body, /<h1>Too many requests<\/h1>/);
    assert.equal((await get('/search/anything')).statusCode, 429);

    for (let i = 0; i < 20; i++) assert.equal((await get('/')).statusCode, 200, 'pages outside /api/ and /search are never limited');

    t += 2000;
    assert.equal((await get('/api/v1/sources')).statusCode, 200, 'the API recovers');
    assert.notEqual((await get('/search?q=budget')).statusCode, 429, 'search recovers');
  } finally {
    await site.close();
  }
});

test('settings: defaults for every limit; a bad one is refused naming where it is', () => {
  const web = configSchema.parse({}).web;
  assert.deepEqual(web.rateLimit, { api: { perMinute: 300, burst: 60 }, search: { perMinute: 60, burst: 20 } });
  assert.deepEqual(web.pageCache, { maxBytes: 64 * 1024 * 1024, ttl: 60_000, otherWritersRecheck: 100 });
  const refused = configSchema.safeParse({ web: { rateLimit: { search: { burst: 0 } } } });
  assert.equal(refused.success, false);
  assert.deepEqual(refused.error!.issues[0]!.path, ['web', 'rateLimit', 'search', 'burst']);
});
