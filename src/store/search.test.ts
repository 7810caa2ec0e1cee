import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql } from 'kysely';
import pino from 'pino';
import { configSchema } from '../config/schema.ts';
import { MARK_CLOSE, MARK_OPEN } from '../organize/search/document.ts';
import { parseQuery } from '../organize/search/query.ts';
import { publishOnce } from '../pipeline/publish.ts';
import { seedExtracted, seedSource, seedTranslation } from '../pipeline/publish-fixtures.ts';
import { openStore, type Store } from './index.ts';
import { migrationProvider } from './migrations/index.ts';
import type { SearchFilters } from './search.ts';

let dir: string;
let store: Store;
const ids: Record<string, number> = {};
const p = (text: string) => ({ type: 'paragraph' as const, html: text, text });
const NOW = new Date('2021-03-28T12:00:00Z');

// name, source, language, category, published, original title, original body, English title, English body
const WORLD: [string, string, string, string, string, string, string, string, string][] = [
  ['rain', 'el-pais', 'es', 'News/Weather', '2021-03-26T19:00:00Z', 'Fuerte lluvia en Madrid', 'La lluvia cayó sobre la capital. González dijo que la economía sufre.', 'Heavy rain in Madrid', 'The rain fell on the capital. Gonzalez said that the economy suffers.'],
  ['flood', 'el-pais', 'es', 'News/Weather', '2021-03-20T08:00:00Z', 'Inundaciones en Valencia', 'Las inundaciones y la lluvia dejan la ciudad bajo el agua; el río se desborda.', 'Floods in Valencia', 'Floods and rain leave the city under water; the river overflows its banks after heavy rain.'],
  ['budget', 'el-pais', 'es', 'News/Politics', '2021-02-10T12:00:00Z', 'El Gobierno aprueba el presupuesto', 'El ministro de Hacienda presentó el presupuesto en el Congreso.', 'Government approves the budget', 'The finance minister presented the budget in Congress.'],
  ['porto', 'publico', 'pt', 'News/Weather', '2021-03-27T10:00:00Z', 'Chuva forte no Porto', 'A chuva forte inundou as ruas do Porto e o rio subiu.', 'Heavy rain in Porto', 'Heavy rain flooded the streets of Porto and the river rose.'],
  ['football', 'publico', 'pt', 'Sport', '2021-03-25T21:00:00Z', 'Benfica vence o clássico', 'O Benfica venceu o Porto num jogo de futebol emocionante.', 'Benfica wins the classic', 'Benfica beat Porto in an exciting football match.'],
  ['hostile', 'el-pais', 'es', 'News', '2021-03-26T10:00:00Z', 'Título <b>raro</b>', 'Texto con <script>alert(1)</script> dentro.', 'Strange <script>alert("x")</script> headline', 'A text with <img src=x onerror=alert(1)> inside about the strange headline.'],
];

async function publish(at = NOW) {
  await publishOnce({ store, config: configSchema.parse({}), log: pino({ level: 'silent' }), now: () => at });
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fd-search-'));
  store = await openStore({ dataDir: dir });
  await seedSource(store, { id: 'el-pais', name: 'El País', country: 'ES', language: 'es', homepage: 'https://elpais.example/' });
  await seedSource(store, { id: 'publico', name: 'Público', country: 'PT', language: 'pt', homepage: 'https://publico.example/' });
  for (const [name, sourceId, language, category, publishedAt, oTitle, oBody, eTitle, eBody] of WORLD) {
    ids[name] = await seedExtracted(store, { sourceId, url: `https://${sourceId}.example/${name}`, language, title: oTitle, blocks: [p(oBody)], publishedAt, category });
    await seedTranslation(store, ids[name]!, language, { title: eTitle, blocks: [p(eBody)], decision: 'publish' });
  }
  await publish();
});

after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function find(text: string, filters: SearchFilters = {}, o: { limit?: number; offset?: number } = {}) {
  const r = await store.search.search({ query: parseQuery(text), filters, limit: o.limit ?? 20, offset: o.offset ?? 0, now: NOW });
  return { ...r, names: r.hits.map((h) => Object.keys(ids).find((k) => ids[k] === h.id)) };
}

test('finds by English words and by words of the original, best match first', async () => {
  assert.deepEqual((await find('rain')).names.sort(), ['flood', 'porto', 'rain']);
  assert.deepEqual((await find('lluvia')).names.sort(), ['flood', 'rain']);
  assert.deepEqual((await find('chuva')).names, ['porto']);
  assert.equal((await find('heavy rain madrid')).names[0], 'rain');
  assert.equal((await find('lluvia')).total, 2);
});

test('diacritics folded both ways', async () => {
  assert.deepEqual((await find('economia')).names, ['rain']);
  assert.deepEqual((await find('gonzález')).names, ['rain']);
  assert.deepEqual((await find('classico')).names, ['football']);
});

test('phrases, exclusion, prefix and OR', async () => {
  assert.deepEqual((await find('"heavy rain"')).names.sort(), ['flood', 'porto', 'rain']);
  assert.deepEqual((await find('"rain heavy"')).names, []);
  assert.deepEqual((await find('rain -madrid -porto')).names, ['flood']);
  assert.deepEqual((await find('rain NOT "in madrid"')).names.sort(), ['flood', 'porto']);
  assert.deepEqual((await find('inund*')).names.sort(), ['flood', 'porto']);
  assert.deepEqual((await find('benfica OR presupuesto')).names.sort(), ['budget', 'football']);
});

test('filters narrow: language, country, source, category with its children, dates', async () => {
  assert.deepEqual((await find('rain', { language: 'pt' })).names, ['porto']);
  assert.deepEqual((await find('rain', { country: 'ES' })).names.sort(), ['flood', 'rain']);
  assert.deepEqual((await find('porto', { source: 'publico' })).names.sort(), ['football', 'porto']);
  assert.deepEqual((await find('porto', { category: 'Sport' })).names, ['football']);
  assert.deepEqual((await find('the', { category: 'News' })).names.sort(), ['budget', 'flood', 'hostile', 'porto', 'rain']);
  assert.deepEqual((await find('the', { category: 'News/Politics' })).names, ['budget']);
  assert.deepEqual((await find('the', { category: 'New' })).names, [], 'a category is matched whole, not as a prefix');
  assert.deepEqual((await find('rain', { from: '2021-03-26', to: '2021-03-26' })).names, ['rain']);
  assert.deepEqual((await find('rain', { from: '2021-03-21' })).names.sort(), ['porto', 'rain']);
  assert.deepEqual((await find('the', { to: '2021-02-28' })).names, ['budget']);
  assert.deepEqual((await find('the', { from: '2021-01-01', to: '2021-02-10' })).names, ['budget']);
  assert.deepEqual((await find('rain', { source: 'nowhere' })).names, []);
});

test('pagination: pages partition the ranked list', async () => {
  const all = (await find('the')).names;
  const pages = [...(await find('the', {}, { limit: 2 })).names, ...(await find('the', {}, { limit: 2, offset: 2 })).names, ...(await find('the', {}, { limit: 2, offset: 4 })).names];
  assert.deepEqual(pages, all);
  assert.equal((await find('the', {}, { limit: 2 })).total, all.length);
});

test('highlights: matched words marked in the title and a passage, from the original when only it matched', async () => {
  const [hit] = (await find('madrid')).hits;
  assert.equal(hit!.titleMarked, `Heavy rain in ${MARK_OPEN}Madrid${MARK_CLOSE}`);
  const [original] = (await find('cayó')).hits;
  assert.equal(original!.snippetLanguage, 'es');
  assert.ok(original!.snippet.includes(`${MARK_OPEN}cayó${MARK_CLOSE}`), original!.snippet);
  const [english] = (await find('economy')).hits;
  assert.equal(english!.snippetLanguage, 'en');
  assert.ok(english!.snippet.includes(`${MARK_OPEN}economy${MARK_CLOSE}`));
  const [hostile] = (await find('strange')).hits;
  assert.equal(hostile!.titleMarked, `${MARK_OPEN}Strange${MARK_CLOSE} <script>alert("x")</script> headline`, 'stored text comes back as text; the page escapes it');
});

test('a removed article is no longer found; a revision is found by its new text only', async () => {
  await store.articles.remove(ids.football!, 'takedown');
  assert.deepEqual((await find('benfica')).names, []);
  const id = await seedExtracted(store, { sourceId: 'el-pais', url: 'https://el-pais.example/budget', language: 'es', title: 'El Gobierno retira el presupuesto', blocks: [p('El ministro retiró el presupuesto.')], publishedAt: '2021-02-10T12:00:00Z', category: 'News/Politics' });
  assert.equal(id, ids.budget);
  assert.deepEqual((await find('aprueba')).names, ['budget'], 'until the revision is translated and published, the shown version is the one found');
  await seedTranslation(store, id, 'es', { title: 'Government withdraws the budget', blocks: [p('The minister withdrew the budget.')], decision: 'publish' });
  await publish();
  assert.deepEqual((await find('withdraws')).names, ['budget']);
  assert.deepEqual((await find('retira')).names, ['budget']);
  assert.deepEqual((await find('approves')).names, []);
  assert.deepEqual((await find('aprueba')).names, []);
});

test('a near-duplicate leaves the index when clustering marks it, and stays out when it is published again', async () => {
  const copy = await seedExtracted(store, { sourceId: 'publico', url: 'https://publico.example/rain-copy', language: 'pt', title: 'Chuva forte em Madrid', blocks: [p('A chuva caiu sobre a capital espanhola.')], publishedAt: '2021-03-26T20:00:00Z', category: 'News/Weather' });
  await seedTranslation(store, copy, 'pt', { title: 'Heavy rain in Madrid', blocks: [p('The rain fell on the Spanish capital, copied word for word.')], decision: 'publish' });
  await publish();
  assert.ok((await store.search.search({ query: parseQuery('copied'), filters: {}, limit: 20, offset: 0, now: NOW })).hits.some((h) => h.id === copy));
  const story = await store.stories.place(ids.rain!, { storyId: null, nearDuplicateOf: null, headline: 'Heavy rain in Madrid' });
  await store.stories.place(copy, { storyId: story, nearDuplicateOf: ids.rain!, headline: 'Heavy rain in Madrid' });
  assert.deepEqual((await store.search.search({ query: parseQuery('copied'), filters: {}, limit: 20, offset: 0, now: NOW })).hits, []);
  await seedTranslation(store, copy, 'pt', { title: 'Heavy rain in Madrid', blocks: [p('The rain fell on the Spanish capital, copied again.')], decision: 'publish' });
  await publish();
  assert.deepEqual((await store.search.search({ query: parseQuery('copied'), filters: {}, limit: 20, offset: 0, now: NOW })).hits, []);
  assert.ok((await find('capital')).names.includes('rain'));
});

test('You may like: neighbours by content, never the article itself or the excluded ones', async () => {
  const related = await store.search.related({ id: ids.rain!, limit: 5, now: NOW });
  assert.ok(related, 'enough text');
  const names = related.map((c) => Object.keys(ids).find((k) => ids[k] === c.id));
  assert.ok(!names.includes('rain'));
  assert.deepEqual(names.slice(0, 2).sort(), ['flood', 'porto']);
  const without = await store.search.related({ id: ids.rain!, excludeIds: [ids.flood!], limit: 5, now: NOW });
  assert.ok(!without!.some((c) => c.id === ids.flood || c.id === ids.rain));
  assert.equal(await store.search.related({ id: 999_999, limit: 5 }), null, 'not indexed');
});

test('the migration indexes articles published before it ran', async () => {
  const migrator = new Migrator({ db: store.db, provider: migrationProvider });
  const down = await migrator.migrateTo('003-publish');
  assert.equal(down.error, undefined);
  await assert.rejects(sql`select count(*) from search_index`.execute(store.db), /no such table/);
  const up = await migrator.migrateToLatest();
  assert.equal(up.error, undefined);
  assert.deepEqual((await find('lluvia')).names.sort(), ['flood', 'rain']);
});
