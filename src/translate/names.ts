/**
 * Name protection for Apertium, applied to the morphological analyser's output (the stream between the analyser
 * and the rest of a pair's pipeline), where we see exactly how Apertium tokenised each word and every reading it
 * considers. A capitalised word that is also a common word ("Salvador" saviour, "Lee" reads, "Rosa" pink) is taken
 * for a name when Apertium itself offers a proper-noun reading for it mid-sentence, or when it stands next to
 * another name-like word; it is then left for Apertium to carry over as a name instead of translating it.
 */

interface Unit {
  /** Text of a blank, or the whole `^…$` of a lexical unit. */
  raw: string;
  lexical: boolean;
  surface: string;
  readings: string[];
}

function parse(stream: string): Unit[] {
  const units: Unit[] = [];
  let blank = '';
  for (let i = 0; i < stream.length; i++) {
    const c = stream[i]!;
    if (c === '\\') {
      blank += c + (stream[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      let j = i + 1;
      while (j < stream.length && stream[j] !== ']') j += stream[j] === '\\' ? 2 : 1;
      blank += stream.slice(i, j + 1);
      i = j;
    } else if (c === '^') {
      if (blank) units.push({ raw: blank, lexical: false, surface: '', readings: [] });
      blank = '';
      let j = i + 1;
      while (j < stream.length && stream[j] !== '$') j += stream[j] === '\\' ? 2 : 1;
      const raw = stream.slice(i, j + 1);
      const parts = splitUnescaped(stream.slice(i + 1, j));
      units.push({ raw, lexical: true, surface: parts[0] ?? '', readings: parts.slice(1) });
      i = j;
    } else {
      blank += c;
    }
  }
  if (blank) units.push({ raw: blank, lexical: false, surface: '', readings: [] });
  return units;
}

function splitUnescaped(body: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') {
      current += body.slice(i, i + 2);
      i++;
    } else if (body[i] === '/') {
      parts.push(current);
      current = '';
    } else {
      current += body[i];
    }
  }
  parts.push(current);
  return parts;
}

const isCapitalised = (unit: Unit): boolean => /^\p{Lu}[\p{Ll}\p{Lu}]/u.test(unit.surface);
const isUnknown = (unit: Unit): boolean => unit.readings.length === 0 || unit.readings.every((r) => r.startsWith('*'));
const hasProper = (unit: Unit): boolean => unit.readings.some((r) => /<(np|acr)>/.test(r));
const hasCommon = (unit: Unit): boolean => unit.readings.some((r) => !r.startsWith('*') && !/<(np|acr)>/.test(r));
const hasNoun = (unit: Unit): boolean => unit.readings.some((r) => /<(n|np|acr)>/.test(r));
const onlyPlural = (unit: Unit): boolean => unit.readings.every((r) => r.includes('<pl>'));
const endsSentence = (unit: Unit): boolean => unit.readings.some((r) => r.includes('<sent>'));
const opens = (unit: Unit): boolean => unit.readings.some((r) => /<(lquot|lpar|guio|cm)>/.test(r));
const joins = (unit: Unit): boolean => /^(-|'|’)$/.test(unit.surface);

/** A capitalised word that reads as a name: unknown to Apertium, a proper noun or an acronym. */
function nameLike(unit: Unit | undefined): boolean {
  return unit !== undefined && isCapitalised(unit) && (isUnknown(unit) || hasProper(unit));
}

/**
 * Rewrites an analysed stream so that capitalised common words used as names reach the rest of the pipeline as
 * names: their proper-noun readings only, or, without one, as unknown words (which Apertium copies verbatim).
 */
export function protectNames(analysed: string): string {
  const units = parse(analysed);
  const protect = new Set<Unit>();
  const verbatim = new Set<Unit>();
  const words: Unit[] = [];
  /** Units written against the previous one with no blank between ("Jong-un", "O'Hagan"). */
  const glued = new Set<Unit>();
  /** Units joined to the previous word by a hyphen or apostrophe the analyser left as a blank (French does). */
  const joinedTo = new Map<Unit, Unit>();
  units.forEach((unit, index) => {
    if (!unit.lexical) return;
    if (units[index - 1]?.lexical) glued.add(unit);
    const blank = units[index - 1];
    const head = units[index - 2];
    if (blank && !blank.lexical && /^(-|'|’)$/.test(blank.raw) && head?.lexical) joinedTo.set(unit, head);
    words.push(unit);
  });
  let sentenceStart = true;
  words.forEach((word, index) => {
    const atStart = sentenceStart;
    sentenceStart = endsSentence(word) || (atStart && opens(word));
    const previous = words[index - 1];
    const next = words[index + 1];
    const joinedHead = joinedTo.get(word);
    if (joinedHead && (nameLike(joinedHead) || verbatim.has(joinedHead)) && !isUnknown(word)) {
      verbatim.add(word);
      return;
    }
    if (glued.has(word) && previous && joins(previous) && glued.has(previous)) {
      const head = words[index - 2];
      const initial = head !== undefined && previous.surface !== '-' && /^\p{Lu}$/u.test(head.surface);
      if (head && (nameLike(head) || protect.has(head) || verbatim.has(head) || initial) && !isUnknown(word)) {
        verbatim.add(word);
      }
      return;
    }
    if (/^\p{Lu}$/u.test(word.surface) && next && next.surface !== '-' && joins(next) && glued.has(next)) {
      verbatim.add(word);
      return;
    }
    const foreignName = (unit: Unit | undefined): boolean => unit !== undefined && isCapitalised(unit) && isUnknown(unit);
    // A proper noun inside a name Apertium does not know ("UEFA Europa League") stays as the name is written.
    if (isCapitalised(word) && hasProper(word) && !hasCommon(word) && (foreignName(previous) || foreignName(next))) {
      verbatim.add(word);
      return;
    }
    if (!isCapitalised(word) || !hasCommon(word)) return;
    const besideName = nameLike(previous) || nameLike(next);
    const besideCapital = (previous !== undefined && isCapitalised(previous)) || (next !== undefined && isCapitalised(next));
    // A capitalised adjective or verb alone mid-sentence ("de Sonora", "Honda, BMW") is a name, and so is a
    // capitalised plural ("de Morales", "Torres"); a capitalised singular noun alone ("el Parlamento") is usually an
    // institution to translate.
    const loneNonNoun = !atStart && !besideCapital && (!hasNoun(word) || onlyPlural(word));
    // At the start of a sentence every word is capitalised: only one Apertium also knows as a name counts there.
    if ((besideName && (!atStart || hasProper(word))) || loneNonNoun || (!atStart && hasProper(word))) {
      protect.add(word);
    }
  });
  if (protect.size === 0 && verbatim.size === 0) return analysed;
  return units
    .map((unit) => {
      if (verbatim.has(unit)) return `^${unit.surface}/*${unit.surface}$`;
      if (!protect.has(unit)) return unit.raw;
      const proper = unit.readings.filter((r) => r.includes('<np>'));
      return `^${unit.surface}/${proper.length > 0 ? proper.join('/') : `*${unit.surface}`}$`;
    })
    .join('');
}
