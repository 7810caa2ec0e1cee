import type { HtmlDocument, HtmlElement, HtmlNode } from '../dom.ts';

/** The extract stage's structural DOM types; a linkedom document and a standard DOM document both fit. */
export type DomDocument = HtmlDocument;
export type DomElement = HtmlElement;
export type DomNode = HtmlNode;

const SPACES = /[\s\u00a0\u200b]+/g;

/** Soft hyphens are invisible break hints ("Mes­sen­ger"): dropped, except from a headline kept as the page wrote it. */
export function clean(text: string | null | undefined, keepSoftHyphens = false): string {
  if (!text) return '';
  const t = text.replace(SPACES, ' ');
  return (keepSoftHyphens ? t : t.replace(/\u00ad/g, '')).trim();
}

export function textOf(el: DomElement): string {
  return clean(el.textContent);
}

const INVISIBLE = new Set(['STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** `spaceEvery`: a space at every element boundary; else only where blocks and line breaks separate words. */
function appendVisible(node: DomNode, out: string[], spaceEvery: boolean): void {
  if (node.nodeType === 3) out.push(node.textContent ?? '');
  else if (node.nodeType === 1) {
    const el = node as DomElement;
    if (INVISIBLE.has(el.tagName.toUpperCase())) return;
    const space = spaceEvery || /^(BR|P|DIV|LI)$/i.test(el.tagName);
    if (space) out.push(' ');
    for (let child = el.firstChild; child; child = child.nextSibling) appendVisible(child, out, spaceEvery);
    if (space && spaceEvery) out.push(' ');
  }
}

/** Text as a reader sees it: without the CSS and scripts some pages put inside headings and bylines. */
export function visibleText(el: DomElement, keepSoftHyphens = false): string {
  const out: string[] = [];
  appendVisible(el, out, false);
  return clean(out.join(''), keepSoftHyphens);
}

/**
 * An element's visible text with a space at every element boundary. Byline widgets set the name, the role and
 * the follow button in elements of their own without spaces between them ("Inga HoeltmannFollow",
 * "Christian Spließin Allgemeines"); their text read as one string would glue the words together.
 */
export function spacedText(el: DomElement): string {
  const out: string[] = [];
  appendVisible(el, out, true);
  return clean(out.join(''));
}

export function attr(el: DomElement, name: string): string {
  return clean(el.getAttribute(name));
}

/** Resolves a possibly relative URL against the page URL; null for empty, javascript: or unparsable values. */
export function absoluteUrl(value: string | null | undefined, base: string): string | null {
  const v = clean(value);
  if (!v || /^(javascript|data|mailto):/i.test(v)) return null;
  try {
    const u = new URL(v, base);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}
