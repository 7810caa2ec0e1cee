/**
 * Reading the stream between an Apertium analyser and the rest of its pipeline: each lexical unit `^surface/
 * reading/…$` with what the name rules ask of it worked out once, and the blanks between them kept as they are.
 */

export interface Unit {
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

export function parse(stream: string): Unit[] {
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

/**
 * Readings of each lexical unit of an analysed stream, by surface as written in the stream: what a target-language
 * analyser says of a list of words (see names.ts, NameContext.targetReadings).
 */
export function readingsBySurface(analysed: string): Map<string, string[]> {
  const readings = new Map<string, string[]>();
  for (const unit of parse(analysed)) if (unit.lexical) readings.set(unit.surface, unit.readings);
  return readings;
}

/**
 * What the name rules ask other programs about, from an analysed stream (or its parse): its capitalised surfaces
 * as written (each once) and their proper-noun readings (each once).
 */
export function nameCandidates(analysed: string | Unit[]): { surfaces: string[]; properReadings: string[] } {
  const units = (typeof analysed === 'string' ? parse(analysed) : analysed).filter((u) => u.lexical && u.capitalised);
  return {
    surfaces: [...new Set(units.map((u) => u.surface))],
    properReadings: [...new Set(units.flatMap((u) => u.readings.filter((r) => r.includes('<np>'))))],
  };
}
