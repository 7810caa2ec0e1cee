import assert from 'node:assert/strict';
import { test } from 'node:test';
import pino from 'pino';
import { configSchema } from '../config/schema.ts';
import { hourOf } from '../store/views.ts';
import { withStore } from '../store/test-store.ts';
import { housekeep } from './housekeeping.ts';
import { seedExtracted } from './publish-fixtures.ts';

const NOW = new Date('2026-03-26T14:30:00Z');
const hoursBefore = (h: number) => hourOf(new Date(NOW.getTime() - h * 3_600_000));

test('housekeeping drops view counts older than web.viewsRetention and keeps the rest', async () => {
  await withStore(async (store) => {
    const id = await seedExtracted(store, { sourceId: 'elpais', url: 'https://elpais.com/a', language: 'es', title: 'A', blocks: [], publishedAt: '2026-03-20T10:00:00Z' });
    const ages = [0, 23, 47, 49, 24 * 7 - 1, 24 * 7 + 1, 24 * 30];
    await store.views.add(ages.map((h) => ({ articleId: id, hour: hoursBefore(h), views: 1 })));
    const hours = async () => (await store.db.selectFrom('views_hourly').select('hour').orderBy('hour', 'desc').execute()).map((r) => r.hour);
    const ctx = (viewsRetention: string) => ({ store, config: configSchema.parse({ dataDir: '/nonexistent', web: { viewsRetention } }), now: () => NOW, log: pino({ level: 'silent' }) });

    assert.deepEqual(await housekeep(ctx('7d')), { viewsPruned: 2 });
    assert.deepEqual(await hours(), [0, 23, 47, 49, 24 * 7 - 1].map(hoursBefore));
    assert.deepEqual(await housekeep(ctx('48h')), { viewsPruned: 2 });
    assert.deepEqual(await hours(), [0, 23, 47].map(hoursBefore));
    assert.deepEqual(await housekeep(ctx('48h')), { viewsPruned: 0 }, 'nothing more to drop');
  });
});

test('web.viewsRetention keeps at least the day Trends 24h reads', () => {
  assert.equal(configSchema.parse({ dataDir: '/x' }).web.viewsRetention, 7 * 86_400_000);
  assert.throws(() => configSchema.parse({ dataDir: '/x', web: { viewsRetention: '12h' } }), /at least 1d/);
});
