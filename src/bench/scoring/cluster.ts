/**
 * Clustering scores against gold labels. `predicted` and `gold` map each item to its cluster; both must cover
 * the same items.
 */

export interface ClusterScores {
  precision: number;
  recall: number;
  f1: number;
}

function check(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): void {
  if (predicted.size !== gold.size) throw new Error(`cluster scoring: ${predicted.size} predicted items but ${gold.size} gold items`);
  for (const id of predicted.keys()) if (!gold.has(id)) throw new Error(`cluster scoring: item "${id}" has no gold label`);
}

function groups(of: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [id, c] of of) {
    const list = out.get(c) ?? [];
    list.push(id);
    out.set(c, list);
  }
  return out;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * B-cubed (Bagga & Baldwin): per item, the share of its predicted cluster that shares its gold label (precision)
 * and the share of its gold cluster that shares its predicted cluster (recall), averaged over items.
 */
export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): ClusterScores {
  check(predicted, gold);
  if (gold.size === 0) return { precision: 1, recall: 1, f1: 1 };
  const byPredicted = groups(predicted);
  const byGold = groups(gold);
  let precision = 0;
  let recall = 0;
  for (const [id, p] of predicted) {
    const g = gold.get(id)!;
    const inPredicted = byPredicted.get(p)!;
    const inGold = byGold.get(g)!;
    const both = inPredicted.filter((other) => gold.get(other) === g).length;
    precision += both / inPredicted.length;
    recall += both / inGold.length;
  }
  precision /= gold.size;
  recall /= gold.size;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Pairwise: over all pairs of items, those put together that belong together. */
export function pairwise(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): ClusterScores {
  check(predicted, gold);
  const pairs = (sizes: Iterable<number>) => [...sizes].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  const predictedPairs = pairs([...groups(predicted).values()].map((l) => l.length));
  const goldPairs = pairs([...groups(gold).values()].map((l) => l.length));
  const joint = new Map<string, number>();
  for (const [id, p] of predicted) {
    const key = `${p}\u0000${gold.get(id)}`;
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  const together = pairs(joint.values());
  const precision = predictedPairs === 0 ? 1 : together / predictedPairs;
  const recall = goldPairs === 0 ? 1 : together / goldPairs;
  return { precision, recall, f1: f1(precision, recall) };
}
