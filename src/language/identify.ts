import { eld } from 'eld/small';
import { francAll } from 'franc';
import { primarySubtag, toFrancCode } from './codes.ts';

/**
 * Language identification restricted to the languages the desk expects.
 *
 * eld (its "small" n-gram database, loaded once at import) decides among the languages it models; it was
 * 93% right on NTREX headlines where franc alone was 85%, and faster. eld has no model for some expected
 * languages (Galician above all), so franc then arbitrates between eld's pick and those languages.
 * The page's declared language is only a prior: it wins when its score is close to the best.
 */

export interface LanguageGuess {
  /** BCP-47, spelled as in `expected`. */
  language: string;
  /** 0..1: how far the winner stands ahead of the runner-up among expected languages. */
  confidence: number;
}

/** Fewer letters than this and the text says too little to judge. */
const MIN_LETTERS = 12;
/** Enough text to decide; more only costs time. */
const MAX_CHARS = 600;
/**
 * A declared language within this share of the best score is taken instead; the share shrinks for text
 * longer than PRIOR_LENGTH characters, as the text's own evidence then outweighs what the page claims.
 */
const PRIOR_SLACK = 0.1;
const PRIOR_LENGTH = 120;
/** Relative margin between first and second at which confidence reaches 1. */
const FULL_MARGIN = 0.15;
const SHORT_TEXT_CONFIDENCE = 0.2;

const ELD_LANGUAGES = new Set(Object.values(eld.info().Languages));

/**
 * Languages eld lacks, and the ones eld mistakes them for. franc is asked only when eld's pick is one of
 * these, since franc alone is the weaker judge; an unlisted language is always put to franc.
 */
const CONFUSED_WITH: Record<string, string[]> = {
  gl: ['es', 'pt'],
  bs: ['hr', 'sr', 'sl'],
  mk: ['bg', 'sr', 'ru'],
  nn: ['no', 'da', 'sv'],
  af: ['nl'],
  eo: ['es', 'it', 'pt', 'ca'],
};

export function identifyLanguage(
  text: string,
  opts: { expected: string[]; declared?: string | null },
): LanguageGuess | null {
  const byPrimary = new Map(opts.expected.map((tag) => [primarySubtag(tag), tag] as const));
  if (byPrimary.size === 0) throw new Error('identifyLanguage: the list of expected languages is empty');
  const declared = opts.declared ? byPrimary.get(primarySubtag(opts.declared)) : undefined;
  const sample = clip(text);
  if ((sample.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) {
    return declared ? { language: declared, confidence: SHORT_TEXT_CONFIDENCE } : null;
  }
  const scores = scoreExpected(sample, [...byPrimary.keys()]);
  if (scores.length === 0) return declared ? { language: declared, confidence: SHORT_TEXT_CONFIDENCE } : null;
  const [best, second] = scores;
  let winner = best!;
  if (declared) {
    const prior = scores.find(([lang]) => lang === primarySubtag(declared));
    const slack = PRIOR_SLACK * Math.min(1, PRIOR_LENGTH / sample.length);
    if (prior && prior[1] >= best![1] * (1 - slack)) winner = prior;
  }
  const runnerUp = winner === best ? second : best;
  const margin = runnerUp ? Math.max(0, winner[1] - runnerUp[1]) / winner[1] : 1;
  return { language: byPrimary.get(winner[0])!, confidence: round(Math.min(1, margin / FULL_MARGIN)) };
}

/** [primary subtag, score] for the expected languages that scored, best first. */
function scoreExpected(sample: string, expected: string[]): [string, number][] {
  const all = eld.detect(sample).getScores();
  const scores: [string, number][] = expected
    .filter((lang) => ELD_LANGUAGES.has(lang) && (all[lang] ?? 0) > 0)
    .map((lang) => [lang, all[lang]!]);
  scores.sort((a, b) => b[1] - a[1]);
  const leader = scores[0]?.[0];
  const unmodelled = expected.filter(
    (lang) =>
      !ELD_LANGUAGES.has(lang) &&
      toFrancCode(lang) &&
      (!leader || !CONFUSED_WITH[lang] || CONFUSED_WITH[lang]!.includes(leader)),
  );
  if (unmodelled.length === 0) return scores;
  return arbitrate(sample, scores, unmodelled);
}

/**
 * Let franc choose between eld's winner and the expected languages eld cannot see; if franc prefers one of
 * those, it takes the winner's place and score, and the old winner falls back by franc's margin.
 */
function arbitrate(sample: string, scores: [string, number][], unmodelled: string[]): [string, number][] {
  const leader = scores[0];
  const contenders = leader ? [leader[0], ...unmodelled] : unmodelled;
  const francToTag = new Map(contenders.map((lang) => [toFrancCode(lang), lang] as const));
  const ranked = francAll(sample, { only: [...francToTag.keys()].filter((c): c is string => c !== null) });
  const top = francToTag.get(ranked[0]![0]);
  if (!top || top === leader?.[0]) return scores;
  if (!leader) return [[top, 1]];
  const leaderShare = ranked.find(([code]) => code === toFrancCode(leader[0]))?.[1] ?? 0;
  return [[top, leader[1]], [leader[0], leader[1] * leaderShare], ...scores.slice(1)];
}

function clip(text: string): string {
  const flat = text
    .slice(0, MAX_CHARS * 2)
    .replace(/https?:\/\/\S+/g, ' ').replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_CHARS) return flat;
  const cut = flat.lastIndexOf(' ', MAX_CHARS);
  return flat.slice(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
