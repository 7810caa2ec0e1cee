import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { startFixtureWorld, type FixtureWorld } from '../../devtools/fixture-world/world.ts';
import { configSchema } from '../config/schema.ts';
import { createContext, type PipelineContext } from '../pipeline/context.ts';
import { ingestOnce } from '../pipeline/ingest.ts';
import { publishOnce } from '../pipeline/publish.ts';
import { translateOnce } from '../pipeline/translate.ts';
import type { StoredArticle } from '../store/articles.ts';
import { startLibreTranslateFake } from '../translate/fakes/libretranslate.ts';
import type { FakeServer } from '../translate/fakes/server.ts';
import { createWebServer } from './server.ts';

/**
 * For the web tests: a small fixture world taken in, translated (LibreTranslate fake) and published by the real
 * pipeline into a fresh SQLite file, and the site over that store (requests with `app.inject`).
 */
export interface TestSite {
  world: FixtureWorld;
  ctx: PipelineContext;
  app: FastifyInstance;
  published(): Promise<StoredArticle[]>;
  close(): Promise<void>;
}

export async function startTestSite(o: { languages: string[]; baseUrl: string; prepare?: (world: FixtureWorld) => void }): Promise<TestSite> {
  const world = await startFixtureWorld({ languages: o.languages, articlesPerSource: 3, crawlDelay: 0 });
  let libre: FakeServer | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'fd-web-'));
  try {
    libre = await startLibreTranslateFake();
    const config = configSchema.parse({
      dataDir: dir,
      fetch: { allowPrivateNetworks: ['127.0.0.0/8'], perHostDelay: '1ms', timeout: '2s', connectTimeout: '1s' },
      ingest: { maxArticleAge: '3650d' },
      sources: world.sourceConfigs(),
      translation: { engines: ['libretranslate'], libretranslate: { url: libre.url }, quality: { threshold: 0.6, belowThreshold: 'publish-with-notice' } },
      web: { baseUrl: o.baseUrl },
    });
    o.prepare?.(world);
    const ctx = await createContext(config, { log: pino({ level: 'silent' }) });
    await ingestOnce(ctx, { force: true });
    await translateOnce(ctx);
    await publishOnce(ctx);
    const app = createWebServer({ store: ctx.store, config });
    const fake = libre;
    return {
      world,
      ctx,
      app,
      published: () => ctx.store.db.selectFrom('articles').selectAll().where('state', '=', 'published').orderBy('id').execute(),
      close: async () => {
        await app.close();
        await ctx.close();
        await Promise.all([world.close(), fake.close()]);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await Promise.all([world.close(), libre?.close()]);
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
