import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from './index.ts';

/** For store tests: a fresh SQLite file with one source (El País), removed afterwards. */
export async function withStore(fn: (s: Store) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fd-store-'));
  const store = await openStore({ dataDir: dir });
  try {
    await store.sources.syncFromConfig([
      { id: 'elpais', name: 'El País', homepage: 'https://elpais.com', country: 'ES', feeds: ['https://elpais.com/rss'], sitemaps: [], sectionPages: [], sections: {}, mode: 'full', pollInterval: 60_000, enabled: true },
    ]);
    await fn(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
