import type { ImageRef } from '../types.ts';
import { type HtmlElement, absoluteUrl, collapse } from '../dom.ts';

const LAZY_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-srcset', 'srcset', 'src'];
const CREDIT_HINT = /credit|copyright|source|author|autor|foto|photo|fuente|quelle/i;
const CREDIT_PREFIX = /^(©|\(c\)|foto|fotos|photo|photos|bild|image|imagen|credit|crédit|fuente|quelle|source)\s*[:©]?\s*/i;

/** First usable picture reference: lazy-loading attributes before `src`, which is often a placeholder. */
function imageSource(img: HtmlElement, base: string): string | null {
  for (const attr of LAZY_ATTRS) {
    const raw = img.getAttribute(attr);
    if (!raw || raw.startsWith('data:')) continue;
    const first = attr.endsWith('srcset') ? raw.trim().split(/\s+/)[0] : raw;
    const url = absoluteUrl(first, base);
    if (url) return url;
  }
  return null;
}

function dimension(img: HtmlElement, name: string): number | undefined {
  const n = Number.parseInt(img.getAttribute(name) ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** An image (with its figure's caption and credit), or null for tracking pixels and images without a source. */
export function imageOf(el: HtmlElement, base: string): ImageRef | null {
  const img = el.tagName === 'IMG' ? el : el.querySelector('img');
  if (!img) return null;
  const src = imageSource(img, base);
  if (!src) return null;
  const width = dimension(img, 'width');
  const height = dimension(img, 'height');
  if ((width !== undefined && width <= 2) || (height !== undefined && height <= 2)) return null;
  const ref: ImageRef = { src };
  const alt = collapse(img.getAttribute('alt') ?? '');
  if (alt) ref.alt = alt;
  if (width) ref.width = width;
  if (height) ref.height = height;
  const caption = el.tagName === 'FIGURE' ? el.querySelector('figcaption') : null;
  if (caption) Object.assign(ref, captionAndCredit(caption));
  return ref;
}

function captionAndCredit(caption: HtmlElement): Pick<ImageRef, 'caption' | 'credit'> {
  let credit: string | undefined;
  for (const el of Array.from(caption.querySelectorAll('*'))) {
    const hints = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (CREDIT_HINT.test(hints)) {
      credit = collapse(el.textContent ?? '').replace(CREDIT_PREFIX, '') || undefined;
      el.remove();
      break;
    }
  }
  let text = collapse(caption.textContent ?? '');
  if (!credit) {
    const m = /\s*(?:(?:©|\(c\))\s*|\b(?:Foto|Fotos|Photo|Photos|Bild|Imagen|Credit|Fuente|Quelle)\s*:\s*)([^.]{2,80})$/i.exec(text);
    if (m) {
      credit = m[1]?.trim();
      text = text.slice(0, m.index).trim();
    }
  }
  const out: Pick<ImageRef, 'caption' | 'credit'> = {};
  if (text) out.caption = text;
  if (credit) out.credit = credit;
  return out;
}
