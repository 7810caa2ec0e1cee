import { pySplit } from './tokenize13a.ts';

/**
 * Corpus chrF as sacreBLEU 2.x computes it by default (`nc:6|nw:0|space:no`, β = 2, no epsilon smoothing):
 * character n-gram statistics summed over the corpus, then one F-score from the averaged precision and recall.
 */

const CHAR_ORDER = 6;
const BETA = 2;

function charNgrams(line: string): Map<string, number>[] {
  const chars = Array.from(pySplit(line).join(''));
  const counts: Map<string, number>[] = [];
  for (let n = 1; n <= CHAR_ORDER; n++) {
    const map = new Map<string, number>();
    for (let i = 0; i + n <= chars.length; i++) {
      const key = chars.slice(i, i + n).join('');
      map.set(key, (map.get(key) ?? 0) + 1);
    }
    counts.push(map);
  }
  return counts;
}

/** Per order: hypothesis n-grams, reference n-grams, matches (sacreBLEU's `_get_match_statistics`). */
function segmentStats(hypothesis: string, reference: string): number[] {
  const hyp = charNgrams(hypothesis);
  const ref = charNgrams(reference);
  const stats: number[] = [];
  for (let n = 0; n < CHAR_ORDER; n++) {
    let hypCount = 0;
    let matches = 0;
    let refCount = 0;
    for (const count of ref[n]!.values()) refCount += count;
    for (const [gram, count] of hyp[n]!) {
      hypCount += count;
      matches += Math.min(count, ref[n]!.get(gram) ?? 0);
    }
    stats.push(ref[n]!.size > 0 ? hypCount : 0, refCount, matches);
  }
  return stats;
}

export function chrfFromStats(stats: number[]): number {
  const eps = 1e-16;
  const factor = BETA ** 2;
  let avgPrec = 0;
  let avgRec = 0;
  let effectiveOrder = 0;
  for (let n = 0; n < CHAR_ORDER; n++) {
    const [hyp, ref, match] = [stats[3 * n]!, stats[3 * n + 1]!, stats[3 * n + 2]!];
    const prec = hyp > 0 ? match / hyp : eps;
    const rec = ref > 0 ? match / ref : eps;
    if (hyp > 0 && ref > 0) {
      avgPrec += prec;
      avgRec += rec;
      effectiveOrder++;
    }
  }
  if (effectiveOrder === 0) return 0;
  avgPrec /= effectiveOrder;
  avgRec /= effectiveOrder;
  if (avgPrec + avgRec === 0) return 0;
  return (100 * (1 + factor) * avgPrec * avgRec) / (factor * avgPrec + avgRec);
}

export function corpusChrf(hypotheses: string[], references: string[]): number {
  if (hypotheses.length !== references.length) {
    throw new Error(`corpusChrf: ${hypotheses.length} hypotheses but ${references.length} references`);
  }
  const totals = new Array<number>(3 * CHAR_ORDER).fill(0);
  hypotheses.forEach((hypothesis, index) => {
    segmentStats(hypothesis, references[index] ?? '').forEach((value, i) => (totals[i]! += value));
  });
  return chrfFromStats(totals);
}
