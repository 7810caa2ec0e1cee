/**
 * Reader-typed search text → a safe SQLite FTS5 query. Readers get a small syntax: words (all must match),
 * "exact phrases", -exclusions (also -"a phrase"), prefix* and OR between two terms. Nothing the reader types
 * reaches FTS5 as syntax: every term leaves here as a double-quoted string of its word characters, so FTS5
 * operators, column filters, NEAR() and stray punctuation are only ever text.
 */

export const MAX_QUERY_CHARS = 500;
export const MAX_TERMS = 32;
/** Shorter prefixes would expand to much of the vocabulary; 3 and 4 have prefix indexes (migration 007). */
export const MIN_PREFIX_CHARS = 3;

/** Search text the parser refuses, with an explanation fit to show the reader. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
}

export interface Term {
  /** Lower-cased words of the term as typed; a phrase has several. */
  words: string[];
  prefix: boolean;
}

/** Every group must match (AND); a group matches when any of its terms does (OR). */
export interface ParsedQuery {
  groups: Term[][];
  excluded: Term[];
  /** The reader's text, trimmed, for echoing back. */
  text: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const OPERATORS = new Set(['AND', 'OR', 'NOT']);

interface Chunk {
  raw: string;
  quoted: boolean;
  negated: boolean;
  at: number;
}

/** Splits on whitespace, keeping "quoted phrases" whole; the chunks carry their position for error messages. */
function chunks(text: string): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    const at = i;
    const negated = text[i] === '-' && i + 1 < text.length && !/\s/.test(text[i + 1]!);
    if (negated) i++;
    if (text[i] === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) throw new QueryError(`The quotation mark at character ${i + 1} is not closed. Put a second " after the phrase, or remove it.`);
      let close = end + 1;
      if (text[close] === '*') close++;
      out.push({ raw: text.slice(i, close), quoted: true, negated, at });
      i = close;
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/.test(text[end]!) && text[end] !== '"') end++;
    out.push({ raw: text.slice(i, end), quoted: false, negated, at });
    i = end;
  }
  return out;
}

function termOf(c: Chunk): Term | null {
  const body = c.quoted ? c.raw.replace(/^"|"\*?$/g, '') : c.raw;
  const prefix = c.raw.endsWith('*');
  const words = (body.toLowerCase().match(WORD) ?? []).map((w) => w.normalize('NFC'));
  if (prefix && (words.length === 0 || !new RegExp(`[\\p{L}\\p{N}]{${MIN_PREFIX_CHARS}}\\*$`, 'u').test(c.raw.replace(/"\*$/, '*')))) {
    throw new QueryError(`"${c.raw}": * marks the end of a word's beginning, as in minist*; put it right after at least ${MIN_PREFIX_CHARS} letters.`);
  }
  if (!prefix && c.raw.includes('*') && words.length === 0) {
    throw new QueryError(`"${c.raw}": * marks the end of a word's beginning, as in minist*; on its own it finds nothing.`);
  }
  return words.length === 0 ? null : { words, prefix };
}

/** Parses the reader's text; throws QueryError with a readable explanation when it cannot be searched. */
export function parseQuery(input: string): ParsedQuery {
  const text = input.trim();
  if (text.length > MAX_QUERY_CHARS) throw new QueryError(`The search is ${text.length} characters long; at most ${MAX_QUERY_CHARS} are allowed.`);
  const groups: Term[][] = [];
  const excluded: Term[] = [];
  let pendingOr = false;
  let pendingNot = false;
  let count = 0;
  for (const c of chunks(text)) {
    if (!c.quoted && !c.negated && OPERATORS.has(c.raw)) {
      if (pendingOr || pendingNot || (c.raw === 'OR' && groups.length === 0)) throw new QueryError(operatorMessage(c.raw));
      if (c.raw === 'OR') pendingOr = true;
      if (c.raw === 'NOT') pendingNot = true;
      continue;
    }
    const term = termOf(c);
    if (term === null) continue;
    if (++count > MAX_TERMS) throw new QueryError(`The search has more than ${MAX_TERMS} words or phrases; use fewer.`);
    if (c.negated || pendingNot) {
      if (pendingOr) throw new QueryError(operatorMessage('OR'));
      excluded.push(term);
    } else if (pendingOr) groups.at(-1)!.push(term);
    else groups.push([term]);
    pendingOr = false;
    pendingNot = false;
  }
  if (pendingOr || pendingNot) throw new QueryError(operatorMessage(pendingOr ? 'OR' : 'NOT'));
  if (groups.length === 0) {
    throw new QueryError(
      excluded.length > 0
        ? 'The search only says what to leave out (-word); add at least one word to look for.'
        : 'The search has no words to look for: letters or digits are needed (punctuation such as ( ) * : is ignored).',
    );
  }
  return { groups, excluded, text };
}

function operatorMessage(op: string): string {
  if (op === 'NOT') return 'NOT must come before a word or phrase to leave out, as in tax NOT income (or write -income).';
  return `${op} must stand between two words or phrases, as in Madrid OR Barcelona.`;
}

const quote = (t: Term) => `"${t.words.join(' ').replaceAll('"', '""')}"${t.prefix ? ' *' : ''}`;
const anyOf = (terms: Term[]) => (terms.length === 1 ? quote(terms[0]!) : `(${terms.map(quote).join(' OR ')})`);

/** The FTS5 expression for `q` restricted to `columns` (names this module's callers control, never the reader). */
export function ftsExpression(q: ParsedQuery, columns: string[]): string {
  const scope = `{${columns.join(' ')}}`;
  const wanted = `${scope} : (${q.groups.map(anyOf).join(' AND ')})`;
  return q.excluded.length === 0 ? wanted : `${wanted} NOT ${scope} : (${q.excluded.map(quote).join(' OR ')})`;
}
