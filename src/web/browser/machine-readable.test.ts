import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import type { PublishedArticle } from '../../store/published.ts';
import { startBrowserSite, type BrowserSite } from './browser-site.ts';
import { browserTestsSkip } from './chromium.ts';

let site: BrowserSite;
let context: BrowserContext;
let page: Page;
let articles: PublishedArticle[];

/** Chromium's own XML parser: the first parser error, and the texts of the elements `select` names in the root's namespace. */
async function parseXml(body: string, select: string): Promise<{ error: string | null; root: string; values: string[] }> {
  return page.evaluate(
    ([text, selector]) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror');
      return { error: error ? error.textContent : null, root: doc.documentElement.localName, values: [...doc.querySelectorAll(selector)].filter((e) => e.namespaceURI === doc.documentElement.namespaceURI).map((e) => e.textContent ?? '') };
    },
    [body, select] as const,
  );
}

async function fetchText(path: string, type: RegExp): Promise<string> {
  const res = await context.request.get(path);
  assert.equal(res.status(), 200, path);
  assert.match(res.headers()['content-type'] ?? '', type, path);
  return res.text();
}

const pathsOf = (urls: string[]) => urls.map((u) => new URL(u).pathname).sort();

describe('feeds, sitemaps and structured data as a browser reads them', { skip: browserTestsSkip() }, () => {
  before(async () => {
    site = await startBrowserSite();
    context = await site.browser.newContext({ baseURL: site.url });
    page = await context.newPage();
    articles = await site.articles();
    assert.ok(articles.length >= 6, `${articles.length} published`);
  });

  after(() => site?.close());

  test('RSS, Atom and JSON Feed parse and list every published article', async () => {
    const want = articles.map((a) => a.path).sort();
    const rss = await parseXml(await fetchText('/feed.xml', /^application\/rss\+xml/), 'channel > item > link');
    assert.deepEqual([rss.error, rss.root], [null, 'rss']);
    assert.deepEqual(pathsOf(rss.values), want);
    const atomBody = await fetchText('/atom.xml', /^application\/atom\+xml/);
    const atom = await parseXml(atomBody, 'entry > id');
    assert.deepEqual([atom.error, atom.root], [null, 'feed']);
    assert.equal(atom.values.length, articles.length);
    const json = JSON.parse(await fetchText('/feed.json', /^application\/feed\+json/)) as { version: string; items: { url: string; title: string }[] };
    assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
    assert.deepEqual(pathsOf(json.items.map((i) => i.url)), want);
    assert.deepEqual(json.items.map((i) => i.title).sort(), articles.map((a) => a.title).sort());
  });

  test('the sitemap index, each monthly sitemap and the news sitemap parse and list every article', async () => {
    const index = await parseXml(await fetchText('/sitemap.xml', /^application\/xml/), 'sitemap > loc');
    assert.deepEqual([index.error, index.root], [null, 'sitemapindex']);
    const months = index.values.filter((loc) => /\/sitemaps\/articles-\d{4}-\d\d\.xml$/.test(loc));
    assert.deepEqual(index.values.filter((loc) => !months.includes(loc)).map((loc) => new URL(loc).pathname), ['/sitemaps/news.xml']);
    assert.ok(months.length >= 1, index.values.join(', '));
    const listed: string[] = [];
    for (const loc of months) {
      const month = await parseXml(await fetchText(new URL(loc).pathname, /^application\/xml/), 'url > loc');
      assert.deepEqual([month.error, month.root], [null, 'urlset'], loc);
      listed.push(...month.values);
    }
    assert.deepEqual(pathsOf(listed), articles.map((a) => a.path).sort());
    const news = await parseXml(await fetchText('/sitemaps/news.xml', /^application\/xml/), 'url > loc');
    assert.deepEqual([news.error, news.root], [null, 'urlset']);
    assert.ok(news.values.length >= 1, 'the demo articles are recent enough for the news sitemap');
    const robots = await fetchText('/robots.txt', /^text\/plain/);
    assert.match(robots, /^Sitemap: .*\/sitemap\.xml$/m);
  });

  test('every JSON-LD block parses; the article is a NewsArticle in English based on the original', async () => {
    const blocks = async (path: string) => {
      await page.goto(path);
      return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t) as Record<string, unknown>);
    };
    for (const path of ['/', '/sources', '/about']) await blocks(path);
    for (const a of articles.slice(0, 3)) {
      const [ld, ...more] = await blocks(a.path);
      assert.equal(more.length, 0, `${a.path}: one JSON-LD block`);
      assert.ok(ld, `${a.path}: JSON-LD present`);
      assert.equal(ld['@type'], 'NewsArticle');
      assert.equal(ld.inLanguage, 'en');
      assert.equal(ld.isBasedOn, a.url);
      assert.equal(ld.headline, a.title);
      assert.equal(new URL(String(ld.url)).pathname, a.path);
      assert.equal(ld.datePublished, new Date(a.publishedAt).toISOString());
      assert.deepEqual(ld.translationOfWork, { '@type': 'NewsArticle', url: a.url, inLanguage: a.language, headline: a.original.title });
    }
  });
});
