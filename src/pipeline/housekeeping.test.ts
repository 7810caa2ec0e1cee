import assert from 'node:assert/strict';
import { test } from 'node:test';
import pino from 'pino';
import { configSchema } from '../config/schema.ts';
import { hourOf } from '../store/views.ts';
import { withStore } from '../store/test-store.ts';
import { housekeep } from './housekeeping.ts';
import { parseQuery } from '../organize/search/query.ts';
import type { Store } from '../store/index.ts';
import { publishOnce } from './publish.ts';
import { seedExtracted, seedTranslation } from './publish-fixtures.ts';

const NOW = new Date('2026-03-26T14:30:00Z');
const hoursBefore = (h: number) => hourOf(new Date(NOW.getTime() - h * 3_600_000));

test('housekeeping drops view counts older than web.viewsRetention and keeps the rest', async () => {
  await withStore(async (store) => {
    const id = await seedExtracted(store, { sourceId: 'elpais', url: 'https://elpais.com/a', language: 'es', title: 'A', blocks: [], publishedAt: '2026-03-20T10:00:00Z' });
    const ages = [0, 23, 47, 49, 24 * 7 - 1, 24 * 7 + 1, 24 * 30];
    await store.views.add(ages.map((h) => ({ articleId: id, hour: hoursBefore(h), views: 1 })));
    const hours = async () => (await store.db.selectFrom('views_hourly').select('hour').orderBy('hour', 'desc').execute()).map((r) => r.hour);
    const ctx = (viewsRetention: string) => ({ store, config: configSchema.parse({ dataDir: '/nonexistent', web: { viewsRetention } }), now: () => NOW, log: pino({ level: 'silent' }) });

    assert.equal((await housekeep(ctx('7d'))).viewsPruned, 2);
    assert.deepEqual(await hours(), [0, 23, 47, 49, 24 * 7 - 1].map(hoursBefore));
    assert.equal((await housekeep(ctx('48h'))).viewsPruned, 2);
    assert.deepEqual(await hours(), [0, 23, 47].map(hoursBefore));
    assert.equal((await housekeep(ctx('48h'))).viewsPruned, 0, 'nothing more to drop');
  });
});

test('web.viewsRetention keeps at least the day Trends 24h reads', () => {
  assert.equal(configSchema.parse({ dataDir: '/x' }).web.viewsRetention, 7 * 86_400_000);
  assert.throws(() => configSchema.parse({ dataDir: '/x', web: { viewsRetention: '12h' } }), /at least 1d/);
});

const TOWNS = ['Valencia', 'Porto', 'Lyon', 'Bologna', 'Cluj', 'Girona', 'Braga', 'Nantes'];
const TOPICS = ['flood', 'election', 'strike', 'festival', 'budget', 'harbour'];

/** Publishes `n` articles, each in its own transaction as the pipeline does: each commit adds a b-tree to the index. */
async function publishMany(store: Store, from: number, n: number): Promise<void> {
  const log = pino({ level: 'silent' });
  const config = configSchema.parse({ dataDir: '/nonexistent' });
  for (let i = from; i < from + n; i++) {
    const [town, topic] = [TOWNS[i % TOWNS.length]!, TOPICS[i % TOPICS.length]!];
    const text = `The ${topic} in ${town} went on for ${i + 2} days, officials in ${town} said; report ${i}.`;
    const blocks = [{ type: 'paragraph' as const, html: text, text }];
    const id = await seedExtracted(store, { sourceId: 'elpais', url: `https://elpais.com/${i}`, language: 'es', title: `${town} ${topic} ${i}`, blocks, publishedAt: '2026-03-20T10:00:00Z' });
    await seedTranslation(store, id, 'es', { title: `${topic} in ${town}, day ${i}`, blocks, decision: 'publish' });
    await publishOnce({ store, config, log, now: () => NOW });
  }
}

test('housekeeping merges the search index a bounded step at a time and leaves every result as it was', async () => {
  await withStore(async (store) => {
    await publishMany(store, 0, 60);
    const queries = ['flood', 'valencia', 'harbour OR strike', '"officials in porto"', 'bud*', 'festival -lyon'];
    const results = async () => {
      const out: unknown[] = [];
      for (const q of queries) out.push(await store.search.search({ query: parseQuery(q), limit: 100, offset: 0, now: NOW }));
      return out;
    };
    const before = await results();
    const segmentsBefore = store.searchIndex.segments();
    assert.ok(segmentsBefore >= 4, `${segmentsBefore} b-trees after 60 commits`);

    const ctx = { store, config: configSchema.parse({ dataDir: '/nonexistent' }), now: () => NOW, log: pino({ level: 'silent' }) };
    const first = await housekeep(ctx);
    assert.ok(first.searchMergeSteps > 0, 'merged');
    assert.ok(first.searchSegments < segmentsBefore, `${segmentsBefore} → ${first.searchSegments} b-trees`);
    assert.equal(first.searchSegments, store.searchIndex.segments());
    assert.deepEqual(await results(), before, 'the same hits, ranks, snippets and totals');
    assert.equal((await housekeep(ctx)).searchMergeSteps, 0, 'nothing left to merge');

    await publishMany(store, 60, 3);
    const found = await store.search.search({ query: parseQuery('"report 61"'), limit: 10, offset: 0, now: NOW });
    assert.equal(found.hits.length, 1, 'publishing and search go on after merging');
    // Fewer than the four b-trees a level needs before FTS5 merges it on its own: housekeeping still merges them.
    assert.equal(store.searchIndex.segments(), 4);
    assert.ok((await housekeep(ctx)).searchSegments <= 2);
  });
});
