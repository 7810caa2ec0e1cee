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

const isCapitalised = (unit: Unit): boolean => /^\p{Lu}\p{Ll}/u.test(unit.surface);
const isUnknown = (unit: Unit): boolean => unit.readings.length === 0 || unit.readings.every((r) => r.startsWith('*'));
const hasProper = (unit: Unit): boolean => unit.readings.some((r) => r.includes('<np>'));
const hasCommon = (unit: Unit): boolean => unit.readings.some((r) => !r.startsWith('*') && !r.includes('<np>'));
const endsSentence = (unit: Unit): boolean => unit.readings.some((r) => r.includes('<sent>'));
const opens = (unit: Unit): boolean => unit.readings.some((r) => /<(lquot|lpar|guio|cm)>/.test(r));

/** A capitalised word that reads as a name: unknown to Apertium, or a proper noun. */
function nameLike(unit: Unit | undefined): boolean {
  return unit !== undefined && isCapitalised(unit) && (isUnknown(unit) || hasProper(unit));
}

/**
 * Rewrites an analysed stream so that capitalised common words used as names reach the rest of the pipeline as
 * names: their proper-noun readings only, or, without one, as unknown words (which Apertium copies verbatim).
 */
export function protectNames(analysed: string): string {
  const units = parse(analysed);
  const words = units.filter((u) => u.lexical);
  const protect = new Set<Unit>();
  let sentenceStart = true;
  words.forEach((word, index) => {
    const atStart = sentenceStart;
    sentenceStart = endsSentence(word) || (atStart && opens(word));
    if (!isCapitalised(word) || !hasCommon(word)) return;
    const besideName = nameLike(words[index - 1]) || nameLike(words[index + 1]);
    if (besideName || (!atStart && hasProper(word))) protect.add(word);
  });
  if (protect.size === 0) return analysed;
  return units
    .map((unit) => {
      if (!protect.has(unit)) return unit.raw;
      const proper = unit.readings.filter((r) => r.includes('<np>'));
      return `^${unit.surface}/${proper.length > 0 ? proper.join('/') : `*${unit.surface}`}$`;
    })
    .join('');
}
