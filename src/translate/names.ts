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
  capitalised: boolean;
  unknown: boolean;
  proper: boolean;
  common: boolean;
  noun: boolean;
  plural: boolean;
  sentenceEnd: boolean;
  opens: boolean;
}

/** Lexical units `^…$`; superblanks `[…]` are skipped whole, since a blank may hold any character. */
const TOKEN = /\[(?:\\.|[^\]\\])*\]|\^((?:\\.|[^$\\])*)\$/g;

function blankUnit(raw: string): Unit {
  return {
    raw, lexical: false, surface: '', readings: [], capitalised: false, unknown: false, proper: false,
    common: false, noun: false, plural: false, sentenceEnd: false, opens: false,
  };
}

function isProperReading(r: string): boolean {
  return r.includes('<np>') || r.includes('<acr>');
}

/** A lexical unit with everything the rules ask of it worked out once (they ask it of each word's neighbours too). */
function lexicalUnit(raw: string, body: string): Unit {
  const parts = splitUnescaped(body);
  const surface = parts[0] ?? '';
  const readings = parts.slice(1);
  let known = false;
  let proper = false;
  let common = false;
  let noun = false;
  let plural = readings.length > 0;
  let sentenceEnd = false;
  let opens = false;
  for (const r of readings) {
    if (r.startsWith('*')) continue;
    known = true;
    const isProper = isProperReading(r);
    proper ||= isProper;
    common ||= !isProper;
    noun ||= isProper || r.includes('<n>');
    plural &&= r.includes('<pl>');
    sentenceEnd ||= r.includes('<sent>');
    opens ||= OPENING.test(r);
  }
  return {
    raw, lexical: true, surface, readings, capitalised: CAPITALISED.test(surface), unknown: !known, proper, common,
    noun, plural: plural && known, sentenceEnd, opens,
  };
}

const CAPITALISED = /^\p{Lu}[\p{Ll}\p{Lu}]/u;
const OPENING = /<(lquot|lpar|guio|cm)>/;

function parse(stream: string): Unit[] {
  const units: Unit[] = [];
  let last = 0;
  for (const match of stream.matchAll(TOKEN)) {
    if (match[1] === undefined) continue;
    if (match.index > last) units.push(blankUnit(stream.slice(last, match.index)));
    units.push(lexicalUnit(match[0], match[1]));
    last = match.index + match[0].length;
  }
  if (last < stream.length) units.push(blankUnit(stream.slice(last)));
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

function joins(unit: Unit): boolean {
  return unit.surface === '-' || unit.surface === "'" || unit.surface === '’';
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
  words.forEach((word, index) => {
    const atStart = sentenceStart || opening.has(word);
    sentenceStart = word.sentenceEnd || (atStart && word.opens);
    const previous = words[index - 1];
    const next = words[index + 1];
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
    const besideName = nameLike(previous) || nameLike(next);
    const besideCapital = (previous !== undefined && previous.capitalised) || (next !== undefined && next.capitalised);
    // A capitalised adjective or verb alone mid-sentence ("de Sonora", "Honda, BMW") is a name, and so is a
    // capitalised plural ("de Morales", "Torres"); a capitalised singular noun alone ("el Parlamento") is usually an
    // institution to translate.
    const loneNonNoun = !atStart && !besideCapital && (!word.noun || word.plural);
    // At the start of a sentence every word is capitalised: only one Apertium also knows as a name counts there.
    if ((besideName && (!atStart || word.proper)) || loneNonNoun || (!atStart && word.proper)) {
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
