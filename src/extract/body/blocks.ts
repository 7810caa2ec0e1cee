import type { Block, InlineText } from '../types.ts';
import { type HtmlElement, type HtmlText, collapse } from '../dom.ts';
import { imageOf } from './image.ts';
import { InlineBuffer, inlineOf } from './inline.ts';

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
const HAS_BLOCK = 'p,div,ul,ol,h1,h2,h3,h4,h5,h6,table,blockquote,figure,img,section,article,dl';

function linkShare(el: HtmlElement): number {
  const total = collapse(el.textContent ?? '').length;
  if (total === 0) return 0;
  let link = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) link += collapse(a.textContent ?? '').length;
  return Math.min(1, link / total);
}

/** Walks the picked content in document order and turns it into blocks; no filtering beyond emptiness. */
export function collectBlocks(roots: HtmlElement[], base: string): RawBlock[] {
  const out: RawBlock[] = [];
  const buf = new InlineBuffer(base);
  let linkChars = 0;
  let lastWasBr = false;

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
      if (INLINE_TAGS.has(tag) && !child.querySelector(HAS_BLOCK)) {
        if (tag === 'A') linkChars += collapse(child.textContent ?? '').length;
        else for (const a of Array.from(child.querySelectorAll('a'))) linkChars += collapse(a.textContent ?? '').length;
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
