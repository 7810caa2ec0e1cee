import { test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { configSchema } from '../config/schema.ts';
import { publishOnce } from '../pipeline/publish.ts';
import { seedExtracted, seedTranslation } from '../pipeline/publish-fixtures.ts';
import type { Store } from './index.ts';
import { withStore } from './test-store.ts';

const paragraph = { type: 'paragraph' as const, html: 'x', text: 'x' };

// name, language, category, published (UTC), decision; f has no section category and too little text for the
// classifier, so publishing files it under the top level News (organize/assign.ts)
const WORLD: [string, string, string | undefined, string, 'publish' | 'hold'][] = [
  ['a', 'es', 'News', '2021-03-26T19:00:00Z', 'publish'],
  ['b', 'es', 'News/Politics', '2021-03-26T08:00:00Z', 'publish'],
  ['c', 'ca', 'Newsroom', '2021-03-26T12:00:00Z', 'publish'],
  ['d', 'es', 'News/World', '2021-03-25T23:59:00Z', 'publish'],
  ['e', 'es', 'News/Politics', '2021-03-27T01:00:00Z', 'hold'],
  ['f', 'es', undefined, '2021-03-24T00:00:00Z', 'publish'],
];

async function seeded(fn: (store: Store) => Promise<void>) {
  await withStore(async (store) => {
    const [elpais] = (await store.db.selectFrom('sources').select('config_json').execute()).map((r) => JSON.parse(r.config_json));
    await store.sources.syncFromConfig([{ ...elpais, language: 'es', sections: { deportes: 'Sport/Football', politica: 'News/Politics' } }]);
    for (const [name, language, category, publishedAt, decision] of WORLD) {
      const id = await seedExtracted(store, { sourceId: 'elpais', url: `https://elpais.com/${name}`, language, title: name, blocks: [paragraph], publishedAt, ...(category ? { category } : {}) });
      await seedTranslation(store, id, language, { title: `Story ${name}`, blocks: [paragraph], decision });
    }
    await publishOnce({ store, config: configSchema.parse({}), log: pino({ level: 'silent' }), now: () => new Date('2021-03-27T09:00:00Z') });
    await fn(store);
  });
}

const titles = (page: { items: { title: string }[] }) => page.items.map((c) => c.title);

test('a category page holds the category and its subcategories, not names that merely start alike, newest first, published only', () =>
  seeded(async (store) => {
    const news = await store.listings.page({ kind: 'category', category: 'News' }, { limit: 10, offset: 0 });
    assert.deepEqual(titles(news), ['Story a', 'Story b', 'Story d', 'Story f']);
    assert.equal(news.total, 4);
    const second = await store.listings.page({ kind: 'category', category: 'News' }, { limit: 2, offset: 2 });
    assert.deepEqual([titles(second), second.total], [['Story d', 'Story f'], 4]);
    assert.deepEqual(titles(await store.listings.page({ kind: 'category', category: 'News/Politics' }, { limit: 10, offset: 0 })), ['Story b']);
    const none = await store.listings.page({ kind: 'category', category: 'Sport' }, { limit: 10, offset: 0 });
    assert.deepEqual([none.items, none.total], [[], 0]);
  }));

test('source, language and country lists; feed entries carry the original and authors', () =>
  seeded(async (store) => {
    const all = ['Story a', 'Story c', 'Story b', 'Story d', 'Story f'];
    assert.deepEqual(titles(await store.listings.page({ kind: 'source', sourceId: 'elpais' }, { limit: 10, offset: 0 })), all);
    assert.deepEqual(titles(await store.listings.page({ kind: 'language', language: 'ca' }, { limit: 10, offset: 0 })), ['Story c']);
    assert.deepEqual(titles(await store.listings.page({ kind: 'country', country: 'ES' }, { limit: 10, offset: 0 })), all);
    assert.equal((await store.listings.page({ kind: 'country', country: 'AR' }, { limit: 10, offset: 0 })).total, 0);
    const [entry] = await store.listings.feedEntries({ kind: 'language', language: 'ca' }, { limit: 5 });
    assert.equal(entry!.url, 'https://elpais.com/c');
    assert.deepEqual(entry!.authors, ['Ana Pérez']);
  }));

test('categories: published ones counted, the section map’s ones known before any article; languages from articles and sources', () =>
  seeded(async (store) => {
    assert.deepEqual(await store.listings.categories(), [
      { value: 'News', published: 2 },
      { value: 'News/Politics', published: 1 },
      { value: 'News/World', published: 1 },
      { value: 'Newsroom', published: 1 },
      { value: 'Sport/Football', published: 0 },
    ]);
    assert.deepEqual(await store.listings.languages(), [
      { value: 'ca', published: 1 },
      { value: 'es', published: 4 },
    ]);
    assert.equal((await store.listings.source('elpais'))?.name, 'El País');
    assert.equal(await store.listings.source('nope'), null);
    assert.deepEqual((await store.listings.sourcesIn('ES')).map((s) => s.id), ['elpais']);
  }));
