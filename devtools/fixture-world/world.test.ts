import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { configSchema, sourceSchema } from '../../src/config/schema.ts';
import { parseFeed } from '../../src/sources/feeds.ts';
import { rawGet, type RawResponse } from './raw-get.ts';
import { startFixtureWorld, type FixtureSource, type FixtureWorld } from './world.ts';
import { xmlProblem } from './xml-check.ts';

const PER_SOURCE = 6;

function bodyText(res: RawResponse, charset: string): string {
  const coding = res.headers['content-encoding'];
  const bytes = coding === 'gzip' ? gunzipSync(res.body) : coding === 'br' ? brotliDecompressSync(res.body) : res.body;
  return iconv.decode(bytes, charset);
}

async function getText(world: FixtureWorld, url: string): Promise<{ res: RawResponse; text: string; source: FixtureSource }> {
  const source = world.sources.find((s) => url.startsWith(s.homepage));
  assert.ok(source, `no source serves ${url}`);
  const res = await rawGet(url, { headers: { 'accept-encoding': 'gzip, br' } });
  assert.equal(res.status, 200, `GET ${url}`);
  return { res, text: bodyText(res, url.endsWith('.json') ? 'utf-8' : source.charset), source };
}

describe('fixture world', () => {
  let world: FixtureWorld;
  before(async () => {
    world = await startFixtureWorld({ articlesPerSource: PER_SOURCE, seed: 7 });
  });
  after(() => world.close());

  it('puts each of the 13 languages on its own loopback host, with a valid configuration', () => {
    assert.equal(world.sources.length, 13);
    assert.equal(new Set(world.sources.map((s) => s.host)).size, 13);
    assert.deepEqual(world.sources.map((s) => s.host), Array.from({ length: 13 }, (_, i) => `127.0.0.${i + 2}`));
    assert.deepEqual(new Set(world.sources.map((s) => s.language)), new Set(['es', 'ca', 'gl', 'pt', 'fr', 'it', 'ro', 'de', 'nl', 'pl', 'ru', 'uk', 'en']));
    for (const c of world.sourceConfigs()) sourceSchema.parse(c);
    const config = configSchema.parse(parseYaml(world.configYaml({ dataDir: '/tmp/x' })));
    assert.deepEqual(config.fetch.allowPrivateNetworks, ['127.0.0.0/8']);
    assert.equal(config.dataDir, '/tmp/x');
    assert.equal(config.sources.find((s) => s.language === 'es')?.name, 'El Diario Español');
    const kinds = new Set(world.sources.flatMap((s) => s.discovery));
    assert.deepEqual([...kinds].sort(), ['atom', 'json', 'news-sitemap', 'rdf', 'rss091', 'rss2', 'section-pages', 'sitemap-index']);
  });

  it('serves every feed and sitemap well-formed, parsing to exactly the live articles', async () => {
    const truth = world.articles();
    for (const source of world.sources) {
      const expected = new Set(truth.filter((a) => a.sourceId === source.id).map((a) => a.url));
      for (const url of [...source.feeds, ...source.sitemaps]) {
        const { res, text } = await getText(world, url);
        if (!url.endsWith('.json')) assert.equal(xmlProblem(text), null, `${url} is not well-formed`);
        assert.match(res.headers['cache-control'] ?? '', /max-age=\d+/);
        const feed = parseFeed(text, url);
        let urls = feed.items.map((i) => i.url);
        if (feed.kind === 'sitemap-index') {
          assert.equal(feed.children?.length, 2, url);
          for (const child of feed.children ?? []) urls = urls.concat(parseFeed((await getText(world, child)).text, child).items.map((i) => i.url));
        }
        const found = new Set(urls.filter((u) => u !== source.privateUrl));
        assert.deepEqual(found, expected, `${url} (${feed.kind})`);
        assert.equal(urls.length - found.size, url.endsWith('/rss.xml') ? 1 : 0, `${url}: the /private/ item only in RSS 2.0`);
        const first = feed.items.find((i) => i.url !== source.privateUrl);
        const article = truth.find((a) => a.url === first?.url);
        if (feed.kind !== 'sitemap-index' && feed.kind !== 'sitemap') assert.equal(first?.title, article?.title.replace(/\s+/g, ' '), `${url}: title of ${first?.url}`);
      }
    }
  });

  it('lists a section-only source on section pages whose links match its articleUrlPattern', async () => {
    const source = world.sources.find((s) => s.discovery.includes('section-pages'));
    assert.ok(source?.articleUrlPattern);
    const pattern = new RegExp(source.articleUrlPattern);
    const found = new Set<string>();
    for (const page of source.sectionPages) {
      const { document } = parseHTML((await getText(world, page)).text);
      for (const a of document.querySelectorAll('a')) {
        const href = new URL(a.getAttribute('href') ?? '', page).href;
        if (pattern.test(href)) found.add(href);
      }
    }
    const expected = world.articles().filter((a) => a.sourceId === source.id).map((a) => a.url);
    assert.deepEqual(found, new Set([...expected, source.privateUrl]));
  });

  it('renders each article page with its text, metadata, charset and related links', async () => {
    for (const source of world.sources) {
      const article = world.articles().find((a) => a.sourceId === source.id);
      assert.ok(article);
      const { res, text } = await getText(world, article.url);
      if (source.charset === 'windows-1251') assert.equal(res.headers['content-type'], 'text/html');
      else assert.equal(res.headers['content-type'], `text/html; charset=${source.charset}`);
      if (source.charset !== 'utf-8') assert.ok(text.includes(`charset=${source.charset}`), `${article.url} declares its charset in a meta tag`);
      assert.equal(res.headers['content-encoding'], source.compression ?? undefined, article.url);
      const { document } = parseHTML(text);
      assert.equal(document.querySelector('h1')?.textContent, article.title);
      assert.equal(document.querySelector('time')?.getAttribute('datetime'), article.published);
      assert.match(article.published, /[+-]\d{2}:\d{2}$/);
      assert.doesNotMatch(article.published, /[+-]00:00$/);
      const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
      assert.equal(ld['@type'], 'NewsArticle');
      assert.equal(ld.headline, article.title);
      assert.equal(ld.datePublished, article.published);
      assert.equal(ld.isAccessibleForFree, article.isAccessibleForFree);
      assert.deepEqual(ld.author.map((a: { name: string }) => a.name), article.authors);
      assert.equal(document.querySelector('meta[property="og:site_name"]')?.getAttribute('content'), source.name);
      const pageText = document.body.textContent ?? '';
      for (const p of article.paragraphs) assert.ok(pageText.includes(p), `${article.url}: paragraph missing: ${p.slice(0, 40)}`);
      assert.ok(pageText.includes(article.image.credit));
      const bullets = [...document.querySelectorAll('a')].filter((a) => article.related.some((r) => r.url === a.getAttribute('href')));
      assert.equal(bullets.length, article.related.length);
      assert.ok(pageText.includes(`• ${article.related[0]?.title}`));
    }
  });

  it('serves gzip and br only to clients that accept them', async () => {
    for (const coding of ['gzip', 'br'] as const) {
      const source = world.sources.find((s) => s.compression === coding);
      assert.ok(source, coding);
      const feed = source.feeds[0] as string;
      const plain = await rawGet(feed);
      assert.equal(plain.headers['content-encoding'], undefined);
      const packed = await rawGet(feed, { headers: { 'accept-encoding': coding } });
      assert.equal(packed.headers['content-encoding'], coding);
      assert.ok(packed.body.length < plain.body.length);
      assert.deepEqual(bodyText(packed, 'utf-8'), plain.body.toString('utf8'));
    }
  });

  it('answers conditional GETs with 304, and a revision changes body, modified time and ETag', async () => {
    const source = world.sources.find((s) => s.discovery.includes('atom')) as FixtureSource;
    const feed = source.feeds[0] as string;
    const first = await rawGet(feed);
    const etag = first.headers.etag as string;
    assert.ok(etag && first.headers['last-modified']);
    assert.equal((await rawGet(feed, { headers: { 'if-none-match': etag } })).status, 304);
    assert.equal((await rawGet(feed, { headers: { 'if-modified-since': first.headers['last-modified'] as string } })).status, 304);
    const article = world.articles().find((a) => a.sourceId === source.id);
    assert.ok(article);
    const page = await rawGet(article.url);
    assert.equal((await rawGet(article.url, { headers: { 'if-none-match': page.headers.etag as string } })).status, 304);

    world.revise(article.url);
    const revised = world.articles().find((a) => a.url === article.url);
    assert.ok(revised && revised.revision === 2 && revised.modified !== article.modified);
    assert.notDeepEqual(revised.paragraphs, article.paragraphs);
    const again = await rawGet(article.url, { headers: { 'if-none-match': page.headers.etag as string } });
    assert.equal(again.status, 200);
    assert.ok(again.body.toString('utf8').includes(revised.paragraphs.at(-1) as string));
    assert.equal((await rawGet(feed, { headers: { 'if-none-match': etag } })).status, 200);
    const entry = parseFeed((await rawGet(feed)).body.toString('utf8'), feed).items.find((i) => i.url === article.url);
    assert.equal(Date.parse(entry?.modified ?? ''), Date.parse(revised.modified));
  });

  it('removes an article (410, gone from the feed) and adds one at the top', async () => {
    const source = world.sources.find((s) => s.discovery.includes('json')) as FixtureSource;
    const feed = source.feeds[0] as string;
    const victim = world.articles().filter((a) => a.sourceId === source.id)[2];
    assert.ok(victim);
    world.remove(victim.url);
    assert.equal((await rawGet(victim.url)).status, 410);
    const fresh = world.addArticle(source.id, { section: source.sections[1]?.slug });
    const items = parseFeed((await getText(world, feed)).text, feed).items;
    assert.equal(items[0]?.url, fresh);
    assert.ok(!items.some((i) => i.url === victim.url));
    assert.equal(items.length, PER_SOURCE);
    assert.equal((await rawGet(fresh)).status, 200);
    const mine = world.articles().filter((a) => a.sourceId === source.id);
    assert.equal(new Set(mine.map((a) => a.paragraphs.join('\n'))).size, mine.length, 'a new article tells a story of its own');
    assert.equal(world.articles().find((a) => a.url === victim.url)?.removed, true);
    assert.throws(() => world.remove('http://127.0.0.2:1/nope.html'), /no article at http:\/\/127\.0\.0\.2:1\/nope\.html/);
    assert.throws(() => world.addArticle('nope'), /no source "nope"/);
  });

  it('publishes robots.txt rules: /private/ disallowed, one Crawl-delay, Sitemap lines', async () => {
    let delays = 0;
    for (const source of world.sources) {
      const robots = (await rawGet(`${source.homepage}robots.txt`)).body.toString('utf8');
      assert.match(robots, /User-agent: \*\nDisallow: \/private\//);
      if (/Crawl-delay: 1/.test(robots)) delays++;
      assert.deepEqual(robots.match(/^Sitemap: (.+)$/gm)?.map((l) => l.slice(9)) ?? [], source.sitemaps);
      assert.ok(new URL(source.privateUrl).pathname.startsWith('/private/'));
    }
    assert.equal(delays, 1);
  });

  it('logs every request with host, path, method and headers', async () => {
    const source = world.sources[0] as FixtureSource;
    await rawGet(`${source.homepage}robots.txt`, { headers: { 'user-agent': 'probe/1' } });
    const entry = world.requestLog().findLast((r) => r.path === '/robots.txt');
    assert.equal(entry?.host, `${source.host}:${source.port}`);
    assert.equal(entry?.method, 'GET');
    assert.equal(entry?.headers['user-agent'], 'probe/1');
  });
});

describe('fixture world at other sizes', () => {
  it('repeats languages with new outlets and reuses stories with distinct URLs and content', async () => {
    const world = await startFixtureWorld({ languages: ['es'], sources: 2, articlesPerSource: 70 });
    try {
      assert.deepEqual(world.sources.map((s) => s.name), ['El Diario Español', 'La Voz de Castilla']);
      const articles = world.articles();
      assert.equal(articles.length, 140);
      assert.equal(new Set(articles.map((a) => a.url)).size, 140);
      for (const id of world.sources.map((s) => s.id)) {
        const mine = articles.filter((a) => a.sourceId === id);
        assert.equal(new Set(mine.map((a) => a.title)).size, 70);
        assert.equal(new Set(mine.map((a) => a.paragraphs.join('\n'))).size, 70);
      }
      const times = articles.map((a) => Date.parse(a.published));
      assert.ok(Math.max(...times) <= Date.now() && Math.min(...times) > Date.now() - 4 * 86_400_000);
    } finally {
      await world.close();
    }
  });

  it('gives the same world for the same seed', async () => {
    const shape = (w: FixtureWorld) => w.articles().map((a) => [a.title, a.section, a.authors, a.story]);
    const [a, b] = [await startFixtureWorld({ languages: ['fr', 'de'], seed: 3 }), await startFixtureWorld({ languages: ['fr', 'de'], seed: 3 })];
    try {
      assert.deepEqual(shape(a), shape(b));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
