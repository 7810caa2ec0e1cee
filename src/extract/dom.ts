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
    if (document.documentElement?.tagName === 'HTML' && document.body && document.head) return document as HtmlDocument;
  } catch {
    // fall through to the shell below
  }
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${clean}</body></html>`);
  return document as HtmlDocument;
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
