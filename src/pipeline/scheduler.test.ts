import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startFixtureWorld } from '../../devtools/fixture-world/world.ts';
import { configSchema } from '../config/schema.ts';
import { createContext } from './context.ts';
import { hourOf } from '../store/views.ts';
import type { HousekeepingReport } from './housekeeping.ts';
import { seedExtracted, seedSource } from './publish-fixtures.ts';
import { runScheduler } from './scheduler.ts';

test('the scheduler runs every stage without listeners: English articles are taken in, published and clustered', async () => {
  const world = await startFixtureWorld({ languages: ['eng'], articlesPerSource: 3, crawlDelay: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'fd-scheduler-'));
  const config = configSchema.parse({ dataDir: dir, fetch: { allowPrivateNetworks: ['127.0.0.0/8'], perHostDelay: '1ms' }, ingest: { maxArticleAge: '3650d' }, sources: world.sourceConfigs() });
  const ctx = await createContext(config, { log: pino({ level: 'silent' }) });
  const stop = new AbortController();
  const loop = runScheduler(ctx, { signal: stop.signal });
  try {
    const counts = async () =>
      ctx.store.db
        .selectFrom('articles')
        .select((eb) => [eb.fn.countAll<number>().as('published'), eb.fn.count<number>('clustered_at').as('clustered')])
        .where('state', '=', 'published')
        .executeTakeFirstOrThrow();
    let c = await counts();
    // A wait for the first pass, not a timing: the deadline only keeps a broken scheduler from hanging the suite.
    for (const deadline = Date.now() + 60_000; Date.now() < deadline && !(Number(c.published) >= 3 && Number(c.clustered) === Number(c.published)); ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      c = await counts();
    }
    assert.ok(Number(c.published) >= 3, `${c.published} published`);
    assert.equal(Number(c.clustered), Number(c.published), 'every published article went through clustering');
  } finally {
    stop.abort();
    await loop;
    await ctx.close();
    await world.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the scheduler does its hourly housekeeping: old view counts are dropped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fd-scheduler-'));
  const ctx = await createContext(configSchema.parse({ dataDir: dir, web: { viewsRetention: '2d' } }), { log: pino({ level: 'silent' }) });
  const source = { id: 'elpais', name: 'El País', homepage: 'https://elpais.com/', country: 'ES', language: 'es' };
  await seedSource(ctx.store, source);
  const id = await seedExtracted(ctx.store, { sourceId: 'elpais', url: 'https://elpais.com/a', language: 'es', title: 'A', blocks: [], publishedAt: '2026-03-20T10:00:00Z' });
  await ctx.store.views.add([{ articleId: id, hour: hourOf(new Date(Date.now() - 30 * 86_400_000)), views: 3 }, { articleId: id, hour: hourOf(new Date()), views: 1 }]);
  // The loop's clock runs two hours ahead once it has started, so the first round of the loop is due for housekeeping.
  const started = Date.now();
  let calls = 0;
  ctx.now = () => new Date(started + (calls++ === 0 ? 0 : 2 * 3_600_000));
  const stop = new AbortController();
  const reports: HousekeepingReport[] = [];
  const loop = runScheduler(ctx, { signal: stop.signal, maxIdleMs: 50, onHousekeeping: (r) => { reports.push(r); stop.abort(); } });
  try {
    // The deadline only keeps a broken scheduler from hanging the suite.
    for (const deadline = Date.now() + 30_000; Date.now() < deadline && reports.length === 0; ) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(reports.map((r) => r.viewsPruned), [1]);
    assert.equal((await ctx.store.db.selectFrom('views_hourly').select('views').execute()).length, 1);
  } finally {
    stop.abort();
    await loop;
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
