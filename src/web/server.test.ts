import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FixtureWorld } from '../../devtools/fixture-world/world.ts';
import type { PipelineContext } from '../pipeline/context.ts';
import { startTestSite, type TestSite } from './test-site.ts';

let site: TestSite;
let world: FixtureWorld;
let ctx: PipelineContext;
let xssUrl: string;

const XSS_TITLE = 'El ministro <script>alert("t")</script> habló';
const XSS_PARAGRAPH = 'La ciudad <img src=x onerror=alert(1)> es nueva y el ministro dijo que la ley es nueva.';

before(async () => {
  site = await startTestSite({
    languages: ['spa', 'por', 'eng'],
    baseUrl: 'https://desk.example',
    prepare: (w) => {
      const spanish = w.sourceConfigs().find((s) => s.language === 'es')!;
      xssUrl = w.addArticle(spanish.id, { title: XSS_TITLE, paragraphs: [XSS_PARAGRAPH] });
    },
  });
  ({ world, ctx } = site);
});

after(() => site.close());

const published = () => site.published();

const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });
const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);

test('the pipeline published every article of the three sources', async () => {
  assert.equal((await published()).length, 10);
});

test('article page: source spelled as the outlet writes it, linked to the original, provenance, lang, JSON-LD', async () => {
  for (const row of await published()) {
    const source = world.sources.find((s) => s.id === row.source_id)!;
    const t = (await ctx.store.translations.latest(row.id, 'en'))!;
    const res = await get(row.path!);
    assert.equal(res.statusCode, 200, row.path!);
    const html = res.body;
    const language = ({ es: 'Spanish', pt: 'Portuguese', en: 'English' } as Record<string, string>)[source.language]!;
    assert.match(html, /^<!doctype html><html lang="en">/);
    assert.ok(html.includes(`Source: <a href="${row.canonical_url}" rel="external">${source.name}</a>`), `source line for ${source.name}`);
    assert.ok(html.includes(`<a href="${row.canonical_url}" hreflang="${source.language}" rel="external">Read the original in ${language}</a>`));
    if (source.language === 'en') {
      assert.ok(html.includes('Originally published in English; shown as written.'));
      assert.ok(!html.includes('view=side-by-side'), 'nothing to compare');
    } else assert.ok(html.includes(`Translated by LibreTranslate (${language} → English) on <time datetime="${t.translated_at}">`), 'provenance');
    assert.equal(html.includes('Our quality check flagged this translation'), t.decision === 'publish-with-notice', `notice iff flagged (${t.decision})`);
    assert.ok(html.includes(`<time datetime="${new Date(row.published_at!).toISOString()}">`));
    assert.ok(html.includes(`<link rel="canonical" href="https://desk.example${row.path}"/>`));
    assert.ok(html.includes(`<meta property="og:url" content="https://desk.example${row.path}"/>`));
    assert.ok(html.includes('<meta name="twitter:card" content="summary"/>'));
    const day = row.path!.slice(1, 11).replaceAll('/', '-');
    assert.ok(html.includes(`<a href="/date/${day}">All news articles on `));
    for (const section of ['You may like', 'Latest']) assert.ok(html.includes(`>${section}</h2>`), section);
    const images = (JSON.parse(t.blocks_json) as { type: string }[]).filter((b) => b.type === 'image').length;
    assert.equal((html.match(/<figure class="image"/g) ?? []).length, Math.max(images, row.image_json ? 1 : 0), 'each image once');
    for (const link of ['/about', '/privacy', '/sources']) assert.ok(html.includes(`<a href="${link}">`), link);

    const ld = jsonLd(html);
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.inLanguage, 'en');
    assert.equal(ld.isBasedOn, row.canonical_url);
    assert.equal(ld.translationOfWork.inLanguage, source.language);
    assert.equal(ld.publisher.url, 'https://desk.example/');
    assert.equal(ld.datePublished, new Date(row.published_at!).toISOString());
    assert.equal(ld.headline, t.title);
    assert.ok(Array.isArray(ld.author) && ld.author.length > 0);
  }
});

test('side by side: every original block beside its translation, each in its language, no script needed', async () => {
  const [row] = (await published()).filter((r) => r.language === 'pt');
  const normal = (await get(row!.path!)).body;
  assert.ok(normal.includes(`<a href="${row!.path}?view=side-by-side">Show the original Portuguese beside the translation</a>`));
  const res = await get(`${row!.path}?view=side-by-side`);
  assert.equal(res.statusCode, 200);
  const original = JSON.parse(row!.blocks_json!) as { type: string; html?: string }[];
  const pairs = res.body.match(/<div class="pair">/g) ?? [];
  assert.equal(pairs.length, original.length + 1, 'one row per block, plus the headline row');
  for (const b of original) if (b.html) assert.ok(res.body.includes(`<p lang="pt">${b.html}</p>`) || res.body.includes(b.html), b.html);
  assert.equal((res.body.match(/<div class="original" lang="pt">/g) ?? []).length, original.length);
  assert.equal((res.body.match(/<div class="translation" lang="en">/g) ?? []).length, original.length);
  assert.ok(res.body.includes(`<a href="${row!.path}">Show the translation only</a>`));
  assert.ok(!/<script(?! type="application\/ld\+json")/.test(res.body), 'no executable script');
});

test('home lists the articles; the date archive lists its day; pages that do not exist are 404', async () => {
  const rows = await published();
  const home = await get('/');
  assert.equal(home.statusCode, 200);
  for (const r of rows) assert.ok(home.body.includes(`href="${r.path}"`), `home lists ${r.path}`);
  assert.ok(home.body.includes('Top stories by category'));

  const day = rows[0]!.path!.slice(1, 11).replaceAll('/', '-');
  const archive = await get(`/date/${day}`);
  assert.equal(archive.statusCode, 200);
  const onDay = rows.filter((r) => r.path!.startsWith(`/${day.replaceAll('-', '/')}/`));
  for (const r of onDay) assert.ok(archive.body.includes(`href="${r.path}"`));
  assert.ok(archive.body.includes(`${onDay.length} article`));

  for (const url of [`/date/${day}?page=2`, '/date/2021-02-30', '/date/yesterday', '/nowhere', '/2021/01/01/no-such-article-999999']) {
    const res = await get(url);
    assert.equal(res.statusCode, 404, url);
    assert.match(res.body, /Page not found/);
  }
});

test('an old slug redirects to the article; a removed article is 410', async () => {
  const [row] = await published();
  const old = row!.path!.replace(/\/[^/]*$/, `/an-older-headline-${row!.id}`);
  const res = await get(`${old}?view=side-by-side`);
  assert.equal(res.statusCode, 301);
  assert.equal(res.headers.location, `${row!.path}?view=side-by-side`);
  const slash = await get(`${row!.path}/`);
  assert.deepEqual([slash.statusCode, slash.headers.location], [301, row!.path]);

  const gone = (await published()).at(-2)!;
  await ctx.store.articles.remove(gone.id, 'takedown requested');
  const removed = await get(gone.path!);
  assert.equal(removed.statusCode, 410);
  assert.match(removed.body, /Article removed/);
  assert.ok(!(await get('/')).body.includes(gone.path!), 'no longer listed');
});

test('ETag answers 304; pages carry caching and security headers and set no cookie', async () => {
  for (const url of ['/', '/sources', '/about', '/privacy', '/assets/site.css']) {
    const first = await get(url);
    assert.equal(first.statusCode, 200, url);
    const etag = first.headers.etag as string;
    assert.match(etag, /^"[\w-]+"$/);
    assert.match(first.headers['cache-control'] as string, /max-age=\d+, stale-while-revalidate=\d+/);
    const again = await get(url, { 'if-none-match': etag });
    assert.equal(again.statusCode, 304, url);
    assert.equal(again.body, '');
    const csp = first.headers['content-security-policy'] as string;
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('script-src'), csp);
    assert.equal(first.headers['x-content-type-options'], 'nosniff');
    assert.equal(first.headers['referrer-policy'], 'strict-origin-when-cross-origin');
    assert.equal(first.headers['set-cookie'], undefined);
  }
  assert.equal((await get('/', { 'if-none-match': '"stale"' })).statusCode, 200);
  const health = await get('/healthz');
  assert.deepEqual([health.statusCode, health.json()], [200, { ok: true }]);
});

test('the sources page names every outlet with its country, language and link', async () => {
  const res = await get('/sources');
  for (const s of world.sources) {
    assert.ok(res.body.includes(`<a href="/source/${s.id}" lang="${s.language}">${s.name}</a>`), s.name);
    assert.ok(res.body.includes(`<a href="${s.homepage}" rel="external" hreflang="${s.language}">${new URL(s.homepage).host}</a>`), s.homepage);
  }
  assert.match(res.body, /<td><a href="\/country\/es">Spain<\/a><\/td>/);
  assert.match(res.body, /<td><a href="\/language\/es">Spanish<\/a><\/td>/);
});

test('script in a source title and body is shown as text, never as markup', async () => {
  const row = await ctx.store.db.selectFrom('articles').selectAll().where('url', '=', xssUrl).executeTakeFirstOrThrow();
  assert.equal(row.state, 'published', 'the hostile article went through the pipeline');
  assert.ok(row.title!.includes('<script>'), `stored title keeps the text: ${row.title}`);
  const pages = [row.path!, `${row.path}?view=side-by-side`, '/'];
  for (const url of pages) {
    const html = (await get(url)).body;
    assert.ok(!html.includes('<script>alert'), `${url}: no script element`);
    assert.ok(!/<img[^>]*onerror/i.test(html), `${url}: no img with a handler`);
    assert.ok(html.includes('&lt;script>alert(&quot;t&quot;)&lt;/script>'), `${url}: the title shown as text`);
  }
  const ld = jsonLd((await get(row.path!)).body);
  assert.ok(String(ld.translationOfWork.headline).includes('<script>'), 'JSON-LD carries the text, escaped for the data block');
});
