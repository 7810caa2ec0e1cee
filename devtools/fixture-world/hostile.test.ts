import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createGunzip } from 'node:zlib';
import iconv from 'iconv-lite';
import { sourceSchema } from '../../src/config/schema.ts';
import { parseFeed } from '../../src/sources/feeds.ts';
import { rawGet } from './raw-get.ts';
import { HOSTILE_SOURCE_ID, startFixtureWorld, type FixtureWorld, type HostileEndpoints } from './world.ts';
import { xmlProblem } from './xml-check.ts';

/** Inflates the bomb as it arrives and hangs up once `limit` bytes have come out. */
function inflateUpTo(url: string, limit: number): Promise<{ wireBytes: number; inflated: number; contentLength: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, (res) => {
      assert.equal(res.headers['content-encoding'], 'gzip');
      let wireBytes = 0;
      let inflated = 0;
      const gunzip = createGunzip();
      res.on('data', (c: Buffer) => {
        wireBytes += c.length;
      });
      gunzip.on('data', (c: Buffer) => {
        inflated += c.length;
        if (inflated >= limit) {
          req.destroy();
          gunzip.destroy();
          resolve({ wireBytes, inflated, contentLength: Number(res.headers['content-length']) });
        }
      });
      res.on('error', () => undefined);
      res.pipe(gunzip);
    });
    req.on('error', (err) => reject(err));
    req.end();
  });
}

describe('fixture world: hostile host', () => {
  let world: FixtureWorld;
  let h: HostileEndpoints;
  before(async () => {
    world = await startFixtureWorld({ languages: ['es'], articlesPerSource: 2, hostile: true });
    assert.ok(world.hostile);
    h = world.hostile;
  });
  after(() => world.close());

  it('has a host of its own and a source whose feeds reach every endpoint', async () => {
    const hosts = [new URL(h.origin).hostname, new URL(h.rateLimitedFeed).hostname];
    assert.equal(new Set(hosts).size, 2);
    assert.ok(!world.sources.some((s) => hosts.includes(s.host)));
    const config = world.sourceConfigs().find((c) => c.id === HOSTILE_SOURCE_ID);
    assert.ok(config);
    sourceSchema.parse(config);
    assert.deepEqual(config.feeds, [h.feed, h.malformedFeed, h.htmlFeed, h.errorFeed, h.rateLimitedFeed]);
    const feed = await rawGet(h.feed);
    assert.equal(xmlProblem(feed.body.toString('utf8')), null);
    const linked = parseFeed(feed.body.toString('utf8'), h.feed).items.map((i) => i.url);
    assert.deepEqual(linked, [h.gzipBomb, h.endlessBody, h.slowDrip, h.redirectLoop, h.redirectChain, h.redirectToPrivate, h.redirectToMetadata, h.lyingCharset, h.healthyArticle]);
  });

  it('serves a gzip bomb: about 1 MB on the wire that inflates past a thousand times its size', async () => {
    const r = await inflateUpTo(h.gzipBomb, 24 * 1024 * 1024);
    assert.ok(r.contentLength < 2 * 1024 * 1024, `wire size ${r.contentLength}`);
    assert.ok(r.inflated >= 24 * 1024 * 1024, 'inflates past the first gzip member');
    assert.ok(r.wireBytes * 100 < r.inflated, `${r.wireBytes} wire bytes for ${r.inflated} inflated`);
    assert.ok(r.contentLength * 500 < 1024 * 1024 * 1024);
  });

  it('never ends the endless body', async () => {
    const r = await rawGet(h.endlessBody, { maxBytes: 8 * 1024 * 1024 });
    assert.equal(r.status, 200);
    assert.equal(r.complete, false);
    assert.equal(r.body.length, 8 * 1024 * 1024);
  });

  it('drips the slow page a byte at a time without ending it', async () => {
    const r = await rawGet(h.slowDrip, { maxBytes: 3 });
    assert.equal(r.status, 200);
    assert.equal(r.complete, false);
    assert.equal(r.body.toString(), '<pp');
  });

  it('redirects in a loop, through a chain of six, and to private and metadata addresses', async () => {
    const a = await rawGet(h.redirectLoop);
    assert.equal(a.status, 302);
    const b = await rawGet(new URL(a.headers.location as string, h.redirectLoop).href);
    assert.equal(new URL(b.headers.location as string, h.redirectLoop).href, h.redirectLoop);

    let url = h.redirectChain;
    let hops = 0;
    for (let r = await rawGet(url); r.status === 302; r = await rawGet(url)) {
      url = new URL(r.headers.location as string, url).href;
      hops++;
      assert.ok(hops <= 10, 'chain too long');
    }
    assert.equal(hops, 6);

    assert.equal((await rawGet(h.redirectToPrivate)).headers.location, 'http://10.0.0.1/internal/article.html');
    assert.equal((await rawGet(h.redirectToMetadata)).headers.location, 'http://169.254.169.254/latest/meta-data/');
  });

  it('serves broken feeds: malformed XML, an HTML error page, a 500 and a 429 with Retry-After', async () => {
    const malformed = await rawGet(h.malformedFeed);
    assert.equal(malformed.status, 200);
    assert.match(malformed.headers['content-type'] ?? '', /rss\+xml/);
    assert.notEqual(xmlProblem(malformed.body.toString('utf8')), null);

    const html = await rawGet(h.htmlFeed);
    assert.equal(html.status, 200);
    assert.throws(() => parseFeed(html.body.toString('utf8'), h.htmlFeed), /HTML page/);

    assert.equal((await rawGet(h.errorFeed)).status, 500);
    const limited = await rawGet(h.rateLimitedFeed);
    assert.equal(limited.status, 429);
    assert.equal(limited.headers['retry-after'], '120');
  });

  it('lies about a charset: header utf-8, bytes windows-1252', async () => {
    const r = await rawGet(h.lyingCharset);
    assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(r.body));
    assert.ok(iconv.decode(r.body, 'windows-1252').includes(h.lyingCharsetText));
  });

  it('keeps serving the healthy article and the normal sources meanwhile', async () => {
    assert.equal((await rawGet(h.healthyArticle)).status, 200);
    const article = world.articles()[0];
    assert.ok(article);
    assert.equal((await rawGet(article.url)).status, 200);
  });
});
