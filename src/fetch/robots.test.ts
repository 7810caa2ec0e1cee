import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RobotsCache } from './robots.ts';
import { FetchError, type FetchResult } from './types.ts';

const UA = 'ForeignDesk/0.1 (+https://example.org/bot)';

function served(body: string, maxAgeSeconds: number | null = null) {
  const fetched: string[] = [];
  const fetchRobots = async (url: string): Promise<FetchResult> => {
    fetched.push(url);
    return {
      url, status: 200, notModified: false, headers: { 'content-type': 'text/plain' }, body: Buffer.from(body),
      contentType: 'text/plain', etag: null, lastModified: null, maxAgeSeconds, redirects: [],
    };
  };
  return { fetched, fetchRobots };
}

const rules: [string, string, boolean][] = [
  ['User-agent: *\nDisallow: /', '/a', false],
  ['User-agent: *\nDisallow: /\n\nUser-agent: foreigndesk\nDisallow:', '/a', true],
  ['User-agent: ForeignDesk\nDisallow: /search\n', '/search?q=x', false],
  ['User-agent: ForeignDesk\nDisallow: /search\n', '/searching', false],
  ['User-agent: ForeignDesk\nDisallow: /*/print$\n', '/news/1/print', false],
  ['User-agent: ForeignDesk\nDisallow: /*/print$\n', '/news/1/print/2', true],
  ['User-agent: ForeignDesk\nDisallow: /news/\nAllow: /news/public/\n', '/news/public/1', true],
  ['User-agent: OtherBot\nDisallow: /\n', '/a', true],
  ['', '/a', true],
  ['this is not robots.txt\n<html>', '/a', true],
];
test('the product token is taken from a User-Agent without a version', async () => {
  const robots = new RobotsCache(served('User-agent: *\nDisallow: /\n\nUser-agent: ForeignDesk\nAllow: /\n').fetchRobots, 'ForeignDesk (+https://example.org/bot)');
  assert.equal((await robots.check(new URL('https://news.example/a'))).allowed, true);
});

for (const [text, path, allowed] of rules) {
  test(`robots ${JSON.stringify(text)} → ${path} ${allowed ? 'allowed' : 'disallowed'}`, async () => {
    const robots = new RobotsCache(served(text).fetchRobots, UA);
    assert.equal((await robots.check(new URL(`https://news.example${path}`))).allowed, allowed);
  });
}

test('one fetch per origin, shared by concurrent checks, refreshed after max-age', async () => {
  let now = 0;
  const { fetched, fetchRobots } = served('User-agent: *\nCrawl-delay: 2\n', 3600);
  const robots = new RobotsCache(fetchRobots, UA, () => now);
  const verdicts = await Promise.all([1, 2, 3].map((n) => robots.check(new URL(`https://news.example/${n}`))));
  assert.deepEqual(verdicts.map((v) => v.crawlDelayMs), [2000, 2000, 2000]);
  await robots.check(new URL('https://other.example/'));
  assert.deepEqual(fetched, ['https://news.example/robots.txt', 'https://other.example/robots.txt']);
  now += 3_600_001;
  await robots.check(new URL('https://news.example/4'));
  assert.equal(fetched.length, 3);
});

test('a failure disallows everything for a while, then robots.txt is asked again', async () => {
  let now = 0;
  let calls = 0;
  const robots = new RobotsCache(
    async (url) => {
      calls++;
      throw new FetchError('timeout', url, 'no response within 10 ms');
    },
    UA,
    () => now,
  );
  const verdict = await robots.check(new URL('https://news.example/a'));
  assert.deepEqual(verdict, { allowed: false, crawlDelayMs: 0, reason: 'robots.txt unavailable (timeout)' });
  await robots.check(new URL('https://news.example/b'));
  assert.equal(calls, 1);
  now += 11 * 60_000;
  await robots.check(new URL('https://news.example/c'));
  assert.equal(calls, 2);
});
