import { createHash } from 'node:crypto';

/**
 * Translation memory: an identical normalised segment (NFC, whitespace collapsed) is never sent to the same
 * engine for the same pair twice. The store is an interface so src/store can keep it in SQLite; the in-memory
 * one serves tests and one-off runs.
 */

export interface MemoryKey {
  engine: string;
  from: string;
  to: string;
  /** sha256 (hex) of the normalised segment, plus the native glossary in force, if any. */
  hash: string;
}

export interface MemoryStore {
  get(key: MemoryKey): Promise<string | undefined>;
  put(key: MemoryKey, text: string): Promise<void>;
}

export class InMemoryMemoryStore implements MemoryStore {
  private readonly entries = new Map<string, string>();

  async get(key: MemoryKey): Promise<string | undefined> {
    return this.entries.get(flatKey(key));
  }

  async put(key: MemoryKey, text: string): Promise<void> {
    this.entries.set(flatKey(key), text);
  }

  get size(): number {
    return this.entries.size;
  }
}

function flatKey(k: MemoryKey): string {
  return `${k.engine}\u0000${k.from}\u0000${k.to}\u0000${k.hash}`;
}

export function normaliseSegment(segment: string): string {
  return segment.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function segmentHash(normalised: string, context = ''): string {
  return createHash('sha256').update(context ? `${normalised}\u0000${context}` : normalised).digest('hex');
}

export interface MemoryStats {
  hits: number;
  misses: number;
  /** hits / (hits + misses); 0 before any lookup. */
  hitRate: number;
}

export interface MemoryLookup {
  /** One per input segment: the remembered translation, or undefined. */
  found: (string | undefined)[];
  /** Distinct normalised segments to send, in first-seen order. */
  toSend: string[];
  /** Puts the engine's answers for `toSend` back in place and remembers them. */
  complete(translations: string[]): Promise<string[]>;
}

export class TranslationMemory {
  private hits = 0;
  private misses = 0;

  constructor(private readonly store: MemoryStore) {}

  /**
   * Looks every segment up; repeats within the request count as hits too, since they are not sent again.
   * `context` distinguishes results that depend on more than the text (a native glossary's digest).
   */
  async lookup(engine: string, from: string, to: string, segments: string[], context = ''): Promise<MemoryLookup> {
    const normalised = segments.map(normaliseSegment);
    const keys = normalised.map((n) => ({ engine, from, to, hash: segmentHash(n, context) }));
    const found = await Promise.all(keys.map((k) => this.store.get(k)));
    const toSend: string[] = [];
    const slot = new Map<string, number>();
    normalised.forEach((n, i) => {
      if (found[i] !== undefined) this.hits++;
      else if (slot.has(n)) this.hits++;
      else {
        this.misses++;
        slot.set(n, toSend.push(n) - 1);
      }
    });
    const store = this.store;
    return {
      found,
      toSend,
      async complete(translations) {
        if (translations.length !== toSend.length) {
          throw new Error(`memory: ${translations.length} translations for ${toSend.length} segments sent`);
        }
        await Promise.all(toSend.map((n, k) => store.put({ engine, from, to, hash: segmentHash(n, context) }, translations[k]!)));
        return normalised.map((n, i) => found[i] ?? translations[slot.get(n)!]!);
      },
    };
  }

  stats(): MemoryStats {
    const total = this.hits + this.misses;
    return { hits: this.hits, misses: this.misses, hitRate: total === 0 ? 0 : this.hits / total };
  }
}
