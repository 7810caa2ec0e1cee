/**
 * Scoring of extracted metadata and body snippets, exactly as the extraction-meta data set's README states its
 * "Scoring rule". Pure functions, so the bench CLI and the tuning script score the same way.
 */

/** Unicode whitespace as Python's str.split sees it, U+00A0 included. */
const WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;

export function collapse(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

/** Exact, case-sensitive equality after whitespace collapse; no prediction is a miss. */
export function titleMatch(pred: string | null | undefined, gold: string): boolean {
  return pred != null && collapse(pred) === collapse(gold);
}

const LEADING_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The leading ISO 8601 calendar day as written (no time-zone conversion), or null when there is none. */
export function dateDay(pred: string | null | undefined): string | null {
  if (pred == null) return null;
  const m = LEADING_DAY.exec(pred.trim());
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return m[0];
}

export function dateMatch(pred: string | null | undefined, gold: string): boolean {
  const day = dateDay(pred);
  return day !== null && day === dateDay(gold);
}

const CONNECTORS = new Set(['and', 'und', 'et', 'y', 'by', 'von']);
const TOKEN = /[\p{L}\p{N}]+/gu;

/** Lower-cased NFC tokens (runs of letters and digits) of author names, connector words removed. */
export function authorTokens(names: readonly string[] | string | null | undefined): Set<string> {
  const list = names == null ? [] : typeof names === 'string' ? [names] : names;
  const tokens = new Set<string>();
  for (const name of list) {
    for (const m of name.normalize('NFC').toLowerCase().matchAll(TOKEN)) {
      if (!CONNECTORS.has(m[0])) tokens.add(m[0]);
    }
  }
  return tokens;
}

/** 2|G∩P| / (|G| + |P|) over token sets; 0 when the prediction is empty. */
export function authorsF1(pred: readonly string[] | string | null | undefined, gold: readonly string[] | string): number {
  const p = authorTokens(pred);
  const g = authorTokens(gold);
  if (p.size === 0 || g.size === 0) return 0;
  let common = 0;
  for (const t of p) if (g.has(t)) common++;
  return (2 * common) / (p.size + g.size);
}

export interface SnippetTotals {
  found: number;
  keptWithout: number;
  totalWith: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Sums `with` / `without` snippet hits over pages; precision, recall and F1 are computed on the sums. */
export class SnippetScore {
  private found = 0;
  private keptWithout = 0;
  private totalWith = 0;

  add(body: string | null | undefined, withSnippets: readonly string[], withoutSnippets: readonly string[]): void {
    this.totalWith += withSnippets.length;
    if (body == null || body === '') return;
    const text = collapse(body);
    for (const s of withSnippets) if (text.includes(collapse(s))) this.found++;
    for (const s of withoutSnippets) if (text.includes(collapse(s))) this.keptWithout++;
  }

  totals(): SnippetTotals {
    const precision = this.found + this.keptWithout === 0 ? 0 : this.found / (this.found + this.keptWithout);
    const recall = this.totalWith === 0 ? 0 : this.found / this.totalWith;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { found: this.found, keptWithout: this.keptWithout, totalWith: this.totalWith, precision, recall, f1 };
  }
}
