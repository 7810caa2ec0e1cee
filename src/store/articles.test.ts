import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withStore } from './test-store.ts';
import type { ExtractedFields } from './articles.ts';

function fields(over: Partial<ExtractedFields> = {}): ExtractedFields {
  return {
    finalUrl: 'https://elpais.com/a',
    canonicalUrl: 'https://elpais.com/a',
    canonicalHash: 'h-a',
    aliasHashes: [],
    language: 'es',
    languageConfidence: 0.99,
    declaredLanguage: 'es',
    title: 'Título',
    standfirst: null,
    authors: ['Ana Pérez'],
    publishedLocal: '2021-03-26T20:26:03+01:00',
    publishedAt: '2021-03-26T19:26:03.000Z',
    modifiedAt: null,
    section: 'internacional',
    category: null,
    siteName: 'El País',
    image: null,
    isAccessibleForFree: true,
    blocks: [{ type: 'paragraph', html: 'Hola', text: 'Hola' }],
    wordCount: 1,
    contentHash: 'c1',
    pageEtag: null,
    pageLastModified: null,
    ...over,
  };
}

test('the same URL discovered twice is one article', async () => {
  await withStore(async (s) => {
    const first = await s.articles.discover({ sourceId: 'elpais', url: 'https://elpais.com/a', urlHash: 'h-a' });
    const again = await s.articles.discover({ sourceId: 'elpais', url: 'https://elpais.com/a', urlHash: 'h-a' });
    assert.equal(first.status, 'new');
    assert.deepEqual(again, { status: 'known', id: first.status === 'new' ? first.id : -1, refetch: false });
    assert.deepEqual(await s.articles.countByState(), { discovered: 1 });
  });
});

test('an edit makes a new revision of the same article, an identical fetch changes nothing', async () => {
  await withStore(async (s) => {
    const d = await s.articles.discover({ sourceId: 'elpais', url: 'https://elpais.com/a', urlHash: 'h-a' });
    assert.equal(d.status, 'new');
    const id = d.status === 'new' ? d.id : 0;
    assert.equal((await s.articles.saveExtracted(id, fields())).outcome, 'new');
    assert.equal((await s.articles.saveExtracted(id, fields())).outcome, 'unchanged');
    const edited = fields({ contentHash: 'c2', title: 'Título corregido', modifiedAt: '2021-03-27T10:00:00.000Z' });
    assert.equal((await s.articles.saveExtracted(id, edited)).outcome, 'updated');
    const row = await s.articles.byId(id);
    assert.equal(row?.revision, 2);
    assert.equal(row?.title, 'Título corregido');
    assert.deepEqual((await s.articles.revisions(id)).map((r) => r.title), ['Título', 'Título corregido']);
    assert.deepEqual(await s.articles.countByState(), { extracted: 1 });
  });
});

test('a newer modified time in the feed asks for a re-fetch', async () => {
  await withStore(async (s) => {
    const d = await s.articles.discover({ sourceId: 'elpais', url: 'https://elpais.com/a', urlHash: 'h-a' });
    const id = d.status === 'new' ? d.id : 0;
    await s.articles.saveExtracted(id, fields());
    assert.equal((await s.articles.dueForFetch(10)).length, 0);
    const same = await s.articles.discover({ sourceId: 'elpais', url: 'https://elpais.com/a', urlHash: 'h-a', feedModified: '2021-03-26T19:26:03Z' });
    assert.equal(same.status === 'known' && same.refetch, false);
    const later = await s.articles.discover({ sourceId: 'elpais', url: 'https://elpais.com/a', urlHash: 'h-a', feedModified: '2021-03-27T08:00:00Z' });
    assert.equal(later.status === 'known' && later.refetch, true);
    assert.deepEqual((await s.articles.dueForFetch(10)).map((j) => j.id), [id]);
  });
});

test('two URLs whose page names one canonical URL are stored once', async () => {
  await withStore(async (s) => {
    const a = await s.articles.discover({ sourceId: 'elpais', url: 'https://elpais.com/a', urlHash: 'h-a' });
    const b = await s.articles.discover({ sourceId: 'elpais', url: 'https://elpais.com/amp/a', urlHash: 'h-amp' });
    const idA = a.status === 'new' ? a.id : 0;
    const idB = b.status === 'new' ? b.id : 0;
    await s.articles.saveExtracted(idA, fields());
    const dup = await s.articles.saveExtracted(idB, fields({ finalUrl: 'https://elpais.com/amp/a' }));
    assert.deepEqual(dup, { outcome: 'duplicate', articleId: idA });
    assert.equal((await s.articles.byUrlHash('h-amp'))?.id, idA);
    assert.deepEqual(await s.articles.countByState(), { extracted: 1 });
  });
});

test('a removed article leaves tombstones and is never taken in again', async () => {
  await withStore(async (s) => {
    const d = await s.articles.discover({ sourceId: 'elpais', url: 'https://elpais.com/a', urlHash: 'h-a' });
    const id = d.status === 'new' ? d.id : 0;
    await s.articles.saveExtracted(id, fields({ canonicalHash: 'h-canon', canonicalUrl: 'https://elpais.com/canon' }));
    await s.articles.remove(id, 'gone: HTTP 410');
    assert.equal((await s.articles.byId(id))?.blocks_json, null);
    assert.deepEqual(await s.articles.discover({ sourceId: 'elpais', url: 'https://elpais.com/a', urlHash: 'h-a' }), { status: 'tombstoned' });
    assert.deepEqual(await s.articles.discover({ sourceId: 'elpais', url: 'https://elpais.com/canon', urlHash: 'h-canon' }), { status: 'tombstoned' });
  });
});

test('a failure keeps content that exists and retries never-extracted articles later', async () => {
  await withStore(async (s) => {
    const d = await s.articles.discover({ sourceId: 'elpais', url: 'https://elpais.com/a', urlHash: 'h-a' });
    const id = d.status === 'new' ? d.id : 0;
    const later = new Date(Date.now() + 60_000);
    await s.articles.markFailed(id, 'timeout', later);
    const row = await s.articles.byId(id);
    assert.equal(row?.state, 'failed');
    assert.equal(row?.attempts, 1);
    assert.equal((await s.articles.dueForFetch(10)).length, 0);
    assert.equal((await s.articles.dueForFetch(10, new Date(later.getTime() + 1))).length, 1);
    await s.articles.saveExtracted(id, fields());
    await s.articles.markFailed(id, 'HTTP 500', null);
    assert.equal((await s.articles.byId(id))?.state, 'extracted');
  });
});
