import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from 'linkedom';
import { publishOnce } from '../../pipeline/publish.ts';
import { seedExtracted, seedTranslation } from '../../pipeline/publish-fixtures.ts';
import { parseFeed } from '../../sources/feeds.ts';
import type { StoredArticle } from '../../store/articles.ts';
import { startTestSite, type TestSite } from '../test-site.ts';

const BASE = 'https://desk.example';
const HOSTILE_SOURCE = 'Diario & <Cía> "Sur"';
const HOSTILE_CATEGORY = 'News/<img src=x onerror=alert(1)> & "Co"';
const HOSTILE_CATEGORY_PATH = '/category/news/img-src-x-onerror-alert-1-co';
const FOOTBALL = 55;

let site: TestSite;
let rows: StoredArticle[];
let sources: Map<string, { country: string; language: string | null; name: string; homepage: string }>;

before(async () => {
  site = await startTestSite({ languages: ['spa', 'por', 'eng'], baseUrl: BASE });
  const store = site.ctx.store;
  const configs = (await store.db.selectFrom('sources').select('config_json').execute()).map((r) => JSON.parse(r.config_json));
  const extra = (id: string, name: string, country: string) => ({
    id,
    name,
    country,
    language: 'es',
    homepage: `https://${id}.example/`,
    feeds: [`https://${id}.example/rss`],
    sitemaps: [],
    sectionPages: [],
    sections: { deportes: 'Sport/Football' },
    mode: 'full',
    pollInterval: 900_000,
    enabled: true,
  });
  await store.sources.syncFromConfig([...configs, extra('diario-sur', HOSTILE_SOURCE, 'AR'), extra('silent-times', 'Silent Times', 'UY')]);
  const paragraph = { type: 'paragraph' as const, html: 'Texto.', text: 'Texto.' };
  const seed = async (n: number, category: string, at: string) => {
    const id = await seedExtracted(store, { sourceId: 'diario-sur', url: `https://diario-sur.example/${n}`, language: 'es', title: `Original ${n}`, blocks: [paragraph], publishedAt: at, category });
    await seedTranslation(store, id, 'es', { title: `Match report ${n}`, blocks: [paragraph], decision: 'publish' });
  };
  for (let n = 0; n < FOOTBALL; n++) await seed(n, 'Sport/Football', new Date(Date.UTC(2021, 2, 1, 0, n)).toISOString());
  await seed(FOOTBALL, HOSTILE_CATEGORY, '2021-03-02T00:00:00Z');
  await seed(FOOTBALL + 1, 'Спорт', '2021-03-03T00:00:00Z');
  await publishOnce(site.ctx);
  rows = await site.published();
  const all = await store.db.selectFrom('sources').select(['id', 'country', 'language', 'name', 'homepage']).execute();
  sources = new Map(all.map((s) => [s.id, s]));
});

after(() => site.close());

const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });
const html = (body: string) => new DOMParser().parseFromString(body, 'text/html');
const listed = (body: string) => [...html(body).querySelectorAll('.article-list li > a')].map((a) => a.getAttribute('href')!);
const paths = (pick: (r: StoredArticle) => boolean) => new Set(rows.filter(pick).map((r) => r.path!));
const inCategory = (c: string) => (r: StoredArticle) => r.category === c || (r.category ?? '').startsWith(`${c}/`);

/** Every page of a list, in order, with the 404 just past the end checked. */
async function allPages(path: string): Promise<string[]> {
  const seen: string[] = [];
  for (let page = 1; ; page++) {
    const res = await get(page === 1 ? path : `${path}?page=${page}`);
    assert.equal(res.statusCode, 200, `${path} page ${page}`);
    seen.push(...listed(res.body));
    if (!res.body.includes('rel="next"')) {
      assert.equal((await get(`${path}?page=${page + 1}`)).statusCode, 404, `${path}: beyond the end`);
      return seen;
    }
  }
}

test('each list page holds exactly its articles: a parent category its children too, a source, a language, a country', async () => {
  const lists: [string, (r: StoredArticle) => boolean][] = [
    ['/category/news', inCategory('News')],
    ['/category/news/politics', inCategory('News/Politics')],
    ['/category/business', inCategory('Business')],
    ['/category/sport/football', inCategory('Sport/Football')],
    [`/category/${encodeURIComponent('спорт')}`, inCategory('Спорт')],
    ['/source/diario-sur', (r) => r.source_id === 'diario-sur'],
    ['/source/gazeta-do-porto', (r) => r.source_id === 'gazeta-do-porto'],
    ['/language/es', (r) => r.language === 'es'],
    ['/language/en', (r) => r.language === 'en'],
    ['/country/es', (r) => sources.get(r.source_id)!.country === 'ES'],
    ['/country/ar', (r) => sources.get(r.source_id)!.country === 'AR'],
  ];
  for (const [path, pick] of lists) {
    const want = paths(pick);
    assert.ok(want.size > 0, `${path}: the fixture has articles for it`);
    const got = await allPages(path);
    assert.equal(got.length, new Set(got).size, `${path}: no article twice`);
    assert.deepEqual(new Set(got), want, path);
  }
  const news = paths(inCategory('News'));
  const politics = paths(inCategory('News/Politics'));
  assert.ok([...politics].every((p) => news.has(p)) && news.size > politics.size, 'News holds Politics and its other children');
});

test('pagination: 50 a page newest first, rel prev/next, 404 past the end and on a malformed page number', async () => {
  const first = await get('/category/sport');
  const doc = html(first.body);
  assert.equal(listed(first.body).length, 50);
  assert.equal(doc.querySelector('a[rel="next"]')?.getAttribute('href'), '/category/sport?page=2');
  assert.equal(doc.querySelector('a[rel="prev"]'), null);
  assert.ok(first.body.includes('55 articles, page 1 of 2'));
  const second = await get('/category/sport?page=2');
  assert.equal(listed(second.body).length, 5);
  assert.equal(html(second.body).querySelector('a[rel="prev"]')?.getAttribute('href'), '/category/sport');
  assert.ok(second.body.includes('<link rel="canonical" href="https://desk.example/category/sport?page=2"/>'));
  const order = [...listed(first.body), ...listed(second.body)].map((p) => rows.find((r) => r.path === p)!.published_at!);
  assert.deepEqual(order, [...order].sort().reverse(), 'newest first across pages');
  for (const page of ['3', '0', '-1', 'abc', '1.5', '']) assert.equal((await get(`/category/sport?page=${page}`)).statusCode, 404, `page=${page}`);
});

test('unknown or malformed lists answer the site 404 page', async () => {
  for (const url of ['/category', '/category/nope', '/category/news/nope', '/category/politics', '/category/News', '/source/nope', '/language/xx', '/language/ES', '/language/e$', '/country/zz', '/country/esp', '/country/ES', '/category/nope/feed.xml', '/source/nope/atom.xml', '/language/xx/feed.json']) {
    const res = await get(url);
    assert.equal(res.statusCode, 404, url);
    assert.match(res.headers['content-type'] as string, /^text\/html/, url);
  }
});

test('category page: breadcrumbs, subcategories, feeds advertised; source page: outlet as it writes itself, country, language, homepage', async () => {
  const politics = html((await get('/category/news/politics')).body);
  assert.deepEqual([...politics.querySelectorAll('nav[aria-label="Breadcrumb"] li')].map((li) => li.textContent), ['Home', 'News', 'Politics']);
  assert.equal(politics.querySelector('nav[aria-label="Breadcrumb"] a[href="/category/news"]')?.textContent, 'News');
  assert.equal(politics.querySelector('[aria-current="page"]')?.textContent, 'Politics');
  const news = html((await get('/category/news')).body);
  assert.deepEqual(new Set([...news.querySelectorAll('.subcategories a')].map((a) => a.getAttribute('href'))), new Set(['/category/news/politics', '/category/news/world', HOSTILE_CATEGORY_PATH]));
  const alternates = [...news.querySelectorAll('link[rel="alternate"]')].map((l) => [l.getAttribute('href'), l.getAttribute('title')]);
  assert.deepEqual(alternates.slice(0, 3), [
    [`${BASE}/category/news/feed.xml`, 'Foreign Desk — News (RSS)'],
    [`${BASE}/category/news/atom.xml`, 'Foreign Desk — News (Atom)'],
    [`${BASE}/category/news/feed.json`, 'Foreign Desk — News (JSON Feed)'],
  ]);

  const gazeta = html((await get('/source/gazeta-do-porto')).body);
  assert.equal(gazeta.querySelector('h1')?.textContent, 'A Gazeta do Porto');
  assert.equal(gazeta.querySelector('h1')?.getAttribute('lang'), 'pt');
  assert.equal(gazeta.querySelector('.source-facts a[href="/country/pt"]')?.textContent, 'Portugal');
  assert.equal(gazeta.querySelector('.source-facts a[href="/language/pt"]')?.textContent, 'Portuguese');
  assert.equal(gazeta.querySelector('.source-facts a[rel="external"]')?.getAttribute('href'), sources.get('gazeta-do-porto')!.homepage);

  assert.equal(html((await get('/language/es')).body).querySelector('h1')?.textContent, 'Translated from Spanish');
  assert.equal(html((await get('/language/en')).body).querySelector('h1')?.textContent, 'Originally in English');
  const argentina = html((await get('/country/ar')).body);
  assert.equal(argentina.querySelector('h1')?.textContent, 'Argentina');
  assert.equal(argentina.querySelector('.source-facts a[href="/source/diario-sur"]')?.textContent, HOSTILE_SOURCE);
});

test('a list with nothing published yet says so; its page and feeds still exist', async () => {
  for (const url of ['/source/silent-times', '/country/uy']) {
    const res = await get(url);
    assert.equal(res.statusCode, 200, url);
    assert.ok(res.body.includes('class="empty"'), url);
    assert.ok(res.body.includes('0 articles'), url);
  }
  const feed = parseFeed((await get('/source/silent-times/feed.xml')).body, BASE);
  assert.equal(feed.items.length, 0);
});

const FORMATS = [
  { file: 'feed.xml', kind: 'rss' },
  { file: 'atom.xml', kind: 'atom' },
  { file: 'feed.json', kind: 'json' },
];

test('each list feed parses, names itself and its list, and holds only the list’s newest articles', async () => {
  const lists: [string, string, (r: StoredArticle) => boolean][] = [
    ['/category/news', 'News', inCategory('News')],
    ['/category/news/politics', 'News/Politics', inCategory('News/Politics')],
    ['/source/gazeta-do-porto', 'A Gazeta do Porto', (r) => r.source_id === 'gazeta-do-porto'],
    ['/language/pt', 'Translated from Portuguese', (r) => r.language === 'pt'],
    ['/country/gb', 'United Kingdom', (r) => sources.get(r.source_id)!.country === 'GB'],
    ['/category/sport', 'Sport', inCategory('Sport')],
  ];
  for (const [path, title, pick] of lists) {
    const newest = rows
      .filter(pick)
      .sort((a, b) => b.published_at!.localeCompare(a.published_at!) || b.id - a.id)
      .slice(0, 50)
      .map((r) => BASE + r.path!);
    for (const f of FORMATS) {
      const url = `${path}/${f.file}`;
      const res = await get(url);
      assert.equal(res.statusCode, 200, url);
      const feed = parseFeed(res.body, BASE + url);
      assert.equal(feed.kind, f.kind, url);
      assert.equal(feed.title, `Foreign Desk — ${title}`, url);
      assert.deepEqual(new Set(feed.items.map((i) => i.url)), new Set(newest), url);
    }
    const rss = new DOMParser().parseFromString((await get(`${path}/feed.xml`)).body, 'text/xml');
    assert.equal(rss.querySelector('channel > atom\\:link')?.getAttribute('href'), `${BASE}${path}/feed.xml`);
    assert.equal(rss.querySelector('channel > link')?.textContent, `${BASE}${path}`);
    const atom = new DOMParser().parseFromString((await get(`${path}/atom.xml`)).body, 'text/xml');
    assert.equal(atom.querySelector('feed > link[rel="self"]')?.getAttribute('href'), `${BASE}${path}/atom.xml`);
    assert.equal(atom.querySelector('feed > link[rel="alternate"]')?.getAttribute('href'), `${BASE}${path}`);
    const json = JSON.parse((await get(`${path}/feed.json`)).body);
    assert.equal(json.feed_url, `${BASE}${path}/feed.json`);
    assert.equal(json.home_page_url, `${BASE}${path}`);
  }
});

test('hostile source and category names are text on pages and in feeds', async () => {
  const hostilePath = HOSTILE_CATEGORY_PATH;
  for (const url of ['/source/diario-sur', '/country/ar', hostilePath, '/category/news', '/sources', rows.find((r) => r.category === HOSTILE_CATEGORY)!.path!]) {
    const res = await get(url);
    assert.equal(res.statusCode, 200, url);
    assert.ok(!res.body.includes('<img src=x'), `${url}: no raw category markup`);
    assert.ok(!res.body.includes('<Cía>'), `${url}: no raw outlet markup`);
  }
  const page = html((await get(hostilePath)).body);
  assert.equal(page.querySelector('h1')?.textContent, '<img src=x onerror=alert(1)> & "Co"');
  assert.equal(html((await get('/source/diario-sur')).body).querySelector('h1')?.textContent, HOSTILE_SOURCE);
  const xml = (body: string) => new DOMParser().parseFromString(body, 'text/xml');
  // Titles as the documents carry them, entities decoded (our feed reader strips tags from titles).
  const titleIn: Record<string, (body: string) => string | null | undefined> = {
    'feed.xml': (body) => xml(body).querySelector('channel > title')?.textContent,
    'atom.xml': (body) => xml(body).querySelector('feed > title')?.textContent,
    'feed.json': (body) => JSON.parse(body).title,
  };
  for (const [path, title] of [[hostilePath, HOSTILE_CATEGORY], ['/source/diario-sur', HOSTILE_SOURCE]] as const) {
    for (const f of FORMATS) {
      const res = await get(`${path}/${f.file}`);
      assert.ok(!res.body.includes('<img src=x') && !res.body.includes('<Cía>'), `${path}/${f.file}: escaped`);
      assert.equal(parseFeed(res.body, BASE).kind, f.kind, `${path}/${f.file}: still parses`);
      assert.equal(titleIn[f.file]!(res.body), `Foreign Desk — ${title}`, `${path}/${f.file}`);
    }
  }
});

test('articles, the sources page and the home page link to the lists', async () => {
  const row = rows.find((r) => r.source_id === 'gazeta-do-porto' && r.category)!;
  const article = html((await get(row.path!)).body);
  assert.equal(article.querySelector('.kicker a')?.getAttribute('href'), `/category/${row.category!.toLowerCase().replace(' ', '-')}`);
  const sourceLinks = [...article.querySelectorAll('.article-source a')].map((a) => a.getAttribute('href'));
  assert.ok(sourceLinks.includes(row.canonical_url), 'the original is still linked');
  assert.ok(sourceLinks.includes('/source/gazeta-do-porto') && sourceLinks.includes('/language/pt'));

  const sourcesPage = html((await get('/sources')).body);
  const gazeta = [...sourcesPage.querySelectorAll('table.sources tbody tr')].find((tr) => tr.textContent!.includes('A Gazeta do Porto'))!;
  assert.deepEqual(
    [...gazeta.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    ['/source/gazeta-do-porto', '/country/pt', '/language/pt', sources.get('gazeta-do-porto')!.homepage],
  );

  const nav = [...html((await get('/about')).body).querySelectorAll('header nav[aria-label="Categories"] a')].map((a) => [a.getAttribute('href'), a.textContent]);
  assert.deepEqual(nav, [['/category/business', 'Business'], ['/category/news', 'News']], 'the masthead names the configured top-level categories');

  const home = html((await get('/')).body);
  const headings = [...home.querySelectorAll('section.category h3 a')].map((a) => a.getAttribute('href'));
  assert.ok(headings.length > 0 && headings.every((h) => /^\/category\/[^/?#]+(\/[^/?#]+)*$/.test(h!)), headings.join(' '));
  for (const h of headings) assert.equal((await get(h!)).statusCode, 200, h!);
});

test('list pages and list feeds answer 304 to their ETag', async () => {
  for (const url of ['/category/news', '/source/diario-sur', '/language/es', '/country/es', '/category/news/politics/feed.xml', '/source/diario-sur/atom.xml', '/language/es/feed.json']) {
    const first = await get(url);
    assert.equal(first.statusCode, 200, url);
    assert.equal((await get(url, { 'if-none-match': first.headers.etag as string })).statusCode, 304, url);
    assert.equal(first.headers['set-cookie'], undefined, url);
  }
});
