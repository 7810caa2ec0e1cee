import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from 'linkedom';
import { parseFeed } from '../../sources/feeds.ts';
import type { StoredArticle } from '../../store/articles.ts';
import { startTestSite, type TestSite } from '../test-site.ts';

const BASE = 'https://desk.example';
const HOSTILE_TITLE = 'Minister <script>alert("x")</script> & friends';
const HOSTILE_SOURCE = 'Diario & <Cía>';

let site: TestSite;
let hostile: StoredArticle;
let recent: StoredArticle;
let old: StoredArticle;

before(async () => {
  site = await startTestSite({ languages: ['spa', 'eng'], baseUrl: `${BASE}/` });
  const rows = await site.published();
  [hostile, recent, old] = [rows[0]!, rows[1]!, rows[2]!];
  const db = site.ctx.store.db;
  await db.updateTable('translations').set({ title: HOSTILE_TITLE }).where('id', '=', hostile.published_translation_id!).execute();
  await db.updateTable('sources').set({ name: HOSTILE_SOURCE }).where('id', '=', hostile.source_id).execute();
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
  await db.updateTable('articles').set({ published_at: hoursAgo(1) }).where('id', '=', recent.id).execute();
  await db.updateTable('articles').set({ published_at: hoursAgo(72) }).where('id', '=', old.id).execute();
});

after(() => site.close());

const published = () => site.published();

const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });
const xmlDoc = (body: string) => new DOMParser().parseFromString(body, 'text/xml');

/** Every entry's title as the document carries it, entities decoded (our feed reader strips tags from titles). */
const xmlTitles = (selector: string) => (body: string) => [...xmlDoc(body).querySelectorAll(selector)].map((e) => e.textContent!);
const FEEDS = [
  { url: '/feed.xml', kind: 'rss', type: 'application/rss+xml; charset=utf-8', titles: xmlTitles('item > title') },
  { url: '/atom.xml', kind: 'atom', type: 'application/atom+xml; charset=utf-8', titles: xmlTitles('entry > title') },
  { url: '/feed.json', kind: 'json', type: 'application/feed+json; charset=utf-8', titles: (body: string) => (JSON.parse(body).items as { title: string }[]).map((i) => i.title) },
];

test('each feed parses (as our own feed reader reads others), lists every article by absolute URL, escapes hostile text', async () => {
  const rows = await published();
  assert.ok(rows.length >= 6, `seeded ${rows.length} articles`);
  for (const f of FEEDS) {
    const res = await get(f.url);
    assert.equal(res.statusCode, 200, f.url);
    assert.equal(res.headers['content-type'], f.type);
    assert.ok(!res.body.includes('<script>'), `${f.url}: no raw script element`);
    const feed = parseFeed(res.body, BASE + f.url);
    assert.equal(feed.kind, f.kind, f.url);
    assert.equal(feed.title, 'Foreign Desk');
    assert.deepEqual(new Set(feed.items.map((i) => i.url)), new Set(rows.map((r) => BASE + r.path!)), `${f.url}: every article`);
    assert.ok(f.titles(res.body).includes(HOSTILE_TITLE), `${f.url}: the hostile title comes back as text`);
    for (const i of feed.items) assert.ok(i.published && !Number.isNaN(Date.parse(i.published)), `${f.url}: dated ${i.url}`);
  }
});

test('RSS 2.0: channel self link, RFC 822 dates, guid, creators, original linked with the outlet named as it writes itself', async () => {
  const body = (await get('/feed.xml')).body;
  const doc = xmlDoc(body);
  assert.equal(doc.documentElement!.getAttribute('version'), '2.0');
  assert.equal(doc.querySelector('channel > atom\\:link')?.getAttribute('href'), `${BASE}/feed.xml`);
  const items = [...doc.querySelectorAll('item')];
  for (const item of items) {
    assert.match(item.querySelector('pubDate')!.textContent!, /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    assert.equal(item.querySelector('guid')!.textContent, item.querySelector('link')!.textContent);
    assert.ok(item.querySelectorAll('dc\\:creator').length > 0);
  }
  const mine = items.find((i) => i.querySelector('link')!.textContent === BASE + hostile.path!)!;
  const description = mine.querySelector('description')!.textContent!;
  assert.ok(description.includes(`Source: <a href="${hostile.canonical_url}">Diario &amp; &lt;Cía&gt;</a>`), description);
  assert.ok(body.includes(`title="Diario &amp; &lt;Cía&gt;"`), 'outlet escaped in an attribute');
});

test('Atom 1.0: self link, ids, RFC 3339 dates, via link and source naming the original', async () => {
  const doc = xmlDoc((await get('/atom.xml')).body);
  const feed = doc.documentElement!;
  assert.equal(feed.getAttribute('xmlns'), 'http://www.w3.org/2005/Atom');
  assert.equal(doc.querySelector('feed > link[rel="self"]')?.getAttribute('href'), `${BASE}/atom.xml`);
  assert.match(doc.querySelector('feed > updated')!.textContent!, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  for (const entry of doc.querySelectorAll('entry')) {
    const id = entry.querySelector('id')!.textContent!;
    assert.ok(id.startsWith(`${BASE}/`), id);
    assert.match(entry.querySelector('published')!.textContent!, /Z$/);
    assert.ok(entry.querySelector('author > name')!.textContent);
  }
  const mine = [...doc.querySelectorAll('entry')].find((e) => e.querySelector('id')!.textContent === BASE + hostile.path!)!;
  assert.equal(mine.querySelector('link[rel="via"]')!.getAttribute('href'), hostile.canonical_url);
  assert.equal(mine.querySelector('source > title')!.textContent, HOSTILE_SOURCE);
});

test('JSON Feed 1.1: version, feed_url, original as external_url, outlet in _source', async () => {
  const feed = JSON.parse((await get('/feed.json')).body);
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(feed.feed_url, `${BASE}/feed.json`);
  assert.equal(feed.home_page_url, `${BASE}/`);
  const mine = feed.items.find((i: { id: string }) => i.id === BASE + hostile.path!);
  assert.equal(mine.title, HOSTILE_TITLE);
  assert.equal(mine.external_url, hostile.canonical_url);
  assert.deepEqual(mine._source, { name: HOSTILE_SOURCE, url: hostile.canonical_url, language: hostile.language });
  assert.ok(mine.content_html.includes('Diario &amp; &lt;Cía&gt;'));
  for (const item of feed.items) assert.ok(item.authors.length > 0 && typeof item.content_html === 'string');
});

test('robots.txt allows all and names the sitemap index; the index lists every month and the news sitemap', async () => {
  const robots = await get('/robots.txt');
  assert.equal(robots.headers['content-type'], 'text/plain; charset=utf-8');
  assert.match(robots.body, /^User-agent: \*\nAllow: \/\n/);
  assert.ok(robots.body.includes(`Sitemap: ${BASE}/sitemap.xml\n`));

  const index = parseFeed((await get('/sitemap.xml')).body, `${BASE}/sitemap.xml`);
  assert.equal(index.kind, 'sitemap-index');
  const rows = await published();
  const months = [...new Set(rows.map((r) => r.path!.slice(1, 8).replace('/', '-')))];
  assert.deepEqual(new Set(index.children), new Set([`${BASE}/sitemaps/news.xml`, ...months.map((m) => `${BASE}/sitemaps/articles-${m}.xml`)]));

  for (const m of months) {
    const res = await get(`/sitemaps/articles-${m}.xml`);
    assert.equal(res.statusCode, 200, m);
    assert.equal(res.headers['content-type'], 'application/xml; charset=utf-8');
    const urlset = parseFeed(res.body, BASE);
    assert.equal(urlset.kind, 'sitemap');
    const want = rows.filter((r) => r.path!.startsWith(`/${m.replace('-', '/')}/`)).map((r) => BASE + r.path!);
    assert.deepEqual(urlset.items.map((i) => i.url).sort(), want.sort(), m);
    for (const i of urlset.items) assert.ok(i.modified, `lastmod for ${i.url}`);
  }
  for (const url of ['/sitemaps/articles-1999-01.xml', '/sitemaps/articles-2021-13.xml', '/sitemaps/articles-x.xml']) {
    assert.equal((await get(url)).statusCode, 404, url);
  }
});

test('the news sitemap holds the articles of the last two days, with the site as publication, and nothing older', async () => {
  const res = await get('/sitemaps/news.xml');
  assert.equal(res.statusCode, 200);
  const news = parseFeed(res.body, BASE);
  const urls = news.items.map((i) => i.url);
  assert.ok(urls.includes(BASE + recent.path!), 'published an hour ago');
  assert.ok(!urls.includes(BASE + old.path!), 'published three days ago');
  const since = Date.now() - 2 * 86_400_000;
  const want = (await published()).filter((r) => Date.parse(r.published_at ?? r.site_published_at!) >= since).map((r) => BASE + r.path!);
  assert.deepEqual([...urls].sort(), want.sort());
  const doc = xmlDoc(res.body);
  for (const entry of doc.querySelectorAll('url')) {
    assert.equal(entry.querySelector('news\\:publication > news\\:name')!.textContent, 'Foreign Desk');
    assert.equal(entry.querySelector('news\\:publication > news\\:language')!.textContent, 'en');
    assert.ok(Date.parse(entry.querySelector('news\\:publication_date')!.textContent!) >= since);
    assert.ok(entry.querySelector('news\\:title')!.textContent);
  }
});

test('feeds and sitemaps answer 304 to their ETag', async () => {
  for (const url of ['/feed.xml', '/atom.xml', '/feed.json', '/robots.txt', '/sitemap.xml', '/sitemaps/news.xml']) {
    const first = await get(url);
    assert.equal(first.statusCode, 200, url);
    assert.match(first.headers['cache-control'] as string, /max-age=\d+, stale-while-revalidate=\d+/);
    const again = await get(url, { 'if-none-match': first.headers.etag as string });
    assert.equal(again.statusCode, 304, url);
  }
});

test('every page advertises the three feeds for readers and autodiscovery', async () => {
  const home = await get('/');
  const advertised: [string, string][] = [['application/rss+xml', 'feed.xml'], ['application/atom+xml', 'atom.xml'], ['application/feed+json', 'feed.json']];
  for (const [type, file] of advertised) {
    assert.match(home.body, new RegExp(`<link rel="alternate" type="${type.replace('+', '\\+')}"[^>]*href="[^"]*/${file.replace('.', '\\.')}"`), type);
  }
});
