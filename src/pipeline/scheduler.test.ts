import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startFixtureWorld } from '../../devtools/fixture-world/world.ts';
import { configSchema } from '../config/schema.ts';
import { createContext } from './context.ts';
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
