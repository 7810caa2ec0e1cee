/**
 * Quality checks on a translated article: unknown-word rate (from the engine's marks, when it reports them),
 * length ratio, source-language text left in the output, names lost, placeholders lost. Each gives a badness
 * in 0..1; the score is 1 minus their weighted sum, and a threshold decides publish, hold or notice.
 */

export type QualityFlag = 'unknown_words' | 'length_ratio' | 'source_language_left' | 'names_lost' | 'placeholders_lost';
export type QualityDecision = 'publish' | 'publish-with-notice' | 'hold';

export interface QualityConfig {
  /** Below this score the article is not published as is. */
  threshold: number;
  belowThreshold: 'hold' | 'publish-with-notice';
}

export const DEFAULT_QUALITY: QualityConfig = { threshold: 0.6, belowThreshold: 'hold' };

export interface QualityInput {
  from: string;
  /** Plain text of each source segment and of its translation, aligned. */
  source: string[];
  output: string[];
  /** Words the engine marked unknown (Apertium), when it says. */
  unknownWords?: number;
  placeholdersLost?: number;
  /** Source terms the glossary replaced on purpose: not "lost" names. */
  replacedTerms?: string[];
  /** Language of a text (BCP-47 primary subtag) or null when unsure; stopword counting otherwise. */
  identify?: (text: string) => string | null;
}

export interface QualityMeasures {
  words: number;
  unknownRate: number | null;
  lengthRatio: number;
  /** Share of the output's characters in segments still in the source language. */
  sourceLeft: number;
  names: number;
  /** Source names not found verbatim in the output. */
  namesMissing: string[];
  /** Missing names not made up for by new capitalised words in the output (Sevilla → Seville is not lost). */
  namesLost: number;
  placeholdersLost: number;
}

export interface QualityReport {
  score: number;
  flags: QualityFlag[];
  decision: QualityDecision;
  measures: QualityMeasures;
}

const WEIGHTS = { unknown: 0.3, length: 0.25, sourceLeft: 0.5, names: 0.2, placeholders: 0.2 };
const LENGTH_OK: [number, number] = [0.5, 2];
/** Languages that capitalise every noun, where capitals do not point to names (every NTREX German story was flagged). */
const NOUNS_CAPITALISED = new Set(['de', 'lb']);
/** Segments shorter than this many words say too little about their language. */
const MIN_WORDS_FOR_LANGUAGE = 5;

export function assessQuality(input: QualityInput, config: QualityConfig = DEFAULT_QUALITY): QualityReport {
  if (input.source.length !== input.output.length) {
    throw new Error(`assessQuality: ${input.output.length} outputs for ${input.source.length} source segments`);
  }
  const words = input.source.reduce((n, s) => n + wordsOf(s).length, 0);
  const srcChars = input.source.reduce((n, s) => n + s.length, 0);
  const outChars = input.output.reduce((n, s) => n + s.length, 0);
  const unknownRate = input.unknownWords === undefined || words === 0 ? null : input.unknownWords / words;
  const lengthRatio = srcChars === 0 ? 1 : outChars / srcChars;
  const sourceLeft = sourceLanguageShare(input);
  const names = NOUNS_CAPITALISED.has(input.from) ? [] : namesOf(input.source.join('\n'), new Set(input.replacedTerms ?? []));
  const outputText = input.output.join('\n');
  const namesMissing = names.filter((n) => !outputText.includes(n));
  const sourceNames = new Set(names);
  const newCapitalised = namesOf(outputText, new Set()).filter((n) => !sourceNames.has(n));
  const namesLost = Math.max(0, namesMissing.length - newCapitalised.length);
  const placeholdersLost = input.placeholdersLost ?? 0;

  const bad = {
    unknown: unknownRate === null ? 0 : clamp(unknownRate / 0.2),
    length: lengthRatio < LENGTH_OK[0] ? clamp((LENGTH_OK[0] - lengthRatio) / 0.25) : lengthRatio > LENGTH_OK[1] ? clamp(lengthRatio - LENGTH_OK[1]) : 0,
    sourceLeft: clamp(sourceLeft / 0.3),
    names: names.length === 0 ? 0 : clamp(namesLost / names.length / 0.3),
    placeholders: clamp(placeholdersLost / 3),
  };
  const flags: QualityFlag[] = [];
  if (unknownRate !== null && unknownRate > 0.05) flags.push('unknown_words');
  if (bad.length > 0) flags.push('length_ratio');
  if (sourceLeft > 0.1) flags.push('source_language_left');
  if (names.length > 0 && namesLost / names.length > 0.1) flags.push('names_lost');
  if (placeholdersLost > 0) flags.push('placeholders_lost');

  const penalty = (Object.keys(bad) as (keyof typeof bad)[]).reduce((sum, k) => sum + WEIGHTS[k] * bad[k], 0);
  const score = Math.round(clamp(1 - penalty) * 1000) / 1000;
  return {
    score,
    flags,
    decision: score >= config.threshold ? 'publish' : config.belowThreshold,
    measures: { words, unknownRate, lengthRatio, sourceLeft, names: names.length, namesMissing, namesLost, placeholdersLost },
  };
}

function clamp(x: number): number {
  return Math.max(0, Math.min(1, x));
}

function wordsOf(text: string): string[] {
  return text.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
}

function sourceLanguageShare(input: QualityInput): number {
  const identify = input.identify ?? ((text: string) => stopwordLanguage(text, input.from));
  let total = 0;
  let left = 0;
  for (const out of input.output) {
    total += out.length;
    if (wordsOf(out).length >= MIN_WORDS_FOR_LANGUAGE && identify(out) === input.from) left += out.length;
  }
  return total === 0 ? 0 : left / total;
}

/**
 * Capitalised words of 3+ letters that do not open a sentence: the names a reader expects to find again.
 * Runs of them ("Pedro Sánchez") are checked word by word, so a half-kept name counts as half lost. Languages
 * capitalise some nouns ("la Asamblea") that rightly change in translation; they come out capitalised too
 * ("the Assembly"), which is why new capitalised words in the output offset missing ones, while a name
 * turned into a common word ("Salvador" → "saviour") is lost.
 */
function namesOf(text: string, replaced: Set<string>): string[] {
  const names = new Set<string>();
  const replacedWords = new Set([...replaced].flatMap((t) => wordsOf(t)));
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’-]{2,}/gu)) {
    const before = text.slice(0, m.index).trimEnd();
    const opensSentence = before === '' || /[.!?:;«"“¿¡\n—–-]$/.test(before);
    if (!opensSentence && !replacedWords.has(m[0])) names.add(m[0]);
  }
  return [...names];
}

/** Function words frequent in each language and absent from English; enough to spot untranslated text. */
const STOPWORDS: Record<string, string[]> = {
  es: ['el', 'los', 'las', 'del', 'que', 'una', 'por', 'con', 'para', 'según', 'pero', 'como', 'más', 'sus', 'fue', 'este', 'está'],
  pt: ['os', 'das', 'dos', 'que', 'uma', 'com', 'para', 'não', 'mais', 'pelo', 'pela', 'foi', 'são', 'está', 'seu', 'sua'],
  ca: ['els', 'les', 'del', 'que', 'una', 'amb', 'per', 'com', 'més', 'seu', 'seva', 'aquest', 'però', 'van', 'són'],
  gl: ['os', 'das', 'dos', 'que', 'unha', 'coa', 'para', 'non', 'máis', 'polo', 'pola', 'foi', 'son', 'está'],
  fr: ['le', 'les', 'des', 'du', 'une', 'est', 'dans', 'pour', 'avec', 'sur', 'pas', 'qui', 'que', 'mais', 'été', 'aux'],
  it: ['il', 'gli', 'della', 'del', 'che', 'una', 'per', 'con', 'non', 'sono', 'alla', 'dei', 'nel', 'anche', 'più'],
  ro: ['și', 'este', 'din', 'pentru', 'care', 'unei', 'sunt', 'fost', 'acest', 'mai', 'dar', 'cu', 'la'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'ein', 'eine', 'auch', 'sich', 'auf', 'dem'],
  nl: ['de', 'het', 'een', 'van', 'en', 'niet', 'met', 'zijn', 'voor', 'ook', 'maar', 'werd', 'naar', 'bij'],
  pl: ['nie', 'się', 'jest', 'oraz', 'jak', 'dla', 'przez', 'jego', 'tym', 'być', 'który', 'które', 'już', 'tak'],
};
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'is', 'was', 'for', 'with', 'that', 'this', 'by', 'on', 'are', 'from', 'has', 'have', 'it', 'be']);

export function stopwordLanguage(text: string, from: string): string | null {
  const list = STOPWORDS[from];
  if (!list) return null;
  const set = new Set(list);
  const words = wordsOf(text.toLowerCase());
  const source = words.filter((w) => set.has(w)).length;
  const english = words.filter((w) => ENGLISH.has(w)).length;
  if (source >= 2 && source > english) return from;
  return english > 0 ? 'en' : null;
}
