import type { Store } from '../store/index.ts';

/**
 * The site generation as the page cache checks it on every request. Reading it costs a few microseconds (about a
 * tenth of a cached answer), so it is read again only when this process has written to the store since the last
 * read (its own publishes show at once) or `recheckMs` has passed (writes by other processes show within that).
 */
export function generationReader(repo: Store['siteGeneration'], o: { recheckMs: number; now: () => number }): () => number {
  let value = repo.current();
  let readAt = o.now();
  let seenWrites = repo.localWrites();
  return () => {
    const writes = repo.localWrites();
    const t = o.now();
    if (writes !== seenWrites || t - readAt >= o.recheckMs) {
      value = repo.current();
      readAt = t;
      seenWrites = writes;
    }
    return value;
  };
}
