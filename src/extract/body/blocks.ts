import type { Block, InlineText } from '../types.ts';
import type { HtmlElement, HtmlText } from '../dom.ts';
import { isCaption } from './caption.ts';
import { imageOf } from './image.ts';
import { InlineBuffer, inlineOf } from './inline.ts';
import { linkDensity, type Scoring } from './score.ts';

/** A block with what the filters need to judge it. */
export interface RawBlock {
  block: Block;
  /** Share of the block's text inside links. */
  linkDensity: number;
  /** Links per list item, for telling a related-headline list from an ordinary list. */
  linkedItems?: number;
}

const INLINE_TAGS = new Set([
  'A', 'SPAN', 'EM', 'STRONG', 'I', 'B', 'U', 'S', 'SUB', 'SUP', 'SMALL', 'BIG', 'ABBR', 'CITE', 'CODE', 'Q', 'TIME',
  'MARK', 'FONT', 'DEL', 'INS', 'KBD', 'SAMP', 'VAR', 'DFN', 'LABEL', 'BDI', 'BDO', 'WBR', 'TT', 'RUBY', 'RT', 'RP',
  'BR', 'DATA', 'NOBR',
]);
const HEADINGS: Record<string, 2 | 3 | 4 | 5 | 6> = { H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };
/**
 * Walks the picked content in document order and turns it into blocks; no filtering beyond emptiness.
 * Uses the scoring pass's measures so no element is searched twice (deeply nested markup would go quadratic).
 */
export function collectBlocks(roots: HtmlElement[], base: string, { measures, blocky }: Scoring): RawBlock[] {
  const linkShare = (el: HtmlElement): number => linkDensity(measures.get(el));
  const out: RawBlock[] = [];
  const buf = new InlineBuffer(base);
  let linkChars = 0;
  let lastWasBr = false;
  let inParagraph = false;
  const deferred: RawBlock[] = [];

  const flush = (): void => {
    if (buf.isEmpty()) {
      buf.take();
      linkChars = 0;
      return;
    }
    const inline = buf.take();
    out.push({ block: { type: 'paragraph', ...inline }, linkDensity: Math.min(1, linkChars / inline.text.length) });
    linkChars = 0;
  };

  const pushInline = (type: 'paragraph' | 'blockquote', el: HtmlElement, inline: InlineText): void => {
    if (inline.text) out.push({ block: { type, ...inline }, linkDensity: linkShare(el) });
  };

  const visit = (el: HtmlElement): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        if ((n as HtmlText).data.trim()) lastWasBr = false;
        buf.addNode(n);
        continue;
      }
      if (n.nodeType !== 1) continue;
      const child = n as HtmlElement;
      const tag = child.tagName;
      if (tag === 'BR') {
        if (lastWasBr) flush();
        else buf.addNode(child);
        lastWasBr = true;
        continue;
      }
      lastWasBr = false;
      if (isCaption(child, measures)) continue;
      if (inParagraph && (tag === 'IMG' || tag === 'PICTURE')) {
        // A picture inside running text goes after its paragraph instead of cutting it in two.
        const image = imageOf(child, base);
        if (image) deferred.push({ block: { type: 'image', ...image }, linkDensity: 0 });
        continue;
      }
      if (INLINE_TAGS.has(tag) && !blocky.has(child)) {
        const m = measures.get(child);
        linkChars += (tag === 'A' ? m?.text : m?.link) ?? 0;
        buf.addNode(child);
        continue;
      }
      flush();
      block(child);
      flush();
    }
  };

  const block = (el: HtmlElement): void => {
    const tag = el.tagName;
    const level = HEADINGS[tag];
    if (level) {
      const inline = inlineOf(el, base);
      if (inline.text) out.push({ block: { type: 'heading', level, ...inline }, linkDensity: linkShare(el) });
    } else if (tag === 'H1') {
      return;
    } else if (tag === 'UL' || tag === 'OL') {
      list(el, tag === 'OL');
    } else if (tag === 'BLOCKQUOTE') {
      pushInline('blockquote', el, inlineOf(el, base));
    } else if (tag === 'FIGURE' || tag === 'IMG' || tag === 'PICTURE') {
      const image = imageOf(el, base);
      if (image) out.push({ block: { type: 'image', ...image }, linkDensity: 0 });
      else if (tag === 'FIGURE') visit(el);
    } else if (tag === 'TABLE' && !el.querySelector('p,div,table,ul,ol')) {
      for (const row of Array.from(el.querySelectorAll('tr'))) pushInline('paragraph', row, inlineOf(row, base));
    } else if (tag === 'P' && !inParagraph) {
      inParagraph = true;
      visit(el);
      flush();
      inParagraph = false;
      out.push(...deferred.splice(0));
    } else if (tag === 'PRE') {
      pushInline('paragraph', el, inlineOf(el, base));
    } else {
      visit(el);
    }
  };

  const list = (el: HtmlElement, ordered: boolean): void => {
    const items: InlineText[] = [];
    let linked = 0;
    for (const li of Array.from(el.children)) {
      if (li.tagName !== 'LI') continue;
      const inline = inlineOf(li, base);
      if (!inline.text) continue;
      items.push(inline);
      if (li.querySelector('a[href]')) linked++;
    }
    if (items.length > 0) {
      out.push({ block: { type: 'list', ordered, items }, linkDensity: linkShare(el), linkedItems: linked / items.length });
    }
  };

  for (const root of roots) {
    block(root);
    flush();
  }
  return out;
}
