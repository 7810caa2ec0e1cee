import { seededRandom as random } from '../../devtools/fixture-world/text.ts';
import type { Block } from '../extract/types.ts';

/**
 * Synthetic but realistically shaped news for bench:search, from a fixed seed: word frequencies follow Zipf's
 * law over a 40 000-word vocabulary (real English function and news words at the head), each article leans on
 * one of 600 topics (so some articles really are alike), bodies of 3–12 paragraphs (~400 words), an original in
 * one of eight languages with its own vocabulary and diacritics, 40 sources, nested categories, two years of dates.
 */

export interface SyntheticArticle {
  sourceIndex: number;
  language: string;
  category: string;
  publishedAt: string;
  topic: number;
  title: string;
  standfirst: string;
  blocks: Block[];
  original: { title: string; standfirst: string; blocks: Block[] };
}

export const LANGUAGES = ['es', 'fr', 'pt', 'it', 'de', 'ca', 'nl', 'pl'];
export const COUNTRIES = ['ES', 'FR', 'PT', 'IT', 'DE', 'ES', 'NL', 'PL'];
export const CATEGORIES = ['News/Politics', 'News/World', 'News/Society', 'Business', 'Business/Markets', 'Sport', 'Sport/Football', 'Culture', 'Science', 'Technology', 'Opinion'];
export const SOURCES = 40;
const TOPICS = 600;
const TOPIC_WORDS = 15;
const TOPIC_SHARE = 0.12;
const VOCABULARY = 40_000;
const SPAN_DAYS = 730;
export const FIRST_DAY = Date.parse('2024-01-01T00:00:00Z');

const HEAD =
  'the of and to in a is that for on was with said as by at he it from his be are has have an this were not which who ' +
  'but they its their been had also after would will more about year government two people new one first last other up ' +
  'minister president police city country than over years state could into party against city week since between ' +
  'million percent court election before while under three where law public health news world during told found ' +
  'national report security military market economy crisis war support group local company women children prices ' +
  'energy water school league match team season club vote budget tax border europe union protest strike climate';

const SYLLABLES: Record<string, string[]> = {
  en: ['ar', 'ben', 'cor', 'dal', 'en', 'fer', 'gan', 'hol', 'in', 'jor', 'kel', 'lan', 'mor', 'nel', 'or', 'pen', 'quin', 'ros', 'sel', 'tor', 'ul', 'ver', 'wes', 'yan'],
  es: ['ción', 'mar', 'pe', 'dro', 'gue', 'rra', 'lla', 'ño', 'des', 'ta', 'go', 'bier', 'no', 'ri', 'ca', 'sá', 'chez', 'ía'],
  fr: ['ment', 'é', 'tion', 'gou', 'ver', 'ne', 'prè', 'si', 'dent', 'eau', 'ville', 'ç', 'ais', 'leur', 'rè', 'gle'],
  pt: ['ção', 'ões', 'go', 'ver', 'no', 'pre', 'si', 'den', 'te', 'ci', 'da', 'de', 'lhã', 'mão', 'ê', 'nho'],
  it: ['zio', 'ne', 'go', 'ver', 'no', 'pre', 'si', 'den', 'te', 'cit', 'tà', 'gli', 'ché', 'sca', 'ri'],
  de: ['ung', 'regie', 'rung', 'prä', 'si', 'dent', 'stadt', 'ge', 'setz', 'schaft', 'ü', 'ber', 'ö', 'heit', 'lich'],
  ca: ['ció', 'go', 'vern', 'pre', 'si', 'dent', 'ciu', 'tat', 'llei', 'ny', 'à', 'è', 'ça', 'ment'],
  nl: ['ing', 'rege', 'ring', 'stad', 'wet', 'heid', 'lijk', 'ver', 'oor', 'aa', 'ij', 'sch', 'gen'],
  pl: ['ość', 'rząd', 'pre', 'zy', 'dent', 'mia', 'sto', 'ła', 'ż', 'cz', 'ście', 'ń', 'wie', 'ko'],
};

/** Distinct made-up words: numbers written with syllables as digits (so never a repeat), in a seeded random order. */
function vocabulary(language: string, rnd: () => number, head: string[]): string[] {
  const syllables = SYLLABLES[language]!;
  const base = syllables.length;
  const seen = new Set(head);
  const made: string[] = [];
  for (let n = base; made.length < VOCABULARY - head.length; n++) {
    let w = '';
    for (let k = n; k > 0; k = Math.floor(k / base)) w = syllables[k % base]! + w;
    if (!seen.has(w)) {
      seen.add(w);
      made.push(w);
    }
  }
  for (let i = made.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [made[i], made[j]] = [made[j]!, made[i]!];
  }
  return [...head, ...made];
}

/** Cumulative Zipf weights (s = 1) over ranks 1..n, for sampling by binary search. */
function zipf(n: number): Float64Array {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cumulative[r] = sum += 1 / (r + 1);
  for (let r = 0; r < n; r++) cumulative[r]! /= sum;
  return cumulative;
}

function pick(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Corpus {
  english: string[];
  originals: Record<string, string[]>;
  topics: number[][];
  article(i: number, n: number): SyntheticArticle;
}

export function corpus(seed: number): Corpus {
  const rnd = random(seed);
  const english = vocabulary('en', rnd, HEAD.split(' ').filter((w, i, all) => all.indexOf(w) === i));
  const originals = Object.fromEntries(LANGUAGES.map((l) => [l, vocabulary(l, rnd, [])]));
  const weights = zipf(VOCABULARY);
  // Topic words sit in the middle of the distribution: frequent enough to recur, rare enough to tell articles apart.
  const topics = Array.from({ length: TOPICS }, () => Array.from({ length: TOPIC_WORDS }, () => 300 + Math.floor(rnd() * 8000)));

  const text = (r: () => number, vocab: string[], topic: number[], words: number, sentence: boolean) => {
    const out: string[] = [];
    for (let i = 0; i < words; i++) {
      const rank = r() < TOPIC_SHARE ? topic[Math.floor(r() * topic.length)]! : pick(weights, r());
      out.push(vocab[rank]!);
    }
    if (!sentence) return out.join(' ');
    out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
    return `${out.join(' ')}.`;
  };
  const paragraph = (t: string): Block => ({ type: 'paragraph', html: t, text: t });

  return {
    english,
    originals,
    topics,
    /** Article `i` of `n`, dated in order across the span (ids grow with time, as on a real desk). */
    article(i, n) {
      const r = random(seed * 1_000_003 + i);
      const sourceIndex = Math.floor(r() * SOURCES);
      const language = LANGUAGES[sourceIndex % LANGUAGES.length]!;
      const topicIndex = Math.floor(r() * TOPICS);
      const topic = topics[topicIndex]!;
      const paragraphs = 3 + Math.floor(r() * 10);
      const lengths = Array.from({ length: paragraphs }, () => 25 + Math.floor(r() * 50));
      const titleWords = 6 + Math.floor(r() * 7);
      const standfirstWords = 15 + Math.floor(r() * 16);
      const write = (vocab: string[]) => ({
        title: text(r, vocab, topic, titleWords, false),
        standfirst: text(r, vocab, topic, standfirstWords, true),
        blocks: lengths.map((len) => paragraph(text(r, vocab, topic, len, true))),
      });
      const en = write(english);
      const day = FIRST_DAY + Math.floor(((i + r()) / n) * SPAN_DAYS * 86_400_000);
      return {
        sourceIndex,
        language,
        category: CATEGORIES[Math.floor(r() * CATEGORIES.length)]!,
        publishedAt: new Date(day).toISOString(),
        topic: topicIndex,
        ...en,
        original: write(originals[language]!),
      };
    },
  };
}
