import { parseHTML } from 'linkedom';

/**
 * The DOM members extraction uses. linkedom types its documents `any` and the project compiles without the DOM
 * lib, so these structural types stand in; a standard DOM document fits them too.
 */
export interface HtmlNode {
  readonly nodeType: number;
  readonly firstChild: HtmlNode | null;
  readonly nextSibling: HtmlNode | null;
  readonly parentElement: HtmlElement | null;
  readonly textContent: string | null;
}

export interface HtmlText extends HtmlNode {
  readonly data: string;
}

export interface HtmlElement extends HtmlNode {
  readonly tagName: string;
  readonly children: ArrayLike<HtmlElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): HtmlElement | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlElement>;
  contains(other: HtmlNode): boolean;
  remove(): void;
}

export interface HtmlDocument {
  readonly documentElement: HtmlElement | null;
  readonly head: HtmlElement | null;
  readonly body: HtmlElement | null;
  querySelector(selectors: string): HtmlElement | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlElement>;
}

/**
 * Parses a page once with linkedom. linkedom leaves documentElement null for input without an <html> root
 * (fragments, binary junk), and then even `document.body` throws, so such input is re-parsed inside a shell.
 */
export function parseDocument(html: string): HtmlDocument {
  const clean = html.replace(/\u0000/g, '');
  try {
    const { document } = parseHTML(clean);
    if (document.documentElement?.tagName === 'HTML') {
      repairRoot(document as unknown as MutableDocument, document.documentElement as MutableElement);
      if (document.body && document.head) return document as HtmlDocument;
    }
  } catch {
    // fall through to the shell below
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${clean}</body></html>`);
  return document as HtmlDocument;
}

/** Elements a browser keeps in <head>; the first other element there starts the body. */
const HEAD_TAGS = new Set(['META', 'LINK', 'TITLE', 'BASE', 'STYLE', 'SCRIPT', 'NOSCRIPT', 'TEMPLATE']);

interface MutableElement extends HtmlElement {
  readonly childNodes: ArrayLike<HtmlNode>;
  append(...nodes: HtmlNode[]): void;
  prepend(...nodes: HtmlNode[]): void;
}

interface MutableDocument {
  createElement(tag: string): MutableElement;
}

/**
 * linkedom does not repair a tree the way browsers do: content after a stray element in <head> (a <br>, a
 * tracking <div>) stays in <head>, an element between </head> and <body> (a <style>, a <script>) or a root nested
 * in conditional comments hides <body> from `document.body`, which then answers with a new empty one, and
 * content after </body> stays outside it. Such pages lose their whole article, so their root is rebuilt as
 * <head> + <body> with every node in document order.
 */
function repairRoot(document: MutableDocument, root: MutableElement): void {
  const kids = Array.from(root.children);
  const [first, second] = kids;
  if (kids.length === 2 && first?.tagName === 'HEAD' && second?.tagName === 'BODY' && headIsClean(first)) return;
  const head = (root.querySelector('head') as MutableElement | null) ?? document.createElement('head');
  const body = (root.querySelector('body') as MutableElement | null) ?? document.createElement('body');
  const headNodes: HtmlNode[] = [];
  const before: HtmlNode[] = [];
  const after: HtmlNode[] = [];
  let seenBody = false;
  let headEnded = false;
  const place = (parent: MutableElement, inHead: boolean): void => {
    for (const n of Array.from(parent.childNodes)) {
      if (n === body) {
        seenBody = true;
        continue;
      }
      if (n.nodeType === 1) {
        const el = n as MutableElement;
        if (el === head || el.contains(head) || el.contains(body)) {
          place(el, inHead || el === head);
          continue;
        }
        if (HEAD_TAGS.has(el.tagName) && !seenBody && !(inHead && headEnded)) {
          headNodes.push(el);
          continue;
        }
        if (inHead) headEnded = true;
      } else if (n.nodeType !== 3 || !(n.textContent ?? '').trim()) {
        continue;
      }
      (seenBody ? after : before).push(n);
    }
  };
  place(root, false);
  head.append(...headNodes);
  body.prepend(...before);
  body.append(...after);
  root.append(head, body);
  for (const n of Array.from(root.childNodes)) if (n !== head && n !== body) (n as MutableElement).remove();
}

function headIsClean(head: HtmlElement): boolean {
  for (const el of Array.from(head.children)) if (!HEAD_TAGS.has(el.tagName)) return false;
  return true;
}

const WHITESPACE = /[\s\u00a0\u200b\u2028\u2029\ufeff]+/g;

export function collapse(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

/** Resolves a link or image reference against the page URL; null for anything that is not http(s). */
export function absoluteUrl(ref: string | null | undefined, base: string): string | null {
  if (!ref) return null;
  try {
    const u = new URL(ref.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
