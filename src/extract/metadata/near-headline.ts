import { clean, visibleText, type DomElement, type DomNode } from './dom.ts';

/**
 * The lines of text around the headline, split at block boundaries: where bylines and date lines sit on pages
 * whose markup names neither. Walks forward from the headline's container and stops after a few hundred
 * characters, so long pages cost no more than short ones.
 */
export interface HeadlineLines {
  heading: string;
  before: string[];
  after: string[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'BUTTON', 'FORM', 'NAV']);
const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'FOOTER', 'SECTION', 'ARTICLE',
  'ASIDE', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'TABLE', 'TR', 'TD', 'TH', 'DD', 'DT', 'DL', 'BR', 'ADDRESS', 'TIME',
]);
const AFTER_CHARS = 900;
const BEFORE_LINES = 4;

/** Whole-element hiding classes of the common CSS frameworks; "field--label-hidden" hides a label only. */
const HIDING_CLASS = /^(?:hidden|is-hidden|d-none|hide|invisible|rich-snippet-hidden)$/i;

/** Markup kept for search engines only ("rich-snippet-hidden", display:none): no reader sees it by the headline. */
function hidden(el: DomElement): boolean {
  return (el.getAttribute('class') ?? '').split(/\s+/).some((t) => HIDING_CLASS.test(t)) || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

export function headlineLines(h1: DomElement | undefined): HeadlineLines {
  const result: HeadlineLines = { heading: '', before: [], after: [] };
  if (!h1) return result;
  result.heading = visibleText(h1);
  let root: DomElement = h1;
  for (let i = 0; i < 2 && root.parentElement; i++) root = root.parentElement;
  let line = '';
  let seenHeadline = false;
  let afterChars = 0;
  const flush = (): void => {
    const t = clean(line);
    line = '';
    if (!t) return;
    if (seenHeadline) {
      result.after.push(t);
      afterChars += t.length;
    } else {
      result.before.push(t);
      if (result.before.length > BEFORE_LINES) result.before.shift();
    }
  };
  const walk = (node: DomNode): boolean => {
    if (afterChars > AFTER_CHARS) return false;
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return true;
    }
    if (node.nodeType !== 1) return true;
    const el = node as DomElement;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || hidden(el)) return true;
    const block = BLOCK.has(tag);
    if (block) flush();
    if (el === h1) {
      seenHeadline = true;
      line = '';
      return true;
    }
    // Inline elements set words apart too: "von Christian Spließ<a>in Allgemeines</a>" is two phrases.
    if (!block) line += ' ';
    for (let c = el.firstChild; c; c = c.nextSibling) if (!walk(c)) return false;
    if (block) flush();
    else line += ' ';
    return true;
  };
  // The headline's container may end before the byline does; continue through the following siblings.
  let node: DomElement | null = root;
  for (let hops = 0; node && hops < 3 && afterChars <= AFTER_CHARS; hops++) {
    for (let n: DomNode | null = node; n; n = (n as DomElement).nextSibling) if (!walk(n)) break;
    if (!seenHeadline) return result;
    node = node.parentElement?.nextSibling as DomElement | null;
  }
  flush();
  return result;
}
