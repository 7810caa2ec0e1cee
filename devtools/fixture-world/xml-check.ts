/**
 * A small well-formedness check for the XML the world serves (tests only): one root, balanced and properly nested
 * elements, quoted attributes, only predefined or numeric entities. Returns the first problem, or null.
 */
export function xmlProblem(xml: string): string | null {
  const stack: string[] = [];
  let roots = 0;
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  let last = 0;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const between = xml.slice(last, m.index);
    last = re.lastIndex;
    if (stack.length === 0 && between.trim() !== '') return `text outside the root element at ${m.index}`;
    if (m[0] === '<') return `"<" that opens no valid tag at ${m.index}: ${JSON.stringify(xml.slice(m.index, m.index + 30))}`;
    if (m[0].startsWith('&')) return `undefined entity or bare "&" at ${m.index}: ${JSON.stringify(xml.slice(m.index, m.index + 12))}`;
    const name = m[2];
    if (!name) continue;
    if (m[1]) {
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open ?? 'nothing'}> at ${m.index}`;
    } else if (!m[4]) {
      if (stack.length === 0 && ++roots > 1) return `a second root element <${name}> at ${m.index}`;
      stack.push(name);
    } else if (stack.length === 0) roots++;
  }
  if (xml.slice(last).trim() !== '') return 'text after the root element';
  if (stack.length > 0) return `unclosed <${stack.at(-1)}> at the end`;
  return roots === 1 ? null : 'no root element';
}
