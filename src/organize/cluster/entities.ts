import { skeleton } from './fold.ts';

/**
 * What an article says that needs no translation: proper names (as consonant skeletons, see fold.ts) and numbers.
 * Untranslated articles join their story through these.
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** Between two words (the earlier one's trailing dot included), what ends a sentence or opens a quotation. */
const SENTENCE_BREAK = /[.!?:;"«»“”„]/u;

/**
 * The distinct names of a text: words capitalised where no sentence starts (a word capitalised only as a sentence
 * opener is not taken).
 */
export function properNames(text: string): string[] {
  const capitalisedInside = new Set<string>();
  for (const line of text.split('\n')) {
    let previousEnd = 0;
    let previousTail = '';
    for (const m of line.matchAll(WORD)) {
      const word = m[0].replace(/[.'’-]+$/u, '');
      const opensSentence = previousEnd === 0 || SENTENCE_BREAK.test(previousTail + line.slice(previousEnd, m.index));
      previousEnd = m.index + m[0].length;
      previousTail = m[0].slice(word.length);
      if (!/^\p{Lu}/u.test(word) || word.length < 2) continue;
      if (!opensSentence) capitalisedInside.add(word);
    }
  }
  const out = new Set<string>();
  for (const word of capitalisedInside) {
    const s = skeleton(word);
    if (s.length >= 2) out.add(s);
  }
  return [...out];
}

/** Numbers of two digits or more, thousands separators dropped ("1,000", "1.000", "1 000" → "1000"). */
export function numbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\d{1,3}(?:[,. \u00a0\u202f]\d{3})+(?!\d)|\d+/g)) {
    const n = m[0].replace(/[,. \u00a0\u202f]/g, '').replace(/^0+(?=\d)/, '');
    if (n.length >= 2) out.push(n);
  }
  return out;
}
