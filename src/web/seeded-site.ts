import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { configSchema, type Config } from '../config/schema.ts';
import { seedExtracted, seedSource, seedTranslation } from '../pipeline/publish-fixtures.ts';
import { publishOnce } from '../pipeline/publish.ts';
import { openStore, type Store } from '../store/index.ts';
import { createWebServer } from './server.ts';

/**
 * A site over a fresh SQLite file whose articles are put in by the publish fixtures and made live by the real
 * publish step (`publishOnce`): for the page cache, views and rate limit tests and for bench:web, which need
 * exact titles and many articles without running ingest and engines.
 */
export interface SeededSite {
  dir: string;
  store: Store;
  config: Config;
  app: FastifyInstance;
  /** Seeds (or revises, for a URL already seeded) and publishes one article; returns its id and site path. */
  publish(a: { slug: string; title: string; paragraphs?: string[]; publishedAt?: string; category?: string }): Promise<{ id: number; path: string }>;
  close(): Promise<void>;
}

const SOURCE = { id: 'el-pais', name: 'El País', country: 'ES', language: 'es', homepage: 'https://elpais.example/' };
const paragraph = (text: string) => ({ type: 'paragraph' as const, html: text, text });

export async function startSeededSite(o: { web?: Record<string, unknown>; now?: () => Date } = {}): Promise<SeededSite> {
  const dir = mkdtempSync(join(tmpdir(), 'fd-seeded-'));
  const config = configSchema.parse({ dataDir: dir, web: { baseUrl: 'https://desk.example', ...o.web } });
  const store = await openStore({ dataDir: dir });
  await seedSource(store, SOURCE);
  const now = o.now ?? (() => new Date());
  const app = createWebServer({ store, config, now });
  const log = pino({ level: 'silent' });
  let translatedAt = Date.parse('2021-03-26T20:00:00Z');
  return {
    dir,
    store,
    config,
    app,
    async publish(a) {
      const paragraphs = a.paragraphs ?? [`${a.title}: the original text.`];
      const id = await seedExtracted(store, {
        sourceId: SOURCE.id,
        url: `${SOURCE.homepage}${a.slug}.html`,
        language: 'es',
        title: `Original: ${a.title}`,
        blocks: paragraphs.map((p) => paragraph(`ES ${p}`)),
        publishedAt: a.publishedAt ?? '2021-03-26T19:26:03.611Z',
        ...(a.category ? { category: a.category } : {}),
      });
      translatedAt += 1000;
      await seedTranslation(store, id, 'es', { title: a.title, blocks: paragraphs.map(paragraph), decision: 'publish', translatedAt: new Date(translatedAt).toISOString() });
      await publishOnce({ store, config, log, now });
      const row = await store.articles.byId(id);
      if (!row?.path) throw new Error(`seeded article ${a.slug} was not published`);
      return { id, path: row.path };
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
