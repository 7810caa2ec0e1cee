import { clean, type DomElement, type DomNode } from './dom.ts';

const INVISIBLE = new Set(['STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

function append(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) out.push(node.textContent ?? '');
  else if (node.nodeType === 1) {
    const el = node as DomElement;
    if (INVISIBLE.has(el.tagName.toUpperCase())) return;
    out.push(' ');
    for (let child = el.firstChild; child; child = child.nextSibling) append(child, out);
    out.push(' ');
  }
}

/**
 * An element's visible text with a space at every element boundary. Byline widgets set the name, the role and
 * the follow button in elements of their own without spaces between them ("Inga HoeltmannFollow",
 * "Christian Spließin Allgemeines"); their text read as one string would glue the words together.
 */
export function spacedText(el: DomElement): string {
  const out: string[] = [];
  append(el, out);
  return clean(out.join(''));
}
