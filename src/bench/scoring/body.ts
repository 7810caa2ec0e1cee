/**
 * Body scoring of the extraction benchmark (scrapinghub/article-extraction-benchmark's metric, reproduced exactly):
 * 4-token shingle multisets, per-page precision/recall, corpus means, F1 of the means, exact-token accuracy.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(toks: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  if (toks.length === 0) return counts;
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  if (toks.length < 4) {
    add(toks.join(' '));
    return counts;
  }
  for (let i = 0; i + 4 <= toks.length; i++) add(`${toks[i]} ${toks[i + 1]} ${toks[i + 2]} ${toks[i + 3]}`);
  return counts;
}

export interface PageBodyScore {
  tp: number;
  fp: number;
  fn: number;
  /** Null when tp + fp = 0: an empty extraction only costs recall. */
  precision: number | null;
  /** Null when the truth has no shingles. */
  recall: number | null;
  exact: boolean;
}

export function scoreBodyPage(truth: string, predicted: string): PageBodyScore {
  const t = tokens(truth);
  const p = tokens(predicted);
  const ts = shingles(t);
  const ps = shingles(p);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of ps) {
    const tc = ts.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of ts) fn += Math.max(0, tc - (ps.get(key) ?? 0));
  const exact = t.length === p.length && t.every((tok, i) => tok === p[i]);
  const total = tp + fp + fn;
  if (total === 0) return { tp, fp, fn, precision: null, recall: null, exact };
  const [ntp, nfp, nfn] = [tp / total, fp / total, fn / total];
  const both = fp === 0 && fn === 0;
  const precision = tp + fp > 0 ? (both ? 1 : ntp / (ntp + nfp)) : null;
  const recall = tp + fn > 0 ? (both ? 1 : ntp / (ntp + nfn)) : null;
  return { tp: ntp, fp: nfp, fn: nfn, precision, recall, exact };
}

export interface CorpusBodyScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function scoreBodyCorpus(pages: PageBodyScore[]): CorpusBodyScore {
  const precision = mean(pages.flatMap((p) => (p.precision === null ? [] : [p.precision])));
  const recall = mean(pages.flatMap((p) => (p.recall === null ? [] : [p.recall])));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = pages.length === 0 ? 0 : pages.filter((p) => p.exact).length / pages.length;
  return { pages: pages.length, precision, recall, f1, accuracy };
}
