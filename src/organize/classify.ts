import { LEXICON } from './lexicon.ts';
import { FALLBACK_CATEGORY, isCategory, topLevelOf } from './taxonomy.ts';

/**
 * An offline category classifier for English news text: a linear model over word and phrase features whose
 * weights come from the hand-written lexicon (lexicon.ts). Nothing is downloaded or trained at run time.
 * The decision rule (docs/categories.md): the top level with the largest share of the evidence, when that share
 * is at least TOP_THRESHOLD (else "News"); then its leaf with the largest share of the evidence among the top
 * level's leaves, when that share is at least LEAF_THRESHOLD (else the top level alone).
 */

export interface ClassifierInput {
  title: string | null;
  standfirst: string | null;
  body: string;
}

export interface Classification {
  category: string;
  /** Share of the evidence for the chosen category (0..1); 0 when nothing in the text pointed anywhere. */
  confidence: number;
  /** The best few candidates with their shares, for explaining a decision. */
  candidates: { category: string; share: number }[];
}

export const TOP_THRESHOLD = 0.3;
export const LEAF_THRESHOLD = 0.45;
/** Below this much evidence the text says too little to choose. */
export const MIN_EVIDENCE = 2;

const FIELD_WEIGHT = { title: 3, standfirst: 2, body: 1 };
const STOPWORDS = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'by', 'for', 'to', 'de', 'at', 'with', 'from', 'is']);

/** A light suffix stripper, applied alike to the lexicon and the text, so "charged", "charges" and "charge" meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (/([b-df-hj-km-np-rtv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  return w;
}

export function tokens(text: string): string[] {
  return (text.toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}][\p{L}\p{N}.-]*/gu) ?? [])
    .map((t) => t.replace(/[.-]+$/, '').replace(/\./g, ''))
    .filter((t) => t && !STOPWORDS.has(t))
    .map(stem);
}

/** Words, and runs of two and three words as "a b" and "a b c", each with how often it occurs. */
function features(words: string[], weight: number, into: Map<string, number>): void {
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const key = words.slice(i, i + n).join(' ');
      into.set(key, (into.get(key) ?? 0) + weight);
    }
  }
}

/**
 * feature → [category, weight][]. Lexicon terms are separated by white space; a phrase joins its words with "+"
 * ("prime+minister"). A feature listed under k categories weighs 1/k in each; a phrase weighs more than a word.
 */
function buildModel(lexicon: Record<string, string>): Map<string, [string, number][]> {
  const listedUnder = new Map<string, Set<string>>();
  for (const [category, text] of Object.entries(lexicon)) {
    if (!isCategory(category)) throw new Error(`lexicon: "${category}" is not a category of the taxonomy`);
    for (const term of text.split(/\s+/).filter(Boolean)) {
      const key = tokens(term.replaceAll('+', ' ')).join(' ');
      if (key) listedUnder.set(key, (listedUnder.get(key) ?? new Set()).add(category));
    }
  }
  const model = new Map<string, [string, number][]>();
  for (const [key, categories] of listedUnder) model.set(key, [...categories].map((c) => [c, (key.includes(' ') ? 2 : 1) / categories.size]));
  return model;
}

const MODEL = buildModel(LEXICON);

export function classify(input: ClassifierInput): Classification {
  const counts = new Map<string, number>();
  features(tokens(input.title ?? ''), FIELD_WEIGHT.title, counts);
  features(tokens(input.standfirst ?? ''), FIELD_WEIGHT.standfirst, counts);
  features(tokens(input.body), FIELD_WEIGHT.body, counts);

  const evidence = new Map<string, number>();
  for (const [key, n] of counts) {
    for (const [category, w] of MODEL.get(key) ?? []) evidence.set(category, (evidence.get(category) ?? 0) + w * (1 + Math.log(n)));
  }
  const total = [...evidence.values()].reduce((a, b) => a + b, 0);
  if (total < MIN_EVIDENCE) return { category: FALLBACK_CATEGORY, confidence: 0, candidates: [] };

  const ranked = [...evidence].map(([category, e]) => ({ category, share: e / total })).sort((a, b) => b.share - a.share);
  const candidates = ranked.slice(0, 5);
  const family = new Map<string, number>();
  for (const r of ranked) family.set(topLevelOf(r.category), (family.get(topLevelOf(r.category)) ?? 0) + r.share);
  const [top, topShare] = [...family].sort((a, b) => b[1] - a[1])[0]!;
  if (topShare < TOP_THRESHOLD) return { category: FALLBACK_CATEGORY, confidence: family.get(FALLBACK_CATEGORY) ?? 0, candidates };
  const leaves = ranked.filter((r) => r.category !== top && topLevelOf(r.category) === top);
  const leavesShare = leaves.reduce((a, r) => a + r.share, 0);
  const leaf = leaves[0];
  if (leaf && leaf.share / leavesShare >= LEAF_THRESHOLD) return { category: leaf.category, confidence: leaf.share + (ranked.find((r) => r.category === top)?.share ?? 0), candidates };
  return { category: top, confidence: topShare, candidates };
}
