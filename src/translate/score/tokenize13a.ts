/**
 * sacreBLEU's default `13a` tokeniser (the mteval-v13a.pl rules), reproduced rule for rule so that our corpus
 * scores match sacreBLEU's to the last digit.
 */

const RULES: [RegExp, string][] = [
  [/([{-~[-` -&(-+:-@/])/g, ' $1 '],
  [/([^0-9])([.,])/g, '$1 $2 '],
  [/([.,])([^0-9])/g, ' $1 $2'],
  [/([0-9])(-)/g, '$1 $2 '],
];

/**
 * Python's `str.split()` separators (str.isspace), which differ from JavaScript's `\s`: Python also splits on
 * U+001C–U+001F and U+0085, and does not split on U+FEFF.
 */
const PY_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;

export function pySplit(line: string): string[] {
  return line.split(PY_WHITESPACE).filter((token) => token.length > 0);
}

export function tokenize13a(input: string): string {
  let line = input.replaceAll('<skipped>', '').replaceAll('-\n', '').replaceAll('\n', ' ');
  if (line.includes('&')) {
    line = line.replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  }
  line = ` ${line} `;
  for (const [pattern, replacement] of RULES) line = line.replace(pattern, replacement);
  return pySplit(line).join(' ');
}
