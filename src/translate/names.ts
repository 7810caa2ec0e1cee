/**
 * Name protection for Apertium, applied to the morphological analyser's output (the stream between the analyser
 * and the rest of a pair's pipeline), where we see exactly how Apertium tokenised each word and every reading it
 * considers. A capitalised word that is also a common word ("Salvador" saviour, "Lee" reads, "Rosa" pink) is taken
 * for a name when Apertium itself offers a proper-noun reading for it mid-sentence, when it stands next to or is
 * listed with another name-like word, or by the other rules below; it is then left for Apertium to carry over as
 * a name instead of translating it. See docs/translation-quality.md for the rules and what they are worth.
 */

import { parse, type Unit } from './analysed-stream.ts';

function joins(unit: Unit): boolean {
  return unit.surface === '-' || unit.surface === "'" || unit.surface === '’';
}

function besideCapital(previous: Unit | undefined, next: Unit | undefined): boolean {
  return (previous !== undefined && previous.capitalised) || (next !== undefined && next.capitalised);
}

/**
 * A noun carrying its own article or case ending (Romanian "Comisia", "membrii Consiliului") is an institution
 * written as a common noun, however it is placed.
 */
function articled(unit: Unit): boolean {
  return unit.readings.some((r) => /<(def|dg|gen)>/.test(r));
}

/** A capitalised word Apertium does not know at all: a foreign name. */
function foreignName(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.capitalised && unit.unknown;
}

/** A capitalised word that reads as a name: unknown to Apertium, a proper noun or an acronym. */
function nameLike(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.capitalised && (unit.unknown || unit.proper);
}

export interface ProtectedStream {
  stream: string;
  /** Capitalised words this leg treated as names, for the next leg of a pivot to keep as well. */
  names: string[];
  /** Capitalised words this leg passed through exactly as written, for every later leg to pass through too. */
  verbatim: string[];
}

export interface NameContext {
  /** Names an earlier leg passed through as written: later legs must not translate them. */
  verbatim?: ReadonlySet<string>;
  /**
   * The target language analyser's readings of capitalised words of this stream (surface as in the stream →
   * readings): a word the target language itself spells that way as a proper noun is written that way in the
   * output too ("Texas", not the Spanish "Tejas" the Portuguese leg would make of it).
   */
  targetReadings?: ReadonlyMap<string, string[]>;
  /**
   * This leg translates into the target language. Its bilingual dictionary writes a proper noun as the target
   * spells it, so a name it reads as one is left to it (with the article rules that go with names); an earlier
   * leg's dictionary writes the pivot language's spelling ("Tejas"), which the next leg cannot undo.
   */
  finalLeg?: boolean;
  /**
   * Proper-noun readings (`Texas<np><loc>`) this leg's bilingual dictionary writes another way ("Tejas"): on a
   * leg before the last, only such a name needs passing through as written.
   */
  renamed?: ReadonlySet<string>;
  /**
   * Of those, the ones whose pivot spelling the last leg does not know and the target does not know as a name
   * ("Syracuse" → "Siracusa" → "Siracusa"): the source's own spelling is the better guess at the target's.
   */
  stranded?: ReadonlySet<string>;
}

function targetSpellsAsName(unit: Unit, context: NameContext): boolean {
  // Before the last leg a proper noun passes through this leg's dictionary unchanged unless it is renamed there;
  // passing it as an unknown word would cost it the article rules that go with names ("da China" → "de China").
  if (!context.finalLeg && unit.proper && !unit.readings.some((r) => context.renamed?.has(r))) return false;
  const target = (context.targetReadings?.get(unit.surface) ?? []).filter((r) => !r.startsWith('*'));
  const targetClasses = new Set(target.flatMap((r) => properClass(r) ?? []));
  if (targetClasses.size === 0 || unit.unknown) return false;
  // A proper noun of another kind is another name: the Spanish city "Florencia" is no English given name. A
  // common word the target happens to know as a name ("Salud") is left to the other rules.
  return unit.readings.some((r) => targetClasses.has(properClass(r) ?? ''));
}

/** The target language writes this word as it stands here ("National", "Science" in French text). */
function targetKnows(unit: Unit, context: NameContext): boolean {
  return (context.targetReadings?.get(unit.surface) ?? []).some((r) => !r.startsWith('*'));
}

function titleOpener(unit: Unit, sentenceStarts: ReadonlySet<Unit>, context: NameContext): boolean {
  return sentenceStarts.has(unit) && unit.readings.every((r) => r.includes('<adj>')) && targetKnows(unit, context);
}

function properClass(reading: string): string | undefined {
  return /<np><(\w+)>/.exec(reading)?.[1];
}

/** Words that name nothing by themselves and so never belong to a run of name words ("la", "de", "y"). */
const FUNCTION_WORD = /<(det|pr|prn|cnjcoo|cnjsub|cnjadv|rel|preadv|sent|cm|lpar|rpar|lquot|rquot|guio)>/;

/**
 * Words of runs of capitalised words separated by single spaces that are kept together as written rather than half
 * translated. A run holding a word Apertium does not know is a foreign name ("National Science Foundation", "Nord
 * Stream"): its proper nouns and the words the target language spells the same stay. A run holding a proper noun
 * ("Bat Conservation Trust", "Real Madrid") keeps the words the target spells the same, its proper nouns being
 * left to the dictionary ("Rapid Viena" is "Rapid Vienna"); so does a run wholly spelled as the target spells it
 * ("Golf National"). Other words of a run are translated: a Romanian
 * analyser that misses an inflected "Țării Galilor" says nothing about "Parlamentului" before it. A sentence's
 * first word joins a run only when it is itself unknown or a proper noun.
 */
function nameRuns(units: Unit[], words: Unit[], sentenceStarts: ReadonlySet<Unit>, context: NameContext): Set<Unit> {
  const kept = new Set<Unit>();
  const position = new Map(units.map((unit, index) => [unit, index]));
  let run: Unit[] = [];
  const close = (): void => {
    if (run.length >= 2) {
      const foreign = run.some((w) => w.unknown);
      const named = run.some((w) => w.proper && !w.common);
      // Every word of it spelled as the target spells it: a name in the target's language ("Golf National"); or
      // opening a sentence with such an adjective, which a sentence's first word never is otherwise ("Grand Prix").
      const targets = run.every((w) => targetKnows(w, context));
      const opener = titleOpener(run[0]!, sentenceStarts, context);
      for (const w of run) {
        if (w.unknown) continue;
        const spelled = targetKnows(w, context) && (w.common || !w.proper);
        if (opener || (foreign && (w.proper || spelled)) || ((named || targets) && spelled)) kept.add(w);
      }
    }
    run = [];
  };
  for (const word of words) {
    const member =
      word.capitalised &&
      !word.readings.some((r) => FUNCTION_WORD.test(r)) &&
      (!sentenceStarts.has(word) || word.unknown || word.proper || titleOpener(word, sentenceStarts, context));
    const last = run[run.length - 1];
    const adjacent = last !== undefined && units[position.get(last)! + 1]?.raw === ' ' && position.get(word) === position.get(last)! + 2;
    if (!member || !adjacent) close();
    if (member) run.push(word);
  }
  close();
  return kept;
}

/**
 * Rewrites an analysed stream so that capitalised common words used as names reach the rest of the pipeline as
 * names: their proper-noun readings only, or, without one, as unknown words (which Apertium copies verbatim).
 * `keep` holds the names the previous leg of a pivot found: the Spanish analyser reads the French "Iran" as
 * "irán" (will go) and a sentence-initial "Lee" as a verb, so they pass as names here too. `units` is
 * `parse(analysed)` when the caller has it already.
 */
export function protectNames(
  analysed: string,
  keep: ReadonlySet<string> = new Set(),
  context: NameContext = {},
  units: Unit[] = parse(analysed),
): ProtectedStream {
  const protect = new Set<Unit>();
  const verbatim = new Set<Unit>();
  const words: Unit[] = [];
  /** Units written against the previous one with no blank between ("Jong-un", "O'Hagan"). */
  const glued = new Set<Unit>();
  /** Units joined to the previous word by a hyphen or apostrophe the analyser left as a blank (French does). */
  const joinedTo = new Map<Unit, Unit>();
  /** Units opening one of the engine's segments (after its `[s<n>]` superblank): the start of a sentence. */
  const opening = new Set<Unit>();
  let segmentStart = false;
  units.forEach((unit, index) => {
    if (!unit.lexical) {
      segmentStart ||= /\[s\d+\]/.test(unit.raw);
      return;
    }
    if (segmentStart) opening.add(unit);
    segmentStart = false;
    if (units[index - 1]?.lexical) glued.add(unit);
    const blank = units[index - 1];
    const head = units[index - 2];
    if (blank && !blank.lexical && /^(-|'|’)$/.test(blank.raw) && head?.lexical) joinedTo.set(unit, head);
    words.push(unit);
  });
  let sentenceStart = true;
  const starts = new Set<Unit>();
  for (const word of words) {
    const atStart: boolean = sentenceStart || opening.has(word);
    if (atStart) starts.add(word);
    sentenceStart = word.sentenceEnd || (atStart && word.opens);
  }
  const runs = nameRuns(units, words, starts, context);
  words.forEach((word, index) => {
    const atStart = starts.has(word);
    const previous = words[index - 1];
    const next = words[index + 1];
    // On the last leg a proper noun of a run is left to the rules below, which keep the article rules of names.
    if (runs.has(word) && !(context.finalLeg && word.proper)) {
      verbatim.add(word);
      return;
    }
    // Mid-sentence only: an earlier sentence's "Los Angeles" says nothing of a sentence opening with "Los".
    const passThrough =
      !atStart && word.capitalised && (context.verbatim?.has(word.surface) || targetSpellsAsName(word, context));
    if (passThrough || (!atStart && word.capitalised && word.readings.some((r) => context.stranded?.has(r)))) {
      // Beside an unknown name the transfer rules would split the name ("Brett's statement Kavanaugh").
      const inForeignName = foreignName(previous) || foreignName(next);
      (context.finalLeg && word.proper && !inForeignName ? protect : verbatim).add(word);
      return;
    }
    if (word.capitalised && keep.has(word.surface) && word.common) {
      protect.add(word);
      return;
    }
    const joinedHead = joinedTo.get(word);
    if (joinedHead && (nameLike(joinedHead) || verbatim.has(joinedHead)) && !word.unknown) {
      verbatim.add(word);
      return;
    }
    if (glued.has(word) && previous && joins(previous) && glued.has(previous)) {
      const head = words[index - 2];
      const initial = head !== undefined && previous.surface !== '-' && /^\p{Lu}$/u.test(head.surface);
      if (head && (nameLike(head) || protect.has(head) || verbatim.has(head) || initial) && !word.unknown) {
        verbatim.add(word);
      }
      return;
    }
    if (/^\p{Lu}$/u.test(word.surface) && next && next.surface !== '-' && joins(next) && glued.has(next)) {
      verbatim.add(word);
      return;
    }
    // A proper noun inside a name Apertium does not know ("UEFA Europa League") stays as the name is written.
    if (word.capitalised && word.proper && !word.common && (foreignName(previous) || foreignName(next))) {
      verbatim.add(word);
      return;
    }
    if (!word.capitalised || !word.common) return;
    const before = words[index - 2];
    // "Sarasota, Charlotte et Collier": a word listed with names is one.
    // A one-word item only: "El Salvador, Republica Dominicană" lists a name that begins with a common noun.
    const listed =
      !atStart &&
      !next?.capitalised &&
      !articled(word) &&
      previous !== undefined &&
      previous.readings.some((r) => /<(cnjcoo|cm)>/.test(r)) &&
      before !== undefined &&
      (nameLike(before) || protect.has(before) || verbatim.has(before));
    const besideName = nameLike(previous) || nameLike(next) || listed;
    // "la ligne de maquillage Boutique", "l'émission Radio 4": a capitalised noun set after a common noun names it.
    const apposed =
      !atStart &&
      word.noun &&
      !articled(word) &&
      !besideCapital(previous, next) &&
      previous !== undefined &&
      !previous.capitalised &&
      previous.readings.length > 0 &&
      previous.readings.every((r) => r.includes('<n>'));

    // A capitalised adjective or verb alone mid-sentence ("de Sonora", "Honda, BMW") is a name, and so is a
    // capitalised plural ("de Morales", "Torres"); a capitalised singular noun alone ("el Parlamento") is usually an
    // institution to translate.
    const loneNonNoun = !atStart && !besideCapital(previous, next) && (!word.noun || word.plural);
    // At the start of a sentence every word is capitalised: only one Apertium also knows as a name counts there.
    // After a colon ("Desert Island Discs: Tom Daley") a word beside a name is as likely a name as a first word.
    const afterColon =
      (previous?.readings.some((r) => r.startsWith(':<')) ?? false) && !word.readings.some((r) => FUNCTION_WORD.test(r));
    if ((besideName && (!atStart || word.proper || afterColon)) || loneNonNoun || apposed || (!atStart && word.proper)) {
      protect.add(word);
    }
  });
  const names = words
    .filter((w) => protect.has(w) || verbatim.has(w) || nameLike(w))
    .map((w) => w.surface.replace(/\\(.)/g, '$1'));
  const kept = words.filter((w) => verbatim.has(w) && w.capitalised).map((w) => w.surface.replace(/\\(.)/g, '$1'));
  if (protect.size === 0 && verbatim.size === 0) return { stream: analysed, names, verbatim: kept };
  const stream = units
    .map((unit) => {
      if (verbatim.has(unit)) return `^${unit.surface}/*${unit.surface}$`;
      if (!protect.has(unit)) return unit.raw;
      const proper = unit.readings.filter((r) => r.includes('<np>'));
      return `^${unit.surface}/${proper.length > 0 ? proper.join('/') : `*${unit.surface}`}$`;
    })
    .join('');
  return { stream, names, verbatim: kept };
}
