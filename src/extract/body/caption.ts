import type { HtmlElement } from '../dom.ts';
import type { Measure } from './score.ts';

/** Class-name parts that label a picture's caption or credit on their own ("wp-caption-text", "media__caption"). */
const CAPTION_PART = /^(caption|captions|credit|credits|copyright|legend|bildunterschrift)$/;
/** A picture's own label needs both words: "image-subtitle", "img-metadata__title", "photo-description". */
const PICTURE_PART = /^(img|image|images|photo|picture|pic|foto|bild|figure)$/;
const LABEL_PART = /^(subtitle|description|descriptif|text|title|annotation|metadata|info|source|desc)$/;

/** Longer than this, an element so named holds more than a caption (a photo essay's text). */
const MAX_CAPTION = 500;

/**
 * Captions and credits printed apart from their picture (a caption box beside a WordPress image, a credit line
 * under a gallery) describe the picture, not the story. A <figure>'s own caption is left to the figure: it goes
 * with the image block, or, where no picture could be read (an AMP slideshow), it is all the reader gets.
 */
export function isCaption(el: HtmlElement, measures: Map<HtmlElement, Measure>): boolean {
  if ((measures.get(el)?.text ?? 0) > MAX_CAPTION) return false;
  if (el.tagName === 'FIGCAPTION') return el.parentElement?.tagName !== 'FIGURE';
  const cls = el.getAttribute('class');
  if (!cls) return false;
  for (const name of cls.toLowerCase().split(/\s+/)) {
    const parts = name.split(/[-_]+/).filter(Boolean);
    if (parts.some((p) => CAPTION_PART.test(p))) return true;
    if (parts.some((p) => PICTURE_PART.test(p)) && parts.some((p) => LABEL_PART.test(p))) return true;
  }
  return false;
}
