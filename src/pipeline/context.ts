import pino, { type Logger } from 'pino';
import type { Config, SourceConfig } from '../config/schema.ts';
import { HttpClient } from '../fetch/client.ts';
import { openStore, type Store } from '../store/index.ts';

/** What every stage runner needs: configuration, the store, the polite HTTP client and a logger. */
export interface PipelineContext {
  config: Config;
  store: Store;
  http: Pick<HttpClient, 'get'>;
  log: Logger;
  sources: Map<string, SourceConfig>;
  now: () => Date;
}

export async function createContext(config: Config, opts: { log?: Logger; http?: PipelineContext['http'] } = {}): Promise<PipelineContext> {
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  await store.sources.syncFromConfig(config.sources);
  return {
    config,
    store,
    http: opts.http ?? HttpClient.fromConfig(config),
    log: opts.log ?? pino({ level: process.env.LOG_LEVEL ?? 'info' }, pino.destination(2)),
    sources: new Map(config.sources.filter((s) => s.enabled).map((s) => [s.id, s])),
    now: () => new Date(),
  };
}
