import { parseHTML } from 'linkedom';

/**
 * Feed text fields often carry HTML (escaped markup in RSS titles, Atom type="html", entities such as
 * &mdash; that XML itself does not define). This turns any of them into plain text, whitespace collapsed.
 */
export function plainText(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  const text = /[<&]/.test(value) ? htmlToText(value) : value;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat === '' ? undefined : flat;
}

function htmlToText(html: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const body = document.body;
  body.innerHTML = html;
  for (const el of body.querySelectorAll('script, style')) el.remove();
  for (const el of body.querySelectorAll('br, p, div, li')) el.after(' ');
  return body.textContent ?? '';
}

/** An absolute http(s) URL for `href` against `base`, or undefined when there is none to be had. */
export function absoluteUrl(href: string | null | undefined, base: string): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Distinct non-empty plain-text values, in order. */
export function distinctText(values: (string | null | undefined)[]): string[] | undefined {
  const out = [...new Set(values.map(plainText).filter((v): v is string => v !== undefined))];
  return out.length > 0 ? out : undefined;
}
