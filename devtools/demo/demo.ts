import { rmSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { listenWeb } from '../../src/cli/web.ts';
import { configSchema } from '../../src/config/schema.ts';
import { createContext, type PipelineContext } from '../../src/pipeline/context.ts';
import { runScheduler } from '../../src/pipeline/scheduler.ts';
import { startFixtureWorld, type FixtureWorld, type SourceConfigInput } from '../fixture-world/world.ts';

export interface DemoOptions {
  port: number;
  host: string;
  /** Wiped at start: the world's hosts and ports are new on every run, so older articles would point nowhere. */
  dataDir: string;
  languages?: string[];
  articlesPerSource?: number;
  /** Outlets taken in beside the world's (the browser tests add one serving hostile pages). */
  extraSources?: SourceConfigInput[];
  log?: Logger;
}

export interface Demo {
  world: FixtureWorld;
  ctx: PipelineContext;
  site: FastifyInstance;
  url: string;
  /** Resolves after the first pass has taken in, translated and published what the world offers. */
  firstPass: Promise<{ published: number }>;
  stop(): Promise<void>;
}

/**
 * The offline demo: the local news world (NTREX-128 stories as outlets in many languages) taken in, translated
 * with Apertium and published by the real pipeline, and the site served — no internet needed.
 */
export async function startDemo(o: DemoOptions): Promise<Demo> {
  const log = o.log ?? pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
  const world = await startFixtureWorld({ articlesPerSource: o.articlesPerSource ?? 6, crawlDelay: 0, ...(o.languages ? { languages: o.languages } : {}) });
  rmSync(o.dataDir, { recursive: true, force: true });
  const config = configSchema.parse({
    dataDir: o.dataDir,
    fetch: { allowPrivateNetworks: ['127.0.0.0/8'], perHostDelay: '10ms' },
    ingest: { maxArticleAge: '3650d' },
    sources: [...world.sourceConfigs(), ...(o.extraSources ?? [])],
    web: { host: o.host, port: o.port },
  });
  const ctx = await createContext(config, { log });
  const site = await listenWeb(ctx.store, config, { host: o.host, port: o.port, log });
  const address = site.server.address();
  const url = `http://${o.host}:${typeof address === 'object' && address ? address.port : o.port}`;
  const stopper = new AbortController();
  let firstDone: (r: { published: number }) => void;
  const firstPass = new Promise<{ published: number }>((resolve) => (firstDone = resolve));
  let published = 0;
  const loop = runScheduler(ctx, {
    signal: stopper.signal,
    onPublished: (r) => {
      published += r.published;
      firstDone({ published });
    },
  });
  return {
    world,
    ctx,
    site,
    url,
    firstPass,
    stop: async () => {
      stopper.abort();
      await loop;
      await site.close();
      await ctx.close();
      await world.close();
    },
  };
}
