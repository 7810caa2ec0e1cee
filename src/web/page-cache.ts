/** One rendered response as the cache holds it: the bytes in every encoding, so a hit compresses nothing. */
export interface CachedPage {
  /** The handler's own headers (content type, caching, CORS…), without length, encoding and validators. */
  headers: Record<string, string>;
  /** The identity body's ETag; the encoded variants carry it with "-br" / "-gz" before the closing quote. */
  etag: string;
  /** HTTP date: when these exact bytes were first rendered (kept across re-renders that produce the same bytes). */
  lastModified: string;
  lastModifiedMs: number;
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
  /** The site generation the page was rendered at: any other generation makes it stale. */
  generation: number;
  storedAt: number;
}

/**
 * Rendered pages keyed by path and query, bounded by bytes: a Map keeps insertion order, so moving an entry to
 * the end on every hit makes the first entry the least recently used.
 */
export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  private bytes = 0;
  /** Requests answered from memory, and cacheable ones that had to be rendered (for bench:web and tests). */
  hits = 0;
  misses = 0;

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }

  /** The entry, marked as just used; stale or not, that is the caller's call. */
  get(key: string): CachedPage | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** The entry without marking it used. */
  peek(key: string): CachedPage | undefined {
    return this.entries.get(key);
  }

  set(key: string, entry: CachedPage): void {
    this.delete(key);
    const size = sizeOf(key, entry);
    if (size > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(oldest, e);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(key, entry);
  }
}

function sizeOf(key: string, e: CachedPage): number {
  return key.length * 2 + e.body.length + e.gzip.length + e.br.length + 512;
}
