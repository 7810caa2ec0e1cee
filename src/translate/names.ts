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

/** Lexical units `^…$`; superblanks `[…]` are skipped whole, since a blank may hold any character. */
const TOKEN = /\[(?:\\.|[^\]\\])*\]|\^((?:\\.|[^$\\])*)\$/g;

function parse(stream: string): Unit[] {
  const units: Unit[] = [];
  let last = 0;
  for (const match of stream.matchAll(TOKEN)) {
    if (match[1] === undefined) continue;
    if (match.index > last) units.push({ raw: stream.slice(last, match.index), lexical: false, surface: '', readings: [] });
    const parts = splitUnescaped(match[1]);
    units.push({ raw: match[0], lexical: true, surface: parts[0] ?? '', readings: parts.slice(1) });
    last = match.index + match[0].length;
  }
  if (last < stream.length) units.push({ raw: stream.slice(last), lexical: false, surface: '', readings: [] });
  return units;
}

function splitUnescaped(body: string): string[] {
  if (!body.includes('\\')) return body.split('/');
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

const flagCache = new WeakMap<Unit, Flags>();

interface Flags {
  capitalised: boolean;
  unknown: boolean;
  proper: boolean;
  common: boolean;
  noun: boolean;
  plural: boolean;
  sentenceEnd: boolean;
  opens: boolean;
}

const isProperReading = (r: string): boolean => r.includes('<np>') || r.includes('<acr>');

/** Everything the rules ask of a unit, worked out once: the rules ask it of each word and both neighbours. */
function flags(unit: Unit): Flags {
  let cached = flagCache.get(unit);
  if (!cached) {
    const readings = unit.readings;
    const unknown = readings.length === 0 || readings.every((r) => r.startsWith('*'));
    cached = {
      capitalised: /^\p{Lu}[\p{Ll}\p{Lu}]/u.test(unit.surface),
      unknown,
      proper: readings.some(isProperReading),
      common: readings.some((r) => !r.startsWith('*') && !isProperReading(r)),
      noun: readings.some((r) => r.includes('<n>') || isProperReading(r)),
      plural: !unknown && readings.every((r) => r.includes('<pl>')),
      sentenceEnd: readings.some((r) => r.includes('<sent>')),
      opens: readings.some((r) => /<(lquot|lpar|guio|cm)>/.test(r)),
    };
    flagCache.set(unit, cached);
  }
  return cached;
}

const isCapitalised = (unit: Unit): boolean => flags(unit).capitalised;
const isUnknown = (unit: Unit): boolean => flags(unit).unknown;
const hasProper = (unit: Unit): boolean => flags(unit).proper;
const hasCommon = (unit: Unit): boolean => flags(unit).common;
const hasNoun = (unit: Unit): boolean => flags(unit).noun;
const onlyPlural = (unit: Unit): boolean => flags(unit).plural;
const endsSentence = (unit: Unit): boolean => flags(unit).sentenceEnd;
const opens = (unit: Unit): boolean => flags(unit).opens;
const joins = (unit: Unit): boolean => /^(-|'|’)$/.test(unit.surface);

/** A capitalised word that reads as a name: unknown to Apertium, a proper noun or an acronym. */
function nameLike(unit: Unit | undefined): boolean {
  return unit !== undefined && isCapitalised(unit) && (isUnknown(unit) || hasProper(unit));
}

export interface ProtectedStream {
  stream: string;
  /** Capitalised words this leg treated as names, for the next leg of a pivot to keep as well. */
  names: string[];
}

/**
 * Rewrites an analysed stream so that capitalised common words used as names reach the rest of the pipeline as
 * names: their proper-noun readings only, or, without one, as unknown words (which Apertium copies verbatim).
 * `keep` holds the names the previous leg of a pivot found: the Spanish analyser reads the French "Iran" as
 * "irán" (will go) and a sentence-initial "Lee" as a verb, so they pass as names here too.
 */
export function protectNames(analysed: string, keep: ReadonlySet<string> = new Set()): ProtectedStream {
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
    if (isCapitalised(word) && keep.has(word.surface) && hasCommon(word)) {
      protect.add(word);
      return;
    }
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
  const names = words
    .filter((w) => protect.has(w) || verbatim.has(w) || nameLike(w))
    .map((w) => w.surface.replace(/\\(.)/g, '$1'));
  if (protect.size === 0 && verbatim.size === 0) return { stream: analysed, names };
  const stream = units
    .map((unit) => {
      if (verbatim.has(unit)) return `^${unit.surface}/*${unit.surface}$`;
      if (!protect.has(unit)) return unit.raw;
      const proper = unit.readings.filter((r) => r.includes('<np>'));
      return `^${unit.surface}/${proper.length > 0 ? proper.join('/') : `*${unit.surface}`}$`;
    })
    .join('');
  return { stream, names };
}
