/**
 * Between our segments and Apertium's stream format. A segment becomes one chunk: plain text with the stream's
 * reserved characters escaped, and everything that must come back untouched (inline HTML tags, URLs, e-mail
 * addresses, the characters Apertium uses as marks) replaced by numbered superblanks, which every Apertium
 * program passes through verbatim. The answer is read back, unknown-word marks dropped, superblanks restored.
 */

export interface EncodedSegment {
  id: number;
  /** Stream text, starting with the segment's own superblank so that a misrouted answer is detected. */
  chunk: string;
  /** Output text of each numbered superblank. */
  slots: string[];
}

const RESERVED = /[\\[\]^$/<>{}]/g;
/** Apertium's own marks (unknown word, generation error, untranslated, postgeneration): never sent as text. */
const MARK_CHARS = /[*#@~]/;
const PROTECTED = new RegExp(
  [
    String.raw`(?:https?://|www\.)[^\s<>"]+[^\s<>".,;:!?)\]'’”»]`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`[*#@~]`,
  ].join('|'),
  'gu',
);
/** What every PROTECTED match holds: a cheap test first, since the e-mail pattern is slow on long plain text. */
const MAYBE_PROTECTED = /[*#@~]|https?:\/\/|www\./;
const TAG = /<[^>]*>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function escapeHtmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function escapeStream(text: string): string {
  return text.replace(RESERVED, '\\$&');
}

export function encodeSegment(id: number, segment: string, format: 'html' | 'text'): EncodedSegment {
  const slots: string[] = [];
  const slot = (output: string): string => `[${slots.push(output) - 1}]`;
  const encodeText = (text: string): string => {
    if (!MAYBE_PROTECTED.test(text)) return escapeStream(text);
    let out = '';
    let last = 0;
    for (const match of text.matchAll(PROTECTED)) {
      out += escapeStream(text.slice(last, match.index));
      out += slot(format === 'html' ? escapeHtmlText(match[0]) : match[0]);
      last = match.index + match[0].length;
    }
    return out + escapeStream(text.slice(last));
  };
  const flat = segment.replace(/\s+/g, ' ');
  let body = '';
  if (format === 'html') {
    let last = 0;
    for (const match of flat.matchAll(TAG)) {
      body += encodeText(decodeEntities(flat.slice(last, match.index)));
      body += slot(match[0]);
      last = match.index + match[0].length;
    }
    body += encodeText(decodeEntities(flat.slice(last)));
  } else {
    body = encodeText(flat);
  }
  // The closing blank makes the analyser emit a final full stop it would otherwise hold back waiting for more.
  return { id, chunk: `[s${id}]${body}[]`, slots };
}

/**
 * One chunk for a batch of segments, separated by a line-break blank as the apertium CLI separates lines: a NUL
 * flush per segment cost 5–15% more CPU in every program of the pipeline.
 */
export function joinBatch(encoded: EncodedSegment[]): string {
  return encoded.map((e) => e.chunk).join('[\n]');
}

/** Cuts a batch's answer back into segments at their opening superblanks. */
export function splitBatch(stream: string, encoded: EncodedSegment[]): string[] {
  const starts = encoded.map((e, k) => {
    const at = stream.indexOf(`[s${e.id}]`);
    if (at === -1 || (k === 0 && at !== 0)) {
      throw new Error(`apertium answer out of step: segment ${e.id} missing from "${stream.slice(0, 40)}"`);
    }
    return at;
  });
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? stream.length;
    if (end < start) throw new Error(`apertium answer out of step: segment ${encoded[k + 1]!.id} before ${encoded[k]!.id}`);
    return stream.slice(start, end);
  });
}

/**
 * Removes unknown-word marks from a stream answer, keeping it a valid stream so it can feed the next leg of a
 * pivot (keeping the marks there cost ~1.8 BLEU). Returns the stream and the words that were marked.
 */
export function stripMarks(stream: string): { stream: string; unknown: string[] } {
  let out = '';
  const unknown: string[] = [];
  for (let i = 0; i < stream.length; i++) {
    const c = stream[i]!;
    // Our own text never carries these characters (they travel in superblanks), so every one in the answer is a
    // mark; the generator escapes some of them ("did not \\@darse").
    const escapedMark = c === '\\' && MARK_CHARS.test(stream[i + 1] ?? '');
    if (escapedMark || MARK_CHARS.test(c)) {
      if (escapedMark) i++;
      const word = /^(?:\\.|[^\s[\]\\])+/u.exec(stream.slice(i + 1))?.[0];
      if (word) unknown.push(word);
    } else if (c === '\\') {
      out += c + (stream[i + 1] ?? '');
      i++;
    } else if (c === '[') {
      const end = blankEnd(stream, i);
      out += stream.slice(i, end + 1);
      i = end;
    } else {
      out += c;
    }
  }
  return { stream: out, unknown };
}

function blankEnd(stream: string, start: number): number {
  for (let i = start + 1; i < stream.length; i++) {
    if (stream[i] === '\\') i++;
    else if (stream[i] === ']') return i;
  }
  return stream.length - 1;
}

/**
 * Turns a mark-free stream answer back into output text: escapes resolved, superblanks restored, `edit` applied
 * to each run of translated text (never to tags or protected spans).
 */
export function decodeSegment(
  stream: string,
  encoded: EncodedSegment,
  format: 'html' | 'text',
  edit: (text: string) => string = (text) => text,
): string {
  const prefix = `[s${encoded.id}]`;
  if (!stream.startsWith(prefix)) {
    throw new Error(`apertium answer out of step: expected segment ${encoded.id}, got "${stream.slice(0, 40)}"`);
  }
  let out = '';
  let text = '';
  const flushText = (): void => {
    const edited = edit(text);
    out += format === 'html' ? escapeHtmlText(edited) : edited;
    text = '';
  };
  for (let i = prefix.length; i < stream.length; i++) {
    const c = stream[i]!;
    if (c === '\\') {
      text += stream[i + 1] ?? '';
      i++;
    } else if (c === '[') {
      const end = blankEnd(stream, i);
      const content = stream.slice(i + 1, end);
      const slot = /^\d+$/.test(content) ? encoded.slots[Number(content)] : undefined;
      flushText();
      out += slot ?? content.replace(/\\(.)/g, '$1');
      i = end;
    } else {
      text += c;
    }
  }
  flushText();
  return out.replace(/ {2,}/g, ' ').trim();
}
