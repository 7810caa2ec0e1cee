/**
 * The few DOM members metadata extraction reads. Structural, so a linkedom document (typed `any` by linkedom)
 * and a standard DOM `Document` both fit, and nothing here can mutate the page.
 */
export interface DomElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

const SPACES = /[\s\u00a0\u200b]+/g;

export function clean(text: string | null | undefined): string {
  return text ? text.replace(SPACES, ' ').trim() : '';
}

export function textOf(el: DomElement): string {
  return clean(el.textContent);
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
