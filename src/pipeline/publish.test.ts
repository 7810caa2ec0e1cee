import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { configSchema } from '../config/schema.ts';
import { openStore, type Store } from '../store/index.ts';
import { articleIdOf, articlePath, publishOnce, slugify } from './publish.ts';
import { seedExtracted, seedSource, seedTranslation } from './publish-fixtures.ts';

test('slugify: English ASCII words, cut at a word boundary', () => {
  const cases: [string, string][] = [
    ["Russia moves to strengthen ties with Myanmar's military junta", 'russia-moves-to-strengthen-ties-with-myanmars-military-junta'],
    ['Naypyidó: ¿qué pasó? — «El País» informa', 'naypyido-que-paso-el-pais-informa'],
    ['   ', 'article'],
    ['Привет мир', 'article'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['a'.repeat(100), 'a'.repeat(80)],
    [`${'word '.repeat(30)}end`, Array(16).fill('word').join('-')],
  ];
  for (const [title, slug] of cases) assert.equal(slugify(title), slug, title);
});

test('articlePath and articleIdOf agree; the day is the UTC day', () => {
  const cases: [string, string][] = [
    ['2021-03-26T19:26:03.611Z', '/2021/03/26/russia-and-myanmar-42'],
    ['2021-03-26T23:30:00-02:00', '/2021/03/27/russia-and-myanmar-42'],
  ];
  for (const [publishedAt, path] of cases) {
    assert.equal(articlePath({ id: 42, publishedAt, title: 'Russia and Myanmar' }), path);
    assert.equal(articleIdOf(path), 42);
  }
  assert.throws(() => articlePath({ id: 7, publishedAt: 'yesterday', title: 'x' }), /article 7: publication time "yesterday" is not a date/);
  for (const bad of ['/2021/03/26/', '/2021/3/26/x-1', '/about', '/2021/03/26/x-1/extra']) assert.equal(articleIdOf(bad), null, bad);
});

let dir: string;
let store: Store;
const log = pino({ level: 'silent' });
const config = configSchema.parse({});
const ctx = () => ({ store, config, log, now: () => new Date('2021-03-27T08:00:00Z') });
const paragraph = (text: string) => ({ type: 'paragraph' as const, html: text, text });

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fd-publish-'));
  store = await openStore({ dataDir: dir });
  await seedSource(store, { id: 'el-pais', name: 'El País', country: 'ES', language: 'es', homepage: 'https://elpais.example/' });
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('publish and publish-with-notice go live at a stable path; hold stays unpublished; a second pass changes nothing', async () => {
  const ids: Record<string, number> = {};
  for (const [name, decision] of [['ok', 'publish'], ['notice', 'publish-with-notice'], ['held', 'hold']] as const) {
    ids[name] = await seedExtracted(store, { sourceId: 'el-pais', url: `https://elpais.example/${name}.html`, language: 'es', title: `Título ${name}`, blocks: [paragraph('Hola.')], publishedAt: '2021-03-26T19:26:03.611Z' });
    await seedTranslation(store, ids[name]!, 'es', { title: `Russia title ${name}`, blocks: [paragraph('Hello.')], decision });
  }
  assert.deepEqual(await publishOnce(ctx()), { published: 2, updated: 0 });
  const ok = (await store.articles.byId(ids.ok!))!;
  assert.equal(ok.state, 'published');
  assert.equal(ok.path, `/2021/03/26/russia-title-ok-${ids.ok}`);
  assert.equal(ok.site_published_at, '2021-03-27T08:00:00.000Z');
  assert.equal((await store.articles.byId(ids.notice!))!.state, 'published');
  const held = (await store.articles.byId(ids.held!))!;
  assert.equal(held.state, 'translated');
  assert.equal(held.path, null);

  assert.deepEqual(await publishOnce(ctx()), { published: 0, updated: 0 }, 'idempotent');
  const again = (await store.articles.byId(ids.ok!))!;
  assert.equal(again.updated_at, ok.updated_at);
});

test('a revision re-publishes at the old path with its new translation; a held revision keeps the last good one', async () => {
  const url = 'https://elpais.example/revised.html';
  const id = await seedExtracted(store, { sourceId: 'el-pais', url, language: 'es', title: 'Primera', blocks: [paragraph('Uno.')], publishedAt: '2021-03-25T10:00:00Z' });
  await seedTranslation(store, id, 'es', { title: 'First headline', blocks: [paragraph('One.')], decision: 'publish' });
  await publishOnce(ctx());
  const first = (await store.articles.byId(id))!;
  assert.equal(first.path, `/2021/03/25/first-headline-${id}`);

  await seedExtracted(store, { sourceId: 'el-pais', url, language: 'es', title: 'Segunda', blocks: [paragraph('Dos.')], publishedAt: '2021-03-25T10:00:00Z' });
  await seedTranslation(store, id, 'es', { title: 'A wholly different headline', blocks: [paragraph('Two.')], decision: 'publish' });
  assert.deepEqual(await publishOnce(ctx()), { published: 0, updated: 1 });
  const second = (await store.articles.byId(id))!;
  assert.equal(second.path, first.path, 'the URL survives the revision');
  const shown = await store.published.lookup(id);
  assert.equal(shown.status, 'published');
  if (shown.status === 'published') {
    assert.equal(shown.article.title, 'A wholly different headline');
    assert.equal(shown.article.original.title, 'Segunda', 'the original beside it is the revision translated');
  }

  await seedExtracted(store, { sourceId: 'el-pais', url, language: 'es', title: 'Tercera', blocks: [paragraph('Tres.')], publishedAt: '2021-03-25T10:00:00Z' });
  await seedTranslation(store, id, 'es', { title: 'Garbled', blocks: [paragraph('Tres.')], decision: 'hold' });
  assert.deepEqual(await publishOnce(ctx()), { published: 0, updated: 0 });
  const still = await store.published.lookup(id);
  assert.equal(still.status === 'published' && still.article.title, 'A wholly different headline');
  assert.equal(still.status === 'published' && still.article.original.title, 'Segunda');
});

test('a removed article is not published again and is reported removed', async () => {
  const id = await seedExtracted(store, { sourceId: 'el-pais', url: 'https://elpais.example/gone.html', language: 'es', title: 'Adiós', blocks: [paragraph('Fin.')], publishedAt: '2021-03-26T12:00:00Z' });
  await seedTranslation(store, id, 'es', { title: 'Goodbye', blocks: [paragraph('End.')], decision: 'publish' });
  await publishOnce(ctx());
  await store.articles.remove(id, 'takedown');
  assert.deepEqual(await publishOnce(ctx()), { published: 0, updated: 0 });
  assert.deepEqual(await store.published.lookup(id), { status: 'removed', path: `/2021/03/26/goodbye-${id}` });
});
