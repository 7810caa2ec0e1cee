import { fold } from './fold.ts';

/**
 * Near-duplicates: the same text on two URLs, or a wire story republished with a changed headline or a line
 * added. Compared on the English text as sets of word 4-shingles (hashed); Jaccard similarity over a threshold.
 */

export const NEAR_DUPLICATE_THRESHOLD = 0.6;
const SHINGLE = 4;

/** 32-bit FNV-1a of a shingle: sets of numbers compare faster than sets of strings. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shingles(title: string, body: string): Set<number> {
  const words = fold(`${title}\n${body}`).split(/[^a-z0-9]+/).filter(Boolean);
  const out = new Set<number>();
  if (words.length < SHINGLE) {
    if (words.length > 0) out.add(hash(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(hash(words.slice(i, i + SHINGLE).join(' ')));
  return out;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  for (const x of small) if (large.has(x)) both++;
  return both / (a.size + b.size - both);
}

export interface ShingledArticle {
  id: string;
  shingles: ReadonlySet<number>;
}

/** The earliest listed candidate `article` nearly duplicates (candidates in arrival order), or null. */
export function nearDuplicateOf(article: ShingledArticle, candidates: Iterable<ShingledArticle>, threshold = NEAR_DUPLICATE_THRESHOLD): string | null {
  for (const c of candidates) {
    if (c.id !== article.id && jaccard(article.shingles, c.shingles) >= threshold) return c.id;
  }
  return null;
}
