import { pySplit, tokenize13a } from './tokenize13a.ts';

/**
 * Corpus BLEU as sacreBLEU 2.x computes it by default (`nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp`), one
 * reference per hypothesis.
 */

export interface BleuScore {
  score: number;
  /** Per-order precisions in percent, 1- to 4-grams. */
  precisions: number[];
  bp: number;
  hypLen: number;
  refLen: number;
  correct: number[];
  total: number[];
}

const MAX_ORDER = 4;

function ngramCounts(tokens: string[]): Map<string, number>[] {
  const counts: Map<string, number>[] = [];
  for (let n = 1; n <= MAX_ORDER; n++) {
    const map = new Map<string, number>();
    for (let i = 0; i + n <= tokens.length; i++) {
      const key = tokens.slice(i, i + n).join('\u0000');
      map.set(key, (map.get(key) ?? 0) + 1);
    }
    counts.push(map);
  }
  return counts;
}

/** sacreBLEU strips trailing whitespace before tokenising. */
function tokens(line: string): string[] {
  return pySplit(tokenize13a(line.replace(/\s+$/u, '')));
}

export function corpusBleu(hypotheses: string[], references: string[]): BleuScore {
  if (hypotheses.length !== references.length) {
    throw new Error(`corpusBleu: ${hypotheses.length} hypotheses but ${references.length} references`);
  }
  const correct = new Array<number>(MAX_ORDER).fill(0);
  const total = new Array<number>(MAX_ORDER).fill(0);
  let hypLen = 0;
  let refLen = 0;
  hypotheses.forEach((hypothesis, index) => {
    const hyp = tokens(hypothesis);
    const ref = tokens(references[index] ?? '');
    hypLen += hyp.length;
    refLen += ref.length;
    const hypCounts = ngramCounts(hyp);
    const refCounts = ngramCounts(ref);
    for (let n = 0; n < MAX_ORDER; n++) {
      total[n]! += Math.max(0, hyp.length - n);
      for (const [gram, count] of hypCounts[n]!) correct[n]! += Math.min(count, refCounts[n]!.get(gram) ?? 0);
    }
  });
  return computeBleu(correct, total, hypLen, refLen);
}

/** sacreBLEU's `BLEU.compute_bleu` with exponential smoothing and no effective order. */
export function computeBleu(correct: number[], total: number[], hypLen: number, refLen: number): BleuScore {
  let bp = 1;
  if (hypLen < refLen) bp = hypLen > 0 ? Math.exp(1 - refLen / hypLen) : 0;
  const precisions = new Array<number>(MAX_ORDER).fill(0);
  const result = { precisions, bp, hypLen, refLen, correct: [...correct], total: [...total] };
  if (!correct.some((c) => c > 0)) return { score: 0, ...result };
  let smooth = 1;
  for (let n = 0; n < MAX_ORDER; n++) {
    if (total[n] === 0) break;
    if (correct[n] === 0) {
      smooth *= 2;
      precisions[n] = 100 / (smooth * total[n]!);
    } else {
      precisions[n] = (100 * correct[n]!) / total[n]!;
    }
  }
  const logSum = precisions.reduce((sum, p) => sum + (p === 0 ? -9999999999 : Math.log(p)), 0);
  return { score: bp * Math.exp(logSum / MAX_ORDER), ...result };
}
