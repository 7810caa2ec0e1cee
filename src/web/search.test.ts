import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { PipelineContext } from '../pipeline/context.ts';
import { startTestSite, type TestSite } from './test-site.ts';

let site: TestSite;
let ctx: PipelineContext;

const HOSTILE_TITLE = 'Zanahorias <script>alert("s")</script> gigantes';
const HOSTILE_PARAGRAPH = 'Las zanahorias <img src=x onerror=alert(1)> gigantes crecen en Valladolid y el ministro dijo que la ley es nueva.';

before(async () => {
  site = await startTestSite({
    languages: ['spa', 'por'],
    baseUrl: 'https://desk.example',
    prepare: (w) => {
      const spanish = w.sourceConfigs().find((s) => s.language === 'es')!;
      w.addArticle(spanish.id, { title: HOSTILE_TITLE, paragraphs: [HOSTILE_PARAGRAPH] });
    },
  });
  ({ ctx } = site);
});

after(() => site.close());

const get = (url: string) => site.app.inject({ method: 'GET', url });
const search = (q: string, extra = '') => get(`/search?q=${encodeURIComponent(q)}${extra}`);

/** A published article, its shown translation and the longest word of a text of it (a word readers might search). */
async function sample(language: string) {
  const row = (await site.published()).find((r) => r.language === language && !r.title!.includes('Zanahorias'))!;
  const t = (await ctx.store.translations.latest(row.id, 'en'))!;
  const longest = (text: string) => [...text.matchAll(/\p{L}{5,}/gu)].map((m) => m[0]).sort((a, b) => b.length - a.length || a.localeCompare(b))[0]!;
  return { row, t, longest };
}

test('the header of every page carries a labelled GET search form', async () => {
  const html = (await get('/')).body;
  assert.ok(html.includes('<form class="search-box" role="search" action="/search" method="get">'));
  assert.ok(html.includes('<label for="site-search" class="visually-hidden">Search articles</label>'));
  assert.ok(html.includes('<input id="site-search" type="search" name="q"'));
});

test('finds an article by a word of its English title and by a word of its original, with highlights, noindex', async () => {
  const { row, t, longest } = await sample('pt');
  const english = longest(t.title!);
  const res = await search(english);
  assert.equal(res.statusCode, 200);
  assert.ok(res.body.includes(`<a href="${row.path}">`), `${english} finds ${row.path}`);
  assert.ok(res.body.includes('<meta name="robots" content="noindex"/>'));
  assert.match(res.body, new RegExp(`<mark>${english}</mark>`, 'i'));
  const original = longest(row.title!);
  const byOriginal = await search(original);
  assert.ok(byOriginal.body.includes(`<a href="${row.path}">`), `${original} (original) finds ${row.path}`);
});

test('diacritics are folded: a word typed without its accents still finds the article', async () => {
  const rows = await site.published();
  const row = rows.find((r) => /\p{L}*[áéíóúãõçñ]\p{L}*/u.test(r.title!))!;
  const word = /\p{L}*[áéíóúãõçñ]\p{L}*/u.exec(row.title!)![0];
  const bare = word.normalize('NFKD').replace(/\p{M}/gu, '');
  assert.notEqual(bare, word);
  assert.ok((await search(bare)).body.includes(`<a href="${row.path}">`), `${bare} finds ${word}`);
});

test('filters narrow the results; a bad filter is a 400 page that says what is wrong', async () => {
  const { row, t, longest } = await sample('pt');
  const word = longest(t.title!);
  assert.ok((await search(word, '&language=pt')).body.includes(`<a href="${row.path}">`));
  assert.ok(!(await search(word, '&language=es')).body.includes(`<a href="${row.path}">`));
  assert.ok(!(await search(word, `&source=${row.source_id === 'x' ? 'y' : 'not-this-one'}`)).body.includes(`<a href="${row.path}">`));
  const day = row.published_at!.slice(0, 10);
  assert.ok((await search(word, `&from=${day}&to=${day}&language=&country=`)).body.includes(`<a href="${row.path}">`), 'empty form fields are no filter');
  const bad = await search(word, '&from=26/03/2021');
  assert.equal(bad.statusCode, 400);
  assert.ok(bad.body.includes('from must be a date written YYYY-MM-DD'));
});

test('hostile text in titles and bodies is shown escaped, the highlight included', async () => {
  const res = await search('zanahorias');
  assert.equal(res.statusCode, 200);
  assert.ok(res.body.includes('<mark>Zanahorias</mark> &lt;script>alert(&quot;s&quot;)&lt;/script> gigantes'), 'title escaped around the mark');
  assert.ok(!res.body.includes('<script>alert'), 'no script element');
  assert.ok(!/<img[^>]*onerror/.test(res.body), 'no image element from the body');
  const api = JSON.parse((await get('/api/v1/search?q=zanahorias')).body);
  assert.equal(api.items[0].titleHtml, '<mark>Zanahorias</mark> &lt;script&gt;alert(&quot;s&quot;)&lt;/script&gt; gigantes');
  assert.ok(!api.items[0].snippet.html.includes('<img'));
});

test('an empty search shows the form and how to search (200); a malformed one explains itself (400), never 500', async () => {
  for (const url of ['/search', '/search?q=', '/search?q=%20%20']) {
    const res = await get(url);
    assert.equal(res.statusCode, 200, url);
    assert.ok(res.body.includes('Type one or more words'), url);
    assert.ok(res.body.includes('<label for="search-q">Search for</label>'), url);
  }
  const cases: [string, RegExp][] = [
    ['"unbalanced', /quotation mark at character 1 is not closed/],
    ['*', /\* marks the end of a word/],
    ['(', /no words to look for/],
    ['AND OR', /OR must stand between two words/],
    ['-only', /only says what to leave out/],
    ['x'.repeat(501), /at most 500 are allowed/],
  ];
  for (const [q, message] of cases) {
    const res = await search(q);
    assert.equal(res.statusCode, 400, q);
    assert.match(res.body, message, q);
    assert.ok(res.body.includes('role="alert"'), q);
    const api = await get(`/api/v1/search?q=${encodeURIComponent(q)}`);
    assert.equal(api.statusCode, 400, q);
    assert.equal(JSON.parse(api.body).error.parameter, 'q');
  }
  assert.equal((await search('NEAR(ministro, ley)')).statusCode, 200, 'FTS5 syntax is only text');
  assert.equal((await search('title:ministro')).statusCode, 200, 'no column filters from readers');
});

test('the JSON API: a page of hits with escaped highlights, paging, refused parameters named', async () => {
  const { row, t, longest } = await sample('es');
  const word = longest(t.title!);
  const res = await get(`/api/v1/search?q=${encodeURIComponent(word)}&limit=1`);
  assert.equal(res.statusCode, 200);
  const body = JSON.parse(res.body);
  assert.equal(body.query, word);
  assert.equal(body.limit, 1);
  assert.ok(body.total >= 1);
  assert.equal(body.next, body.total > 1 ? 2 : null);
  const all = JSON.parse((await get(`/api/v1/search?q=${encodeURIComponent(word)}`)).body);
  const hit = all.items.find((i: { id: number }) => i.id === row.id);
  assert.ok(hit, `${word} finds article ${row.id}`);
  assert.equal(hit.url, `https://desk.example${row.path}`);
  assert.equal(hit.original.language, 'es');
  assert.match(hit.titleHtml, /<mark>/);
  for (const [query, parameter] of [['', 'q'], [`q=${word}&limit=0`, 'limit'], [`q=${word}&page=x`, 'page'], [`q=${word}&colour=red`, 'colour'], [`q=${word}&country=Spain`, 'country']]) {
    const bad = await get(`/api/v1/search?${query}`);
    assert.equal(bad.statusCode, 400, query);
    assert.equal(JSON.parse(bad.body).error.parameter, parameter, query);
  }
  const openapi = JSON.parse((await get('/api/v1/openapi.json')).body);
  assert.deepEqual(openapi.paths['/search'].get.parameters.map((p: { name: string }) => p.name), ['q', 'language', 'country', 'source', 'category', 'from', 'to', 'page', 'limit']);
  assert.ok(openapi.components.schemas.SearchHit);
});

test('You may like on an article page lists other articles, never the article itself', async () => {
  for (const row of await site.published()) {
    const html = (await get(row.path!)).body;
    const section = /<section aria-labelledby="you-may-like">(.*?)<\/section>/s.exec(html)![1]!;
    const links = [...section.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]);
    assert.ok(links.length > 0, `${row.path} has neighbours`);
    assert.ok(!links.includes(row.path!), `${row.path} is not its own neighbour`);
    assert.equal(new Set(links).size, links.length, 'each once');
  }
});
