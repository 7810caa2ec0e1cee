/**
 * The desk's name-preservation measure: of the capitalised words (at least 3 letters, not the first word of the
 * line) that appear verbatim in both a source line and its English reference, the share found verbatim in the
 * output line.
 */

const WORD = /[\p{L}\p{M}][\p{L}\p{M}-]*/gu;

function words(line: string): string[] {
  return (line.match(WORD) ?? []).map((w) => w.replace(/-+$/u, ''));
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) && Array.from(word).length >= 3;
}

export interface NamesKept {
  kept: number;
  total: number;
  /** kept / total, 1 when there is nothing to keep. */
  rate: number;
  missed: string[];
}

export function namesKept(sources: string[], outputs: string[], references: string[]): NamesKept {
  let kept = 0;
  let total = 0;
  const missed: string[] = [];
  sources.forEach((source, index) => {
    const ref = new Set(words(references[index] ?? ''));
    const out = new Set(words(outputs[index] ?? ''));
    const candidates = new Set(words(source).slice(1).filter((w) => isCapitalised(w) && ref.has(w)));
    for (const name of candidates) {
      total++;
      if (out.has(name)) kept++;
      else missed.push(name);
    }
  });
  return { kept, total, rate: total === 0 ? 1 : kept / total, missed };
}
