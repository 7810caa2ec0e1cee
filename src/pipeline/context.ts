import pino, { type Logger } from 'pino';
import type { Config, SourceConfig } from '../config/schema.ts';
import { HttpClient } from '../fetch/client.ts';
import { openStore, type Store } from '../store/index.ts';
import { buildTranslation, runtimeOf, type TranslationRuntime } from '../translate/engines/factory.ts';
import type { TranslationEngine } from '../translate/types.ts';

/** What every stage runner needs: configuration, the store, the polite HTTP client and a logger. */
export interface PipelineContext {
  config: Config;
  store: Store;
  http: Pick<HttpClient, 'get'>;
  log: Logger;
  sources: Map<string, SourceConfig>;
  now: () => Date;
  /** The engine chain of `translation.engines`, its memory and budgets kept in the store. */
  translation: TranslationRuntime;
  /** Stops engines (Apertium pipelines) and closes the store. */
  close(): Promise<void>;
}

export interface ContextOptions {
  log?: Logger;
  http?: PipelineContext['http'];
  /** Engines to use instead of those configured (tests pointing at local fakes). */
  engines?: TranslationEngine[];
  /** Only this engine (`translate --engine NAME`). */
  engine?: string;
}

export async function createContext(config: Config, opts: ContextOptions = {}): Promise<PipelineContext> {
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  await store.sources.syncFromConfig(config.sources);
  const kept = { memory: store.translationMemory, counters: store.budgetCounters };
  let translation: TranslationRuntime;
  try {
    translation = opts.engines
      ? runtimeOf(opts.engines, config.translation, kept)
      : buildTranslation(config.translation, { ...kept, ...(opts.engine !== undefined ? { only: opts.engine } : {}) });
  } catch (err) {
    await store.close();
    throw err;
  }
  return {
    config,
    store,
    http: opts.http ?? HttpClient.fromConfig(config),
    log: opts.log ?? pino({ level: process.env.LOG_LEVEL ?? 'info' }, pino.destination(2)),
    sources: new Map(config.sources.filter((s) => s.enabled).map((s) => [s.id, s])),
    now: () => new Date(),
    translation,
    close: async () => {
      await translation.close();
      await store.close();
    },
  };
}
